/** Builds a time mention from what a recognizer read: its span in the text, TIMEX3 type and value, and what made it. */
import type { TimeMention } from '../../model/mention.js';
import { timexValue, type TimexMod, type TimexType } from '../../model/timex.js';
import type { TimeFound } from './found.js';

/** `via`: what read it (one rule, or the rules in order); `anchor`: what the value was resolved from ('dct': publication), null when the text states it whole. */
export function timeMention(text: string, start: number, end: number, type: TimexType, value: string, mod: TimexMod | null, via: string | readonly string[], anchor: string | null): TimeMention {
  return { kind: 'time', start, end, text: text.slice(start, end), type, value: timexValue(value), mod, certainty: anchor ? 'implied' : 'stated', anchor, via: typeof via === 'string' ? [via] : [...via] };
}

/** A date a recognizer found (TimeFound), as a mention. */
export function foundDate(text: string, p: TimeFound, anchor: string | null): TimeMention {
  return timeMention(text, p.start, p.end, 'DATE', p.value, null, p.via, anchor);
}
