/**
 * Parties named by their members in Spanish and Portuguese: a lower-case plural after an article
 * ("los laboristas", "para os conservadores") is the party, as "Labour" and "the Conservatives" are
 * in English, from `collectives` in `lexicon/<lang>/entities.json`. Without the article the word is
 * an adjective or a count ("dos conservadores", "votos conservadores") and stays unread.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { readingLanguage } from '../../common/language.js';

interface CollectiveLexicon {
  readonly collectives: Readonly<Record<string, readonly [string, EntityType]>>;
  readonly collectiveArticles: readonly string[];
}

function patternFor(lang: string): { re: RegExp; names: ReadonlyMap<string, readonly [string, EntityType]> } | null {
  return fromLexicons(`collective-names:${lang}`, () => {
    const lex = lexicon<CollectiveLexicon>(`${lang}/entities`);
    const names = new Map(Object.entries(lex.collectives ?? {}).map(([k, v]) => [k.toLowerCase(), v] as const));
    if (!names.size || !lex.collectiveArticles?.length) return null;
    const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // The article, then the word; the word alone is the mention.
    const re = new RegExp(String.raw`(?<![\p{L}-])(?:${alt(lex.collectiveArticles)})\s+(${alt(names.keys())})(?![\p{L}-])`, 'giu');
    return { re, names };
  });
}

export const collectiveNameRecognizer: Recognizer<EntityMention> = {
  name: 'collective-name',
  recognize({ doc, text }) {
    const lang = readingLanguage(doc);
    if (!lang || lang === 'en') return [];
    const p = patternFor(lang);
    if (!p) return [];
    const out: EntityMention[] = [];
    const body = doc.report.bodyStart;
    p.re.lastIndex = body;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const word = m[1]!;
      // Lower-case only: a capitalised word is the chunk recognizer's ("Os Conservadores", a name of its own).
      if (word[0] !== word[0]!.toLowerCase()) continue;
      const [canonical, type] = p.names.get(word.toLowerCase())!;
      const start = m.index + m[0].length - word.length;
      out.push({ kind: 'entity', start, end: start + word.length, text: word, type, canonical, role: null, via: ['recognizer/collective-name', 'lexicon/entities-local'] });
    }
    return out;
  },
};
