/**
 * A month named without its day: "March", "Sept. 1989", "June of 2024". A three-letter abbreviation
 * alone ("Jan", "Mar.") is too often something else; "May" alone is the verb unless "in" comes
 * before it (may-recognizer.ts reads the other dated uses). The year, when not written, is the
 * nearest one (the month refiner then places it).
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { keyedPattern } from '../keyed-pattern.js';
import { dateWords, MONTH_START, monthOf } from './words.js';
import { nearestYear, utcDay, type DateParser } from './reading.js';

const pattern = () => fromLexicons('date:month', () => new RegExp(`\\b(${dateWords().month})\\b\\.?(?:(?:,|\\s+of)?\\s+(\\d{4})(?![\\d%]|[.,]\\d))?`, 'g'));

const keyed = () => fromLexicons('date:month-keyed', () => keyedPattern(pattern(), MONTH_START, { words: 1 }));

export const monthParser: DateParser = {
  name: 'month',
  trigger: MONTH_START,
  get pattern() { return pattern(); },
  get keyed() { return keyed(); },
  read(m, { text, refDay }) {
    const name = m[1]!;
    if (!m[2] && name.length <= 3 && (name !== 'May' || !/\bin\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index)))) return null;
    const month = monthOf(name);
    const year = m[2] ? Number(m[2]) : nearestYear(refDay, month, 1);
    const words = m[2] ? m[0] : name;
    return { index: m.index, text: words, grain: 'month', day: utcDay(year, month, 1), stated: false, clock: null, part: null };
  },
};
