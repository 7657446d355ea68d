/**
 * How a clock time is given: `about` ("about 7:11 p.m.", "hacia las 13.00"), `bound` ("by 6pm",
 * "just after 8pm") or `exact`. Linking lets a rounded time meet an exact one minutes from it; the
 * record's status tells rounded from exact.
 */
import type { TimeMention } from '../model/mention.js';
import type { ClockWording } from '../model/claim.js';

const CLOCK_WORDING: readonly [Exclude<ClockWording, 'exact'>, RegExp][] = [
  ['bound', /\b(?:by|before|after|shortly|just)(?: after| before)?\s+(?:at\s+)?$/i],
  ['about', /\b(?:about|around|roughly|approximately|hacia|sobre|cerca|por volta)(?: de| das| las| la| a)?\s+(?:at\s+)?$/i],
];

export function clockWording(text: string, m: TimeMention): ClockWording {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  for (const [wording, pattern] of CLOCK_WORDING) if (pattern.test(before) || pattern.test(`${m.text.split(/\s+/)[0]} `)) return wording;
  return 'exact';
}
