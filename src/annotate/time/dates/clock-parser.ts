/**
 * A clock time: "15:30", "3pm", "9.30 p.m.", "3:30 a.m. ET", "19:25 EDT", "9 in the morning". A figure
 * is a time only with its colon or its "a.m."/"p.m." ("2.50 a share" and "at 20" are not); the zone
 * named after it ("GMT", "EDT", "ET") gives its offset, with summer time where the zone has one.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { dateWords, zoneOffset } from './words.js';
import type { DateParser } from './reading.js';

const pattern = () => fromLexicons('date:clock', () => new RegExp(
  `(?<![\\d.,:$£€/])(\\d{1,2})(?:([:.])(\\d{2}))?(?:\\s*([aApP])(?:\\.[mM]\\b\\.?|[mM]\\b))?(?:\\s+(?:(in the (?:morning|afternoon))|(at night)))?(?![\\d%])(?:\\s*,?\\s*(?:\\((${dateWords().zone})\\)|(${dateWords().zone})\\b))?`, 'g'));

export const clockParser: DateParser = {
  name: 'clock',
  trigger: /\d(?::\d\d|\s*[ap]\.?m\b|\.\d\d\s*[ap]\.?m\b| in the (?:morning|afternoon)| at night)/i,
  get pattern() { return pattern(); },
  read(m, { refDay }) {
    const [, h, sep, min, meridiem, dayPart, night, bracketed, named] = m;
    const zone = bracketed ?? named;
    const ampm = meridiem?.toLowerCase();
    // A time needs its colon, its a.m./p.m. or its part of the day; "9.30" alone is a figure.
    if (!(sep === ':' || ampm || dayPart || night) || (sep === '.' && !ampm)) return null;
    let hour = Number(h);
    const minute = Number(min ?? 0);
    if (hour > 24 || minute > 59 || (ampm && (hour > 12 || hour === 0))) return null;
    if (ampm === 'a' && hour === 12) hour = 0;
    if (ampm === 'p' && hour !== 12) hour += 12;
    if (dayPart?.endsWith('afternoon') && hour <= 6) hour += 12;
    if (night && hour >= 6 && hour < 12) hour += 12;
    const offset = zone ? zoneOffset(zone, refDay) : null;
    return { index: m.index, text: m[0], grain: 'day', day: refDay, stated: false, clock: { hour, minute, offset }, part: null };
  },
};

const militaryPattern = () => fromLexicons('date:military-clock', () => new RegExp(
  `(?<![\\d.,:$£€/-])([01]\\d|2[0-3])([0-5]\\d)\\s*(${dateWords().zone})\\b`, 'g'));

/**
 * A wire service's clock time: four digits and the zone they are given in ("0409 GMT", "2100 UTC").
 * Without its zone four digits are a year or a figure, never read as a time.
 */
export const militaryClockParser: DateParser = {
  name: 'military-clock',
  trigger: /\d{4}\s*[A-Z]{2,5}\b/,
  get pattern() { return militaryPattern(); },
  read(m, { refDay }) {
    const [, h, min, zone] = m;
    return { index: m.index, text: m[0], grain: 'day', day: refDay, stated: false, clock: { hour: Number(h), minute: Number(min), offset: zoneOffset(zone!, refDay) }, part: null };
  },
};
