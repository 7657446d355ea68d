/**
 * A capital at the start of a sentence says nothing about a name. A lone word there that nothing
 * else has typed or resolved is dropped when the report also writes it in lower case ("More than
 * 200 ...") or when its form is an adverb's, a participle's or an adjective's ("Notably",
 * "Accompanying", "Spontaneous").
 */
import type { EntityMention } from '../../../model/mention.js';
import { need } from '../../../model/doc.js';
import type { Refiner } from '../../common/extractor.js';

const NOT_A_NAME_FORM = /(?:ly|ing|ous|ful|less)$/i;

export const sentenceOpenerRefiner: Refiner<EntityMention> = {
  name: 'sentence-opener',
  refine({ doc, text }, mentions) {
    const { tokens } = need(doc, 'segments');
    const openers = new Set<number>();
    let sentence = -1;
    for (const t of tokens) {
      if (t.shape !== 'word' || t.sentence === sentence) continue;
      sentence = t.sentence;
      openers.add(t.start);
    }
    const lowerWords = new Set(tokens.filter((t) => t.shape === 'word' && /^\p{Ll}/u.test(text[t.start]!)).map((t) => t.norm));
    return mentions.filter((e) => {
      if (e.type !== 'other' || e.canonical !== e.text || /\s/.test(e.text) || !openers.has(e.start)) return true;
      return !lowerWords.has(e.text.toLowerCase()) && !NOT_A_NAME_FORM.test(e.text);
    });
  },
};
