/**
 * Cue mentions: the words that decide how a report voices a claim: hedges
 * ("alleged", "reportedly"), attributions ("according to", and estimates: "put
 * the turnout at" a figure), and citations of outlets ("reports Reuters", "told
 * Axios"). All phrases are lexicon data.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { CueFunction, CueMention } from '../../model/mention.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { fromLexicons, lexicon } from '../../lexicon/index.js';
import { NUMBER_WORDS } from '../quantity/counted.js';
import { readingLanguage } from '../common/language.js';
import { localCues } from './local-cues.js';

interface CueLexicon {
  readonly hedge: readonly string[];
  readonly attribution: readonly string[];
  readonly citation: readonly string[];
  /** Verbs of estimating a figure ("put", "estimated"), and words that may stand between "at" and it ("about"). */
  readonly estimate: readonly string[];
  readonly estimateBefore: readonly string[];
}

/** Words between an estimating verb and its "at": "put the number of dead at". */
const ESTIMATE_WORDS = 5;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patterns(): { fn: CueFunction; re: RegExp }[] {
  return fromLexicons<{ fn: CueFunction; re: RegExp }[]>('cue-patterns', () => {
    const lex = lexicon<CueLexicon>('cues');
    return [
      { fn: 'hedge', re: new RegExp(`\\b(${lex.hedge.map(esc).join('|')})\\b`, 'gi') },
      { fn: 'attribution', re: new RegExp(`\\b(${lex.attribution.map(esc).join('|')})\\b`, 'gi') },
      { fn: 'citation', re: new RegExp(`\\b(?:${lex.citation.map(esc).join('|')})\\s+((?:[A-Z][\\p{L}.&-]*\\s?){1,3})`, 'gu') },
      // "The police put the turnout at 32,000": the verb up to its "at", when a figure follows.
      { fn: 'attribution', re: new RegExp(`\\b(${lex.estimate.map(esc).join('|')})\\s+(?:[\\p{L}'-]+\\s+){1,${ESTIMATE_WORDS}}?at(?=\\s+(?:(?:${lex.estimateBefore.map(esc).join('|')})\\s+)?(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b))`, 'giu') },
    ];
  });
}

export function extractCues(doc: Doc, _ctx: Context): CueMention[] {
  const text = need(doc, 'clean').text;
  // Spanish and Portuguese read their own cue words; a language crosscheck does not read has none.
  const lang = readingLanguage(doc);
  if (lang !== 'en') return lang ? localCues(text, doc.report.bodyStart, lang) : [];
  const out: CueMention[] = [];
  for (const { fn, re } of patterns()) {
    re.lastIndex = doc.report.bodyStart;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const end = m.index + m[0].trimEnd().length;
      out.push({ kind: 'cue', function: fn, lemma: fn === 'citation' ? m[0].split(/\s+/)[0]!.toLowerCase() : m[1]!.toLowerCase(),
        source: fn === 'citation' ? m[1]!.trim() : null, start: m.index, end, text: text.slice(m.index, end), via: [`recognizer/${fn}`, 'lexicon/cues'] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const cueStage = defineStage({ name: 'annotate.cue', requires: ['clean', 'segments', 'quote'], assigns: 'cue', run: extractCues });
