/** Capital letters inside a link ("pic.twitter.com/Tk1Xq7vnuB") are no names. */
import type { EntityMention } from '../../../model/mention.js';
import { need } from '../../../model/doc.js';
import type { Refiner } from '../../common/extractor.js';
import { tokenTable, URL_SHAPE } from '../../../segment/token-table.js';

/** Whether the text may hold a link: every URL token opens with "http" or "pic.twitter.com/" (segment's TOKEN), and most reports hold none. */
export function mayHoldLink(text: string): boolean {
  return text.includes('http') || text.includes('pic.twitter.com/');
}

export const urlRefiner: Refiner<EntityMention> = {
  name: 'url',
  refine({ doc, text }, mentions) {
    if (!mayHoldLink(text)) return mentions;
    const { count, start, end, shape } = tokenTable(need(doc, 'segments'));
    const urls: { start: number; end: number }[] = [];
    for (let i = 0; i < count; i++) if (shape[i] === URL_SHAPE) urls.push({ start: start[i]!, end: end[i]! });
    if (!urls.length) return mentions;
    return mentions.filter((e) => !urls.some((u) => u.start < e.end && e.start < u.end));
  },
};
