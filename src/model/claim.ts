/**
 * Claims: one statement of one report, a filled frame around an event trigger.
 */
import type { EntityType, QuantityMention, TimeMention } from './mention.js';
import type { Range, Span } from './span.js';
import type { TimexType, TimexValue } from './timex.js';

/** How a report puts a statement (CONTRACT §2 `voice`). */
export type Voice = 'asserted' | 'attributed' | 'hedged';

/** Whether the statement says it happened, will happen, or did not. */
export type Modality = 'actual' | 'planned' | 'negated' | 'hypothetical';

export interface ResolvedTime {
  readonly value: TimexValue;
  readonly type: TimexType;
}

export interface Claim {
  /** `<report id>:<trigger start>` */
  readonly id: string;
  readonly report: string;
  /** Event type from the trigger lexicon ("removal", "arrival", "court-order"…). */
  readonly type: string;
  readonly trigger: Span;
  readonly sentence: Span;
  /** Canonical names of who did it. */
  readonly agents: readonly string[];
  /** Canonical names (or counted heads) of to whom or what. */
  readonly themes: readonly string[];
  /** Places (canonical). */
  readonly where: readonly string[];
  /** Laws or orders it rests on (canonical). */
  readonly authority: readonly string[];
  /** Indexes into the report's quantity mentions attached to this claim. */
  readonly quantities: readonly number[];
  /** Indexes into the report's time mentions attached to this claim. */
  readonly times: readonly number[];
  readonly when: ResolvedTime | null;
  readonly modality: Modality;
  readonly voice: Voice;
  /** Canonical speaker when attributed, else null. */
  readonly attributedTo: string | null;
  /** The words that decided the voice ("according to", "alleged"), if any. */
  readonly voiceCue: Span | null;
}

/** How a clock time is worded: exactly, rounded ("about 7.30am") or as a bound ("just after 8pm"). */
export type ClockWording = 'exact' | 'about' | 'bound';

/** What a figure measures: a plain count, an amount in a unit (`amount:USD`, `amount:%`), or a time. */
export type Measure = 'count' | `amount:${string}` | 'date' | 'time' | 'duration' | 'year';

/**
 * One value as one sentence states it, with what cross-report linking compares: its measure, what
 * it counts, its role, the names it is about, the content words around it and its as-of time.
 */
export interface FigureClaim {
  readonly report: string;
  readonly mention: QuantityMention | TimeMention;
  readonly measure: Measure;
  /** Canonical head of what is counted ("people", "seat", "flight"), or null. */
  readonly head: string | null;
  /** The one named group or organisation inside what is counted ("21 MS-13 members"), or null. */
  readonly group: string | null;
  /** Role of the figure in what happened ("death", "cancellation", "seats-won"), or null. */
  readonly role: string | null;
  /** The name nearest the figure in its clause ("410 seats for Labour"), or null. */
  readonly subject: string | null;
  /** The type of that name: places nest ("Bangkok" in "Thailand"), so two of them tell less apart. */
  readonly subjectType: EntityType | null;
  /** Canonical names the figure's clause is about (never its source). */
  readonly about: readonly string[];
  /** Lemmas of the content words around the figure. */
  readonly context: readonly string[];
  /** The language of the figure's report ("en", "es"), or null when it was not detected. */
  readonly language: string | null;
  /** The time the figure is given for: a date in its clause, else its report's publication. */
  readonly asOf: string | null;
  /** Whether `asOf` is a date the text gives for the figure, not its report's publication. */
  readonly asOfStated: boolean;
  /** Whether the figure's clause names its day, the publication day included: two such values of one day claim one moment. */
  readonly dayNamed: boolean;
  readonly sentence: Range;
  readonly voice: Voice;
  readonly attributedTo: string | null;
  readonly voiceCue: Span | null;
  /** Which end of a range the figure is ("between 275,000 and 325,000" gives a lower and an upper figure); absent for a single value. */
  readonly bound?: 'lower' | 'upper';
  /** The part of a whole its sentence puts the figure in ("on board", "on the ground": lexicon partitions.json); absent for the whole. */
  readonly part?: string;
  /** How a clock time is worded; absent for any other measure. */
  readonly wording?: ClockWording;
}
