/**
 * A sentence's first word glued to the name after it is cut off: "Other Bush aides ..." when the
 * report writes "other" in lower case and "Bush" alone elsewhere; "Making Juan Miguel Gonzalez ..."
 * when the word has an adverb's or a participle's form and a name of two words or more is left.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { entityWords, sentenceEvidence, typeOf } from '../words.js';

const NOT_A_NAME_FORM = /(?:ly|ing)$/i;

export const openerWordRefiner: Refiner<EntityMention> = {
  name: 'opener-word',
  refine({ doc, text }, mentions) {
    const { opens, writesLower } = sentenceEvidence(doc, text);
    const w = entityWords();
    return mentions.map((e) => {
      if (e.role || !opens(e.start)) return e;
      const cut = /^(\S+)\s+/.exec(e.text);
      if (!cut) return e;
      // "Under the INS": the words joining the opener to the name go with it.
      const joint = /^(?:(?:the|of|for|de|del)\s+)*/i.exec(e.text.slice(cut[0].length))![0];
      const rest = e.text.slice(cut[0].length + joint.length);
      const longRest = rest.includes(' ');
      // A word the report writes in lower case may still open a name ("New York", "Bin Laden"): cut only where the rest is written alone too.
      // The rest is looked up first: it is seldom a name of its own, and asking how the report writes a word reads every token.
      // By a pass over the names, as the sentence-opener refiner asks: a set of every name hashed cost more than the few asked.
      const restAlone = mentions.some((x) => x.text === rest);
      if (!(restAlone && writesLower(cut[1]!.toLowerCase())) && !(NOT_A_NAME_FORM.test(cut[1]!) && longRest)) return e;
      const start = e.start + cut[0].length + joint.length;
      return { ...e, start, text: rest, type: typeOf(rest, null, w), canonical: w.aliases[rest] ?? rest, via: [...e.via, 'refiner/opener-word'] };
    });
  },
};
