/**
 * The time extractor's shape: the shared recognizer/refiner one, except that a
 * time recognizer reads what the ones before it kept (a quarter's comparison
 * period, the month before a spoken year) and says how its mentions join them.
 */
import type { TimeMention } from '../../model/mention.js';
import { matchesFrom, type AnnotateInput, type Refiner } from '../common/extractor.js';
import { place, type Placement } from './refiners/overlap-refiner.js';
import { holdsKey, type KeyedPattern } from './keyed-pattern.js';

export interface TimeInput extends AnnotateInput {
  /** Where the report's body begins: times are read from there on. */
  readonly from: number;
  /** `text` from `from` on. */
  readonly body: string;
  /** Publication (or the default date): what relative times count from; null when unknown. */
  readonly ref: Date | null;
}

export interface TimeRecognizer {
  readonly name: string;
  /** How its mentions join those the recognizers before it kept (overlap-refiner.ts). */
  readonly placement: Placement;
  /**
   * Words every one of its times holds ("quarter"): a body without them is not read. Testing a few words costs a
   * fraction of the recognizer's pattern, whose optional opening words are tried at every position of the body.
   */
  readonly trigger?: RegExp;
  /** `found`: what the recognizers before it kept, in text order. */
  recognize(input: TimeInput, found: readonly TimeMention[]): TimeMention[];
}

export type TimeRefiner = Refiner<TimeMention, TimeInput>;

export interface TimeConfiguration {
  readonly recognizers: readonly TimeRecognizer[];
  readonly refiners: readonly TimeRefiner[];
}

/**
 * A recognizer of one pattern (global, or read from its key): `read` turns each match of `re` in the body (its index
 * is into the body) into a mention, or null; its mentions defer to those found before it.
 */
export function patternRecognizer(name: string, re: RegExp | KeyedPattern, read: (m: RegExpExecArray, input: TimeInput) => TimeMention | null): TimeRecognizer {
  return {
    name,
    placement: 'defer',
    recognize(input) {
      const found: TimeMention[] = [];
      for (const m of re instanceof RegExp ? matchesFrom(re, input.body, 0) : re.matches(input.body)) {
        const t = read(m, input);
        if (t) found.push(t);
      }
      return found;
    },
  };
}

const NS = 'annotate.time';

/**
 * Runs the recognizers in order (those whose trigger the body lacks find nothing), each placed among the mentions
 * kept before it, then the refiners in order.
 */
export function runTimeExtractor(config: TimeConfiguration, input: TimeInput): TimeMention[] {
  let found: TimeMention[] = [];
  for (const r of config.recognizers) {
    const got = r.trigger && !holdsKey(input.body, r.trigger) ? [] : r.recognize(input, found);
    const before = found.length;
    found = place(found, got, r.placement);
    input.ctx.debug(NS, () => `${r.name} (${r.placement}): ${got.length} found, ${before} -> ${found.length}`);
  }
  for (const f of config.refiners) {
    const before = found.length;
    found = f.refine(input, found);
    input.ctx.debug(NS, () => `${f.name}: ${before} -> ${found.length}`);
  }
  return found;
}
