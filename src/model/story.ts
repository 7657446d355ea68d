/**
 * Events, facts and the story record (CONTRACT §2).
 */
import type { Measure, Modality, ResolvedTime, Voice } from './claim.js';
import type { EntityType } from './mention.js';
import type { Range } from './span.js';

export type FactStatus = 'agree' | 'compatible' | 'conflict' | 'evolving' | 'single';

/** A typed value, so reconciliation compares like with like. */
export type FactValueData =
  | { readonly type: 'count'; readonly value: number | null; readonly min: number | null; readonly max: number | null;
      readonly minExclusive: boolean; readonly maxExclusive: boolean; readonly approx: boolean; readonly unit: string | null;
      /** The precision an exact number was written to (1 for "11 per cent", 0.1 for "11.1%"); none, a point. */
      readonly step?: number }
  | { readonly type: 'time'; readonly timex: ResolvedTime }
  | { readonly type: 'text'; readonly value: string };

export interface FactValue extends Range {
  /** The plain value shown to people and scorers: a number, TIMEX3 value or string. */
  readonly value: number | string | boolean | null;
  readonly data: FactValueData;
  readonly text: string;
  readonly report: string;
  readonly attributedTo: string | null;
  readonly voice: Voice;
  readonly modality: Modality;
  /** Publication time of the report, for evolving figures. */
  readonly reportedAt: string | null;
}

/**
 * What a fact is about, as a typed value: its measure, what it counts, the named group counted, its
 * role and the names it is about. It becomes a string (`attribute`) only when written.
 */
export interface FactKey {
  readonly measure: Measure | 'quote' | 'name';
  readonly head: string | null;
  readonly group: string | null;
  readonly role: string | null;
  readonly about: readonly string[];
}

export interface Fact {
  readonly id: string;
  /** "count", "date", "duration"…, with the counted class after a colon ("count:MS-13 members"). */
  readonly attribute: string;
  /** What the fact is about, in words. */
  readonly subject: string;
  readonly status: FactStatus;
  /** Why this status, in words ("over 250 admits 261"). */
  readonly reason: string;
  readonly values: readonly FactValue[];
}

export interface StoryEvent {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly when: ResolvedTime | null;
  readonly facts: readonly Fact[];
  /** Ids of the claims clustered into this event. */
  readonly claims: readonly string[];
  /** Ids of events this one directly precedes (a departure precedes its arrival). */
  readonly precedes: readonly string[];
}

export interface TimelineEntry {
  readonly when: ResolvedTime | null;
  readonly event: string;
  readonly reports: readonly string[];
}

export interface QuoteOccurrence extends Range {
  readonly report: string;
  readonly text: string;
  /** How this wording differs from the ledger's text: "same", "trimmed", "bracketed", "paraphrase"… */
  readonly difference: string;
}

export interface QuoteEntry {
  readonly speaker: string;
  readonly text: string;
  readonly occurrences: readonly QuoteOccurrence[];
}

/** A consistency finding that no single fact shows (parts vs total, time-zone arithmetic, self-contradiction). */
export interface ConsistencyCheck {
  readonly rule: 'parts-sum' | 'timezone' | 'self-contradiction' | 'header-body';
  readonly ok: boolean;
  readonly message: string;
  readonly facts: readonly string[];
}

/**
 * A named thing of a report as story grouping counts it: its canonical name, type and number of
 * mentions, with what linking across reports reads besides (the words written, and whether only
 * sentence openers capitalise them).
 */
export type NameCount = readonly [canonical: string, type: EntityType, mentions: number, text: string, openerOnly: boolean];

/**
 * What grouping reports into stories reads of one report, stored beside its line: a store is
 * grouped over these few keys without reading any line, and lines are read only for the stories
 * that changed.
 */
export interface StoryKeys {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  /** Its outlet; absent from keys stored before outlets were kept. */
  readonly outlet?: string | null;
  /** Its named things as its report alone writes them (not yet linked to other reports), in order of first mention. */
  readonly names: readonly NameCount[];
  /** Its body's near-duplicate signature (MinHash), base64. */
  readonly minhash: string;
}
