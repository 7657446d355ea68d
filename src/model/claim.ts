/**
 * Claims: one statement of one report, a filled frame around an event trigger.
 */
import type { Span } from './span.js';
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
