/**
 * A part of the day named alone ("this morning", "evening", "the day" after "in"), of publication's
 * day until a date beside it or the day-part refiner places it; "noon", "midday" and "midnight" are
 * clock times (a midnight named after its small hours is the coming one, as chrono reads it).
 */
import { keyedPattern } from '../keyed-pattern.js';
import { addDays, type DateParser, type DayPart } from './reading.js';

/** Publication after this hour speaks of the coming midnight. */
const MIDNIGHT_AHEAD_AFTER = 2;

const PATTERN = /\b(?:(this)\s+)?(morning|afternoon|evening|night|noon|midday|midnight)\b|\b(?:in|within)\s+(the day)\b/gi;

export const dayPartParser: DateParser = {
  name: 'day-part',
  trigger: /morning|afternoon|evening|night|noon|midday|midnight|\bin the day\b/i,
  pattern: PATTERN,
  // Fewer words than the trigger's, so a cheaper scan: "morning" and "evening" end in "ning", "afternoon" holds "noon".
  keyed: keyedPattern(PATTERN, /ning|noon|night|midday|the day/i, { words: 2 }),
  read(m, { refDay, ref }) {
    if (m[3]) return { index: m.index + m[0].length - m[3].length, text: m[3], grain: 'day', day: addDays(refDay, 1), stated: true, clock: null, part: null };
    const word = m[2]!.toLowerCase();
    if (word === 'midnight') {
      const day = ref.getUTCHours() > MIDNIGHT_AHEAD_AFTER ? addDays(refDay, 1) : refDay;
      return { index: m.index, text: m[0], grain: 'day', day, stated: false, clock: { hour: 0, minute: 0, offset: null }, part: null };
    }
    if (word === 'noon' || word === 'midday') return { index: m.index, text: m[0], grain: 'day', day: refDay, stated: false, clock: { hour: 12, minute: 0, offset: null }, part: null };
    return { index: m.index, text: m[0], grain: 'day', day: refDay, stated: false, clock: null, part: word as DayPart };
  },
};
