/**
 * The days named from publication: "today", "tonight", "tomorrow", "yesterday", "last night", with a
 * part of the day after them ("yesterday evening"). They are stated: publication fixes them. "Now"
 * is the present-ref recognizer's.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { dateWords } from './words.js';
import { keyedPattern } from '../keyed-pattern.js';
import { addDays, type DateParser, type DayPart } from './reading.js';

const SHIFT: Readonly<Record<string, number>> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
/** "Last night" read after this hour of publication is the night before it. */
const NIGHT_BEFORE_AFTER = 6;

const pattern = () => fromLexicons('date:casual-day', () => new RegExp(`\\b(today|tonight|tomorrow|yesterday|last\\s+night)\\b(?:\\s+(${dateWords().part})\\b)?`, 'gi'));
const DAY = /today|tonight|tomorrow|yesterday|last\s+night/i;
/** The day's word begins the match. */
const keyed = () => fromLexicons('date:casual-day-keyed', () => keyedPattern(pattern(), DAY, { words: 1 }));

export const casualDayParser: DateParser = {
  name: 'casual-day',
  trigger: DAY,
  get pattern() { return pattern(); },
  get keyed() { return keyed(); },
  read(m, { refDay, ref }) {
    const word = m[1]!.toLowerCase();
    if (word.startsWith('last')) {
      const day = ref.getUTCHours() > NIGHT_BEFORE_AFTER ? addDays(refDay, -1) : refDay;
      return { index: m.index, text: m[1]!, grain: 'day', day, stated: true, clock: null, part: 'night' };
    }
    const part = (m[2]?.toLowerCase() as DayPart | undefined) ?? null;
    return { index: m.index, text: part ? m[0] : m[1]!, grain: 'day', day: addDays(refDay, SHIFT[word]!), stated: true, clock: null, part };
  },
};
