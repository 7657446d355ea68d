/**
 * "raised the number of people arrested to 47", "put the total of injured at 30": a number that
 * a figure named earlier in its clause reaches counts what that figure counts. A figure of a
 * participle alone ("the number arrested") counts people.
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { counted, countedHead } from '../counted.js';

const FIGURE = /\bthe\s+(?:number|total|tally|count)(?:\s+of)?\s+([^.;:!?"“”]{1,80}?)\s+(?:to|at)\s+$/i;

export const runningFigureRefiner: Refiner<QuantityMention> = {
  name: 'running-figure',
  refine({ text }, mentions) {
    return mentions.map((q) => {
      if (q.counted || q.unit) return q;
      const from = Math.max(0, q.start - 120);
      const m = FIGURE.exec(text.slice(from, q.start));
      const span = m ? counted(text, from + m.index + m[0].indexOf(m[1]!)) : null;
      if (!span) return q;
      const c = text.slice(span.start, span.end);
      const head = /^\S+ed$/i.test(c.split(/\s+of\s+|,/)[0]!.trim()) ? 'person' : countedHead(c);
      return { ...q, counted: c, countedSpan: span, countedHead: head, via: [...q.via, 'refiner/running-figure'] };
    });
  },
};
