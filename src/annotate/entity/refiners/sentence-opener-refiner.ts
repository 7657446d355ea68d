/**
 * A capital at the start of a sentence says nothing about a name. A lone word there that nothing
 * else has typed or resolved, and that the report never capitalises inside a sentence, is dropped
 * when the report writes it in lower case ("More than 200 ...") or its form is an adverb's, a
 * participle's or an adjective's ("Notably", "Accompanying", "Spontaneous"); otherwise it is
 * marked, and linking keeps it only if the report set shows it is a name.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { sentenceEvidence } from '../words.js';

const NOT_A_NAME_FORM = /(?:ly|ing|ous|ful|less)$/i;
/** Marks a word capitalised only where sentences open: a name only if the report set shows it is one. */
export const OPENER_ONLY = 'refiner/sentence-opener-only';

export const sentenceOpenerRefiner: Refiner<EntityMention> = {
  name: 'sentence-opener',
  refine({ doc, text }, mentions) {
    const { opens, writesLower } = sentenceEvidence(doc, text);
    // A name is written with its capital inside sentences too; a word capitalised only where a sentence opens is no evidence of one.
    // Asked only of the few words in question, by a pass over the names: a set of every name hashed each cost more.
    const namedInside = (name: string) => mentions.some((x) => x.text === name && !opens(x.start));
    // The mentions kept, copied only once one is dropped or marked.
    let out: EntityMention[] | null = null;
    for (let i = 0; i < mentions.length; i++) {
      const e = mentions[i]!;
      // The mentions in question: lone words nothing typed or resolved, where a sentence opens.
      const asked = e.type === 'other' && e.canonical === e.text && !/\s/.test(e.text) && opens(e.start);
      if (!asked || namedInside(e.text)) {
        out?.push(e);
        continue;
      }
      out ??= mentions.slice(0, i);
      if (NOT_A_NAME_FORM.test(e.text) || writesLower(e.text.toLowerCase())) continue;
      // The other reports of the set may still show it is a name ("Marrow said ..." where another names Ilse Marrow): linking decides.
      out.push({ ...e, via: [...e.via, OPENER_ONLY] });
    }
    return out ?? mentions;
  },
};
