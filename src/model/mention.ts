/**
 * Mentions: what the annotators find in one report. A discriminated union on
 * `kind`, matching CONTRACT §1; every mention is a span of the original text.
 */
import type { Range, Span } from './span.js';
import type { TimexMod, TimexType, TimexValue } from './timex.js';

/** Whether a value was written in the text or resolved from context (as chrono-node's assign/imply). */
export type Certainty = 'stated' | 'implied' | 'unknown';

interface MentionBase extends Span {
  /** The recognizers, refiners and lexicons that produced this mention, in order. */
  readonly via: readonly string[];
}

export interface TimeMention extends MentionBase {
  readonly kind: 'time';
  readonly type: TimexType;
  readonly value: TimexValue;
  readonly mod: TimexMod | null;
  /** `implied` when the value rests on the publication time or an earlier mention. */
  readonly certainty: Certainty;
  /** Id-free pointer to what anchored a relative expression ("dct", "narrative:<start>"). */
  readonly anchor: string | null;
  /** TimeML's freq of a SET, what recurs in each period: "PT24H" in "24 hours a day", "2X" in "twice a week". */
  readonly freq?: string;
}

export interface QuantityMention extends MentionBase {
  readonly kind: 'quantity';
  /** The exact number, null when the text gives only a bound or a vague amount. */
  readonly value: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly minExclusive: boolean;
  readonly maxExclusive: boolean;
  /** "about", "some", "nearly", "hundreds"… */
  readonly approx: boolean;
  /** What is counted, as written, with its "of" complement; null if nothing is. */
  readonly counted: string | null;
  readonly countedSpan: Range | null;
  /** The head noun of `counted`, lower-cased and singular ("member"). */
  readonly countedHead: string | null;
  /**
   * The unit, from one vocabulary (README "Units"): an ISO 4217 code (`USD`), `%`, `pp`, an SI or common
   * unit (`km`, `°C`, `km/h`, `L/m²`), with a rate as a period suffix (`USD/h`); null for plain counts,
   * whose noun stays in `counted`.
   */
  readonly unit: string | null;
  /** Present when the amount is a change, not a level: "up 3%", "fell by 11%" (a level: "rose to 45%"). */
  readonly change?: 'up' | 'down';
}

export interface QuoteMention extends MentionBase {
  readonly kind: 'quote';
  /** Canonical name of the speaker, null if unattributed. */
  readonly speaker: string | null;
  /** The words this report uses for the speaker ("a senior administration official"). */
  readonly speakerText: string | null;
  readonly speakerSpan: Range | null;
  /** The verb or channel: "said", "posted on X", "told Axios". */
  readonly cue: string | null;
  readonly cueSpan: Range | null;
  /** True for words in quotation marks or an embedded post, false for reported speech. */
  readonly direct: boolean;
  /** True for an embedded social-media post. */
  readonly embedded: boolean;
}

export type EntityType =
  | 'person' | 'organization' | 'group' | 'place' | 'facility' | 'law' | 'event' | 'other';

export interface EntityMention extends MentionBase {
  readonly kind: 'entity';
  readonly type: EntityType;
  /** The name this mention resolves to across the report set ("Nayib Bukele"). */
  readonly canonical: string;
  /** A title or role written before the name ("Secretary of State"), if any. */
  readonly role: string | null;
}

/** What an attribution or hedging cue does to the claims around it. */
export type CueFunction = 'attribution' | 'hedge' | 'citation';

/** A word or phrase that decides how a report voices a claim ("according to", "alleged"). */
export interface CueMention extends MentionBase {
  readonly kind: 'cue';
  readonly function: CueFunction;
  /** The lexicon entry that matched, normalised ("reportedly"). */
  readonly lemma: string;
  /** For citations and attributions: who is named as the source, when the text says. */
  readonly source: string | null;
}

export type Mention = TimeMention | QuantityMention | QuoteMention | EntityMention | CueMention;
export type MentionKind = Mention['kind'];

/** The kinds CONTRACT §1 fixes and `eval` scores. */
export const SCORED_KINDS = ['time', 'quantity', 'quote', 'entity'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];

export type MentionOf<K extends MentionKind> = Extract<Mention, { kind: K }>;
