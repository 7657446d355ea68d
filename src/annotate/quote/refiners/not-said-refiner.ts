/**
 * Quoted words nobody says: a title or slogan ("his memoir, "A Long Road
 * Home"", ""Make America Great Again" hats", the so-called "peace dividend"),
 * words in Title Case or a short phrase that no cue attributes (scare
 * quotes), and quotes in a headline opening the body, which quote someone in
 * the headline writer's words. The title words are lexicon quote-not-said.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Range } from '../../../model/span.js';
import type { Refiner } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { cueVerbBefore, rangeAt } from '../quote-text.js';

interface NotSaidLexicon {
  /** Words right before the opening mark that make the quotation a title ("memoir", "so-called"). */
  readonly titleBefore: readonly string[];
  /** Words right after the closing mark that make it a title or slogan (""…" hats"). */
  readonly titleAfter: readonly string[];
  /** Verbs of naming that make a title after a title word ("a book called "…""). */
  readonly naming: readonly string[];
}

// A scare quote is a few words; longer words in quotation marks are someone's even when no cue is found.
const SCARE_WORDS = 4;
const HEADLINE_MAX = 150;
const words = (s: string) => s.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
const isAsciiWordCode = (c: number) => (c | 32) >= 97 && (c | 32) <= 122 || c === 45;
/** Marks beyond ASCII that are no letter and have no case: general punctuation (curly quotes, dashes, spaces) and the no-break space. */
const isCaselessMark = (c: number) => c === 0xa0 || c >= 0x2000 && c <= 0x206f;
/** Whether the unit `c` is neither in a word nor known to stay out of one when lower-cased. */
const unknownCode = (c: number) => c > 127 && !isCaselessMark(c);

/**
 * The last three of `words(text.slice(from, to))`, read backwards by code while the words are ASCII and
 * the marks around them ASCII or caseless, where a word's lower case is its own letters; else by `words`,
 * as lower-casing may change what is a letter ("İ" is "i" and a combining mark).
 */
export function lastWords(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (let end = to; out.length < 3;) {
    while (end > from && !isAsciiWordCode(text.charCodeAt(end - 1))) {
      if (unknownCode(text.charCodeAt(end - 1))) return words(text.slice(from, to)).slice(-3);
      end--;
    }
    if (end === from) break;
    let start = end - 1;
    while (start > from && isAsciiWordCode(text.charCodeAt(start - 1))) start--;
    if (start > from && unknownCode(text.charCodeAt(start - 1))) return words(text.slice(from, to)).slice(-3);
    out.push(text.slice(start, end).toLowerCase());
    end = start;
  }
  return out.reverse();
}

/** The lexicon's lists as sets: each quote asks of three to four words, and a list is read one entry at a time. */
interface NotSaidSets {
  readonly titleBefore: ReadonlySet<string>;
  readonly titleAfter: ReadonlySet<string>;
  readonly naming: ReadonlySet<string>;
}

function titled(text: string, q: QuoteMention, lex: NotSaidSets): boolean {
  // A quote opening the text reads the text's every word but the last, as the slice of a negative end does.
  const before = q.start > 0 ? lastWords(text, Math.max(0, q.start - 40), q.start - 1) : words(text.slice(0, -1)).slice(-3);
  const last = before[before.length - 1] ?? '';
  const lastTwo = before.slice(-2).join(' ');
  if (lex.titleBefore.has(last) || lex.titleBefore.has(lastTwo)) return true;
  if (lex.naming.has(last) && lex.titleBefore.has(before[before.length - 2] ?? '')) return true;
  const after = /^[\p{P}]*\s*([\p{L}-]+)/u.exec(text.slice(q.end, q.end + 30));
  return !!after && /^[^.!?,;:]*$/.test(text.slice(q.end, q.end + 2)) && lex.titleAfter.has(after[1]!.toLowerCase());
}

/** A slogan or title: two words or more, every word of four letters or more capitalised, no closing full stop. */
function titleCase(quote: string): boolean {
  const all = quote.split(/\s+/).filter(Boolean);
  return all.length >= 2 && !/[.!?]$/.test(quote) && all.filter((w) => w.length >= 4).every((w) => /^\p{Lu}/u.test(w));
}

function scare(text: string, q: QuoteMention): boolean {
  const n = q.text.split(/\s+/).filter(Boolean).length;
  return n <= SCARE_WORDS && !/[.!?,]$/.test(q.text) && /\p{Ll}[,;]?\s*$/u.test(text.slice(Math.max(0, q.start - 4), q.start - 1)) && !cueVerbBefore(text, q.start - 1);
}

/** The body's first paragraph when it reads as a headline: short, and ending without a full stop. */
function headline(text: string, paragraphs: readonly Range[], bodyStart: number): Range | null {
  const first = paragraphs.find((p) => p.end > bodyStart && text.slice(p.start, p.end).trim() !== '');
  if (!first || first === paragraphs[paragraphs.length - 1]) return null;
  const line = text.slice(first.start, first.end).trim();
  return line.length <= HEADLINE_MAX && !/[.!?"”'’]$/.test(line) ? first : null;
}

export const notSaidRefiner: Refiner<QuoteMention> = {
  name: 'not-said',
  refine({ doc, text }, quotes) {
    if (!quotes.length) return quotes;
    const lex = fromLexicons('quote-not-said-sets', (): NotSaidSets => {
      const lists = lexicon<NotSaidLexicon>('quote-not-said');
      return { titleBefore: new Set(lists.titleBefore), titleAfter: new Set(lists.titleAfter), naming: new Set(lists.naming) };
    });
    const head = headline(text, need(doc, 'segments').paragraphs, doc.report.bodyStart);
    const sentences = need(doc, 'segments').sentences;
    // A short phrase in a sentence that quotes someone else too is a piece of their words ("branded it a "…" that left "dozens of injured" people").
    const quoting = (q: QuoteMention) => {
      const sentence = rangeAt(sentences, q.start);
      return quotes.some((o) => o !== q && o.speakerText && o.start >= sentence.start && o.start < q.start);
    };
    return quotes.filter((q) => {
      if (q.embedded) return true;
      if (head && q.start >= head.start && q.end <= head.end) return false;
      if (titled(text, q, lex)) return false;
      return !!q.speakerText || (!titleCase(q.text) && (!scare(text, q) || quoting(q)));
    });
  },
};
