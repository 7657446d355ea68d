/**
 * Offsets counted from an event the text names, not from publication: "the
 * day before the storm hit", "in the weeks before the fire". the date grammar counts
 * them from publication. Such an offset is the day before or after the date
 * that follows it ("the day before Nov. 3"), the date it stands beside
 * ("Nov. 3, the day before the storm"), or else unknown at its unit's
 * granularity (XXXX-XX-XX, XXXX-WXX). A counted offset ("a month after the
 * mill cut wages") is the duration recognizer's: the length between the two
 * (TimeML).
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue } from '../../../model/timex.js';
import { DAY_MS, isoDay } from '../calendar.js';
import type { TimeRefiner } from '../time-extractor.js';

const OFFSET = /^(?:the )?(day|week|month|year)(s?) (before|after)$/i;
/** After the signal word come words, not a stop: the event the offset counts from. */
export const EVENT_AFTER = /^[ \t]+[\p{L}\d$]/u;
const UNKNOWN: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' };
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function shifted(value: string, days: number): string {
  const [, y, m, d] = FULL_DATE.exec(value)!;
  const t = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)) + days * DAY_MS);
  return isoDay(t);
}

/** `found` are a report's time mentions in text order; `text` is the report's text their offsets point into. */
export function eventOffsets(found: readonly TimeMention[], text: string): TimeMention[] {
  return found.map((m, i) => {
    const o = OFFSET.exec(m.text);
    if (!o || !EVENT_AFTER.test(text.slice(m.end, m.end + 3))) return m;
    const single = o[1]!.toLowerCase() === 'day' && !o[2];
    const next = found[i + 1];
    const prev = found[i - 1];
    let value = UNKNOWN[o[1]!.toLowerCase()]!;
    let anchor: TimeMention | null = null;
    if (single && next && /^\s+$/.test(text.slice(m.end, next.start)) && FULL_DATE.test(next.value)) {
      anchor = next;
      value = shifted(next.value, o[3]!.toLowerCase() === 'before' ? -1 : 1);
    } else if (single && prev && /^,\s*$/.test(text.slice(prev.end, m.start)) && FULL_DATE.test(prev.value)) {
      anchor = prev;
      value = prev.value;
    }
    return {
      ...m, value: timexValue(value), certainty: anchor ? 'implied' : 'unknown', anchor: anchor ? `narrative:${anchor.start}` : null,
      via: [...m.via, 'refiner/event-offset'],
    };
  });
}

export const eventOffsetRefiner: TimeRefiner = { name: 'event-offset', refine: ({ text }, mentions) => eventOffsets(mentions, text) };
