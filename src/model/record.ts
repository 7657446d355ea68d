/**
 * The JSON shapes CONTRACT.md fixes for outside scorers: `extract` lines and
 * the story record. Extra fields are allowed; these are not to change.
 */
import type { ConsistencyCheck, FactStatus, QuoteOccurrence } from './story.js';
import type { EntityType } from './mention.js';
import type { LanguageSource, PublishedSource, TextOrigin } from './report.js';
import type { TimexMod, TimexType } from './timex.js';
import type { Voice } from './claim.js';
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
  readonly [extra: string]: unknown;
}

export interface FactJson {
  readonly id: string;
  readonly attribute: string;
  readonly subject: string;
  readonly status: FactStatus;
  /** Why this status, and why its values were linked, in words. */
  readonly reason?: string;
  readonly values: readonly FactValueJson[];
  readonly [extra: string]: unknown;
}

export interface EventJson {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly when: WhenJson | null;
  readonly facts: readonly FactJson[];
  readonly [extra: string]: unknown;
}

export interface StoryRecord {
  readonly schema: typeof SCHEMA;
  readonly reports: readonly ReportJson[];
  readonly events: readonly EventJson[];
  readonly timeline: readonly { readonly when: WhenJson | null; readonly event: string; readonly reports: readonly string[] }[];
  readonly quotes: readonly { readonly speaker: string; readonly text: string; readonly occurrences: readonly QuoteOccurrence[] }[];
  readonly conflicts: readonly string[];
  readonly checks?: readonly ConsistencyCheck[];
  readonly [extra: string]: unknown;
}
