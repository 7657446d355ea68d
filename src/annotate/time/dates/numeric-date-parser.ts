/** A date written in figures: ISO ("2025-03-16") or American slashes ("7/19/2024", month first). */
import { calendarDay, type DateParser } from './reading.js';

export const numericDateParser: DateParser = {
  name: 'numeric-date',
  trigger: /\d-\d\d-\d|\d\/\d{1,2}\/\d/,
  pattern: /(?<![\d./-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?![\d/]|-\d)/g,
  read(m) {
    const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[4], m[5]];
    const month = Number(mo);
    const day = month >= 1 && month <= 12 ? calendarDay(Number(y), month, Number(d)) : null;
    return day === null ? null : { index: m.index, text: m[0], grain: 'day', day, stated: true, clock: null, part: null };
  },
};
