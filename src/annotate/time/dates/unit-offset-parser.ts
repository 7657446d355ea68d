/**
 * A count of days, weeks, months or years from publication: "two years ago", "a day earlier", "the day
 * before", "six weeks ago", "three months later". A day or a week counted is a day (a week "ago" is
 * that week); months give the month, years "ago" the year; years after are no date.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { dateWords } from './words.js';
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';
import { addDays, addMonths, type DateParser } from './reading.js';

const BACK = /^(?:ago|before|earlier)$/i;

const pattern = () => fromLexicons('date:unit-offset', () => {
  const w = dateWords();
  return new RegExp(`\\b(?:(?:about|around)\\s+)?(${w.count})\\s+(${w.unit})\\s+(ago|before|earlier|later|after)\\b`, 'gi');
});

/** The unit, at most the fifth word: "about a couple of days ago". */
const keyed = () => fromLexicons('date:unit-offset-keyed', () => keyedPattern(pattern(), TIME_UNIT, { words: 5 }));

export const unitOffsetParser: DateParser = {
  name: 'unit-offset',
  trigger: /ago|before|earlier|later|after/i,
  get pattern() { return pattern(); },
  get keyed() { return keyed(); },
  read(m, { refDay }) {
    const w = dateWords();
    const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : w.counts[m[1]!.toLowerCase().replace(/\s+/g, ' ')]!;
    const n = BACK.test(m[3]!) ? -count : count;
    const unit = w.units[m[2]!.toLowerCase()]!;
    const text = m[0];
    const at = { index: m.index, text, stated: false, clock: null, part: null } as const;
    if (unit === 'day') return { ...at, grain: 'day', day: addDays(refDay, n), stated: true };
    // A week counted is a day, except "a week ago" and "weeks ago", which name the week.
    if (unit === 'week') return { ...at, grain: /\bweek\b|\bweeks ago\b/i.test(text) ? 'week' : 'day', day: addDays(refDay, 7 * n), stated: true };
    if (unit === 'month') return { ...at, grain: 'month', day: addMonths(refDay, n) };
    return /\byears? ago\b/i.test(text) ? { ...at, grain: 'year', day: Date.UTC(new Date(refDay).getUTCFullYear() + n, 0, 1) } : null;
  },
};
