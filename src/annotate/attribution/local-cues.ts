/**
 * Cue mentions in Spanish and Portuguese, from `lexicon/<lang>/cues.json`:
 * hedges ("presuntamente", "teria"), attributions ("según", "de acordo com",
 * "afirmó") and their estimates ("la policía cifró la asistencia en 32.000"),
 * and citations of outlets ("según Reuters", "informou a Folha"). Word edges
 * are letters of any script: an accented last letter ("afirmó") ends a word.
 */
import type { CueFunction, CueMention } from '../../model/mention.js';
import { fromLexicons, lexicon } from '../../lexicon/index.js';
import { alternation, bothCases } from '../common/phrases.js';

interface LocalCueLexicon {
  readonly hedge: readonly string[];
  readonly attribution: readonly string[];
  readonly citation: readonly string[];
  readonly estimate: readonly string[];
  /** The preposition an estimating verb puts before its figure ("en", "em"). */
  readonly estimateAt: readonly string[];
  readonly estimateBefore: readonly string[];
}

const ESTIMATE_WORDS = 5;

function patterns(lang: string): { fn: CueFunction; re: RegExp }[] {
  return fromLexicons(`local-cues:${lang}`, () => {
    const lex = lexicon<LocalCueLexicon>(`${lang}/cues`);
    const word = (list: readonly string[]) => `(?<![\\p{L}])(${alternation(list)})(?![\\p{L}])`;
    return [
      { fn: 'hedge' as const, re: new RegExp(word(lex.hedge), 'giu') },
      { fn: 'attribution' as const, re: new RegExp(word(lex.attribution), 'giu') },
      // Case-sensitive, so that the source's capital means a name: the cue word is listed in both cases.
      { fn: 'citation' as const, re: new RegExp(`(?<![\\p{L}])(?:${alternation(bothCases(lex.citation))})\\s+(?:(?:el|la|los|las|o|a|os|as)\\s+)?((?:\\p{Lu}[\\p{L}.&-]*\\s?){1,3})`, 'gu') },
      { fn: 'attribution' as const, re: new RegExp(`(?<![\\p{L}])(${alternation(lex.estimate)})\\s+(?:[\\p{L}'-]+\\s+){1,${ESTIMATE_WORDS}}?(?:${alternation(lex.estimateAt)})(?=\\s+(?:(?:${alternation(lex.estimateBefore)})\\s+)?\\d)`, 'giu') },
    ];
  });
}

/** The cue mentions of a Spanish or Portuguese report's text from `from` on. */
export function localCues(text: string, from: number, lang: string): CueMention[] {
  const out: CueMention[] = [];
  for (const { fn, re } of patterns(lang)) {
    re.lastIndex = from;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A source's name ends at a full stop: "según el Ayuntamiento. El …" cites the Ayuntamiento.
      const kept = fn === 'citation' ? m[0].replace(/\.(?:\s.*)?$/su, '').trimEnd() : m[0].trimEnd();
      const end = m.index + kept.length;
      const source = fn === 'citation' ? kept.slice(m[0].lastIndexOf(m[1]!)).trim() : null;
      out.push({ kind: 'cue', function: fn, lemma: fn === 'citation' ? m[0].split(/\s+/)[0]!.toLowerCase() : m[1]!.toLowerCase().replace(/\s+/g, ' '),
        source, start: m.index, end, text: text.slice(m.index, end), via: [`recognizer/${fn}`, `lexicon/${lang}/cues`] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
