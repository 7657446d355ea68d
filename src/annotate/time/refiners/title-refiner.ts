/**
 * A word of time capitalised inside a sentence makes a name: the programmes
 * "This Week" and "60 Minutes", "High Noon", "VOA Today". A time read by
 * the date grammar or as a duration with such a word is dropped (holidays keep theirs).
 */
import type { TimeMention } from '../../../model/mention.js';
import type { TimeRefiner } from '../time-extractor.js';

const TITLE_WORD = /(?<=(.)\s*)\b(?:Week|Weekend|Minutes?|Hours?|Noon|Today|Tonight|Tomorrow|Morning|Afternoon|Evening|Night|Days?|Months?|Years?)\b/gu;

function isTitle(t: TimeMention, text: string): boolean {
  if (!/^recognizer\/(?:date|duration)/.test(t.via[0] ?? '')) return false;
  const around = text.slice(Math.max(0, t.start - 3), t.end);
  TITLE_WORD.lastIndex = Math.min(3, t.start);
  for (let m = TITLE_WORD.exec(around); m; m = TITLE_WORD.exec(around)) if (!/[.!?"“'‘(\n]/.test(m[1]!)) return true;
  return false;
}

export const titleRefiner: TimeRefiner = {
  name: 'title',
  refine: ({ text }, mentions) => mentions.filter((t) => !isTitle(t, text)),
};
