/**
 * The JSON shapes CONTRACT.md fixes for outside scorers: `extract` lines and
 * the story record. Extra fields are allowed; these are not to change.
 */
import type { ConsistencyCheck, FactStatus, QuoteOccurrence } from './story.js';
import type { EntityType } from './mention.js';
import type { LanguageSource, PublishedSource, TextOrigin } from './report.js';
import type { TimexMod, TimexType } from './timex.js';
import type { Modality, Voice } from './claim.js';
import type { Span } from './span.js';

export const SCHEMA = 'crosscheck/1';

export interface ReportJson {
  readonly id: string;
  readonly source: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  readonly textOrigin: TextOrigin;
  readonly url?: string | null;
  readonly publishedHow?: string | null;
  readonly duplicateOf?: string | null;
  /** ISO 639-1 code of the report's language, null when neither given nor detected. */
  readonly language?: string | null;
  readonly languageSource?: LanguageSource | null;
  /** False when crosscheck has no extractors for the language: its times, figures and quotes were not read. */
  readonly read?: boolean;
  /** Why `read` is false, in words. */
  readonly readReason?: string;
  readonly cites?: readonly string[];
  readonly words?: number;
}

interface MentionJsonBase { readonly start: number; readonly end: number; readonly text: string; readonly via?: readonly string[] }

export type MentionJson =
  | (MentionJsonBase & { readonly kind: 'time'; readonly type: TimexType; readonly value: string; readonly mod: TimexMod | null; readonly freq?: string })
  | (MentionJsonBase & { readonly kind: 'quantity'; readonly value: number | null; readonly min: number | null; readonly max: number | null;
      readonly minExclusive: boolean; readonly maxExclusive: boolean; readonly approx: boolean; readonly counted: string | null; readonly unit: string | null })
  | (MentionJsonBase & { readonly kind: 'quote'; readonly speaker: string | null; readonly speakerText: string | null; readonly cue: string | null; readonly direct: boolean })
  | (MentionJsonBase & { readonly kind: 'entity'; readonly type: EntityType; readonly canonical: string });

export interface ExtractLine {
  readonly schema: typeof SCHEMA;
  readonly report: ReportJson;
  readonly mentions: readonly MentionJson[];
}

export interface WhenJson { readonly value: string; readonly type: TimexType }

export interface FactValueJson {
  readonly value: number | string | boolean | null;
  readonly text: string;
  readonly report: string;
  readonly start: number;
  readonly end: number;
  readonly attributedTo: string | null;
  readonly voice: Voice;
  /** The words that make the value attributed or hedged ("said", "according to"), where it is not asserted. */
  readonly voiceCue?: Span | null;
  /** The value as a reader should see it: a bound stays a bound ("at least 40"). */
  readonly shown?: string;
  /** The outlet of its report. */
  readonly outlet?: string | null;
  /** The time the value is given for: a date its sentence gives, else its report's publication. */
  readonly asOf?: string;
  /** Whether the report says it happened, will happen, or did not. */
  readonly modality?: Modality;
  /** For a quote's occurrence: how its wording differs from the ledger's ("same", "trimmed", "paraphrase"). */
  readonly difference?: string;
}

export interface FactJson {
  readonly id: string;
  readonly attribute: string;
  readonly subject: string;
  readonly status: FactStatus;
  /** Why this status, and why its values were linked, in words. */
  readonly reason?: string;
  /** What it measures: count, amount, date, time, duration, year, quote or name. */
  readonly kind?: string;
  /** Its role in what happened ("death", "cancellation", "seats-won"), when one was read. */
  readonly role?: string | null;
  readonly values: readonly FactValueJson[];
}

export interface EventJson {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly when: WhenJson | null;
  readonly facts: readonly FactJson[];
  /** The reports that give its facts. */
  readonly reports?: readonly string[];
  /** Its story, when the input held several. */
  readonly story?: string;
}

/** A story of a record that holds several (CONTRACT allows extra fields). */
export interface StoryJson {
  readonly id: string;
  readonly label: string;
  readonly reports: readonly string[];
  readonly events: readonly string[];
}

/** How one outlet tells the story: what it asserts, attributes or hedges, whom it quotes, whom it cites. */
export interface OutletFraming {
  readonly outlet: string;
  readonly reports: readonly string[];
  readonly voice: { readonly asserted: number; readonly attributed: number; readonly hedged: number };
  readonly quoted: readonly { readonly speaker: string; readonly quotes: number; readonly words: number }[];
  readonly cites: readonly string[];
}

/** The words each outlet used for what one fact counts. */
export interface TermChoice {
  /** The fact whose values were compared. */
  readonly fact: string;
  readonly subject: string;
  /** Outlet → the words it used for what was counted. */
  readonly terms: Readonly<Record<string, readonly string[]>>;
}

export interface FramingJson {
  readonly outlets: readonly OutletFraming[];
  readonly terms: readonly TermChoice[];
  readonly citations: readonly { readonly from: string; readonly to: string }[];
}

export interface StoryRecord {
  readonly schema: typeof SCHEMA;
  readonly reports: readonly ReportJson[];
  readonly events: readonly EventJson[];
  readonly timeline: readonly { readonly when: WhenJson | null; readonly event: string; readonly reports: readonly string[] }[];
  readonly quotes: readonly { readonly speaker: string; readonly text: string; readonly occurrences: readonly QuoteOccurrence[] }[];
  readonly conflicts: readonly string[];
  readonly checks?: readonly ConsistencyCheck[];
  /** Present when the input held several stories. */
  readonly stories?: readonly StoryJson[];
  readonly framing?: FramingJson;
}
