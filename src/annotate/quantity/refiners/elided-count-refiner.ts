/**
 * A bare number coordinated with a counted one counts the same thing: "410 seats for Labour and 131
 * for the Conservatives", "410 assentos para os trabalhistas e 131 para os conservadores", "12 muertos
 * en Paiporta y 9 en Chiva". The noun is said once and left out after the "and"; the number that
 * leaves it out is followed by a preposition or ends its clause, never by a noun of its own. So does one
 * the sentence points back to with "the" ("5,000 more troops would join the 2,500 already working there").
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

/** What may stand between the two numbers: no sentence end, no other number, at most this many characters. */
const GAP = 80;
/** The words joining the second number to the first (English, Spanish, Portuguese). */
const JOINED = /(?:[\s,](?:and|while|against|y|e|contra|frente\s+a|ante)|,)\s+$/i;
const BREAK = /[.!?;:\n\d]/;
/** After the number: a preposition or the clause's end, where a noun of its own would stand. */
const ELIDED = /^(?:\s+(?:for|to|in|at|on|from|para|por|pelo|pela|a|al|à|ao|aos|às|en|em|no|na|nos|nas|de|del|do|da|dos|das)\b|\s*[,.;:)]|\s*$)/i;

/** A definite article right before the bare number ("the 2,500", "los 2.500"). */
const DEFINITE = /\s(?:the|los|las|os|as)\s+$/i;
/** Words after such a number that stand where its noun would ("the 2,500 already working", "los 2.500 que"). */
const ALREADY = /^\s+(?:already|still|now|who|that|ya|já|que)\b/i;

export const elidedCountRefiner: Refiner<QuantityMention> = {
  name: 'elided-count',
  refine({ text }, mentions) {
    const out = [...mentions];
    for (let i = 1; i < out.length; i++) {
      const q = out[i]!;
      const prev = out[i - 1]!;
      if (q.counted || q.unit || q.value === null || !prev.countedHead || !prev.countedSpan || prev.unit || prev.end > q.start) continue;
      const gap = text.slice(prev.end, q.start);
      if (gap.length > GAP || BREAK.test(gap.replace(/\.\d/g, ''))) continue;
      const after = text.slice(q.end, q.end + 12);
      // "5,000 more troops would join the 2,500 already working there": "the" before a bare number points back.
      if (!(JOINED.test(gap) && ELIDED.test(after)) && !(DEFINITE.test(gap) && (ELIDED.test(after) || ALREADY.test(after)))) continue;
      out[i] = { ...q, counted: prev.counted, countedSpan: prev.countedSpan, countedHead: prev.countedHead, via: [...q.via, 'refiner/elided-count'] };
    }
    return out;
  },
};
