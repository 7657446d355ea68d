/**
 * A weekday or the weekend: "Friday", "last Tuesday", "Sunday night", "this weekend". A weekday
 * alone is the nearest one (the weekday refiner then directs it by its clause); "last", "this" and
 * "next" before it are read; a part of the day after it makes a time of that day.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { bothCases } from '../../common/phrases.js';
import { dateWords } from './words.js';
import { keyedPattern } from '../keyed-pattern.js';
import { weekdayDay, type DateParser, type DayPart } from './reading.js';

/** The modifier right before the weekday ("last ", "Next "). */
const MODIFIER = /\b(this|last|past|next)\s+$/i;

const pattern = () => fromLexicons('date:weekday', () => {
  const w = dateWords();
  return new RegExp(`\\b(${bothCases([...Object.keys(w.weekdays), 'weekend']).join('|')})\\b(?:\\s+(${w.part})\\b)?`, 'g');
});

/** In the words of the pattern (lower case or capitalised), the end of every weekday and the weekend. */
const keyed = () => fromLexicons('date:weekday-keyed', () => keyedPattern(pattern(), /day|weekend|Weekend/, { words: 1 }));

export const weekdayParser: DateParser = {
  name: 'weekday',
  trigger: /day\b|weekend/i,
  get pattern() { return pattern(); },
  get keyed() { return keyed(); },
  read(m, { text, refDay }) {
    const name = m[1]!.toLowerCase();
    const lead = MODIFIER.exec(text.slice(Math.max(0, m.index - 6), m.index));
    const word = lead?.[1]!.toLowerCase();
    const modifier = word === 'past' ? 'last' : (word as 'this' | 'last' | 'next' | undefined) ?? null;
    const weekend = name === 'weekend';
    // chrono's weekend: the Saturday, or the Sunday of the last one.
    const target = weekend ? (modifier === 'last' ? 0 : 6) : dateWords().weekdays[name]!;
    const index = m.index - (lead?.[0].length ?? 0);
    const part = weekend ? null : (m[2]?.toLowerCase() as DayPart | undefined) ?? null;
    const end = weekend || !part ? m.index + m[1]!.length : m.index + m[0].length;
    return { index, text: text.slice(index, end), grain: weekend ? 'weekend' : 'day', day: weekdayDay(refDay, target, modifier), stated: false, clock: null, part };
  },
};
