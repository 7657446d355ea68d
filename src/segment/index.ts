/**
 * Segmentation: paragraphs, sentences and tokens as ranges of the original
 * text. Sentences are Intl.Segmenter's (computed in sentences.ts) with a
 * repair pass: a newline always ends a sentence, and an abbreviation such as
 * "U.S." or "Gen." does not when the next word is not a sentence starter.
 */
import { need } from '../model/doc.js';
import type { Paragraph, Segments, Sentence } from '../model/segments.js';
import { defineStage } from '../core/stage.js';
import { phraseSet } from '../lexicon/index.js';
import { sentenceEnds } from './sentences.js';
import { eachToken } from './tokens.js';
import { TabledSegments, TokenTableBuilder } from './token-table.js';

const STARTERS = /^(The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|These|Those|There|His|Her|Their|Its|After|Before|As|When|While|However|Meanwhile|Officials|According)\b/;

/** The lines of `text` from `from` on, less their leading and trailing white space; blank lines are none. */
function paragraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (let at = from; at < text.length;) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const start = skipSpaceForward(text, at, lineEnd);
    const end = skipSpaceBackward(text, start, lineEnd);
    if (end > start) out.push({ start, end, index: out.length });
    at = lineEnd + 1;
  }
  return out;
}

const SPACE = /\s/;

/** Whether the unit at `i` is white space as String.prototype.trim reads it (ASCII tested without a regex). */
function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c >= 9 && c <= 13 || c > 127 && SPACE.test(text[i]!);
}

/** The first offset in `[from, to)` past white space (`to` if none): where trimStart would begin. */
function skipSpaceForward(text: string, from: number, to: number): number {
  while (from < to && isSpace(text, from)) from++;
  return from;
}

/** The offset in `(from, to]` where trimEnd would end `text[from, to)`. */
function skipSpaceBackward(text: string, from: number, to: number): number {
  while (to > from && isSpace(text, to - 1)) to--;
  return to;
}

/** Whether the sentence `text[start, end)` ends with an abbreviation ("U.S.", "Gen."): its last word, read backwards. */
function endsWithAbbreviation(text: string, start: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  let to = end;
  while (to > start && isSpace(text, to - 1)) to--;
  let from = to;
  while (from > start && !isSpace(text, from - 1)) from--;
  const last = text.slice(from, to);
  return abbreviations.has(last.toLowerCase()) || /^(?:[A-Z]\.){2,}$/.test(last);
}

/** A sentence record, its keys in the order JSON output has always had (a literal: spreading `range` cost 10% of the stage). */
function sentenceOf(range: { start: number; end: number }, index: number, paragraph: number): Sentence {
  return { start: range.start, end: range.end, index, paragraph };
}

/** The one builder segment() fills: its buffers are kept from report to report. */
const tokens = new TokenTableBuilder();

/** Splits `text` from `bodyStart` into paragraphs, sentences and tokens. */
export function segment(text: string, bodyStart: number): Segments {
  const abbreviations = phraseSet('abbreviations');
  const paras = paragraphs(text, bodyStart);
  const sentences: Sentence[] = [];
  for (const p of paras) {
    let pending: { start: number; end: number } | null = null;
    let from = p.start;
    for (const to of sentenceEnds(text, p.start, p.end)) {
      const start = skipSpaceForward(text, from, to);
      const end = skipSpaceBackward(text, start, to);
      from = to;
      if (end <= start) continue;
      if (pending && (endsWithAbbreviation(text, pending.start, pending.end, abbreviations) && !STARTERS.test(text.slice(start, end))
        || pending.end - pending.start >= 3 && text.startsWith('...', pending.end - 3) && /[a-z]/.test(text[start]!))) {
        pending = { start: pending.start, end };
        continue;
      }
      if (pending) sentences.push(sentenceOf(pending, sentences.length, p.index));
      pending = { start, end };
    }
    if (pending) sentences.push(sentenceOf(pending, sentences.length, p.index));
  }
  let si = 0;
  eachToken(text, bodyStart, (start, end, shape) => {
    while (si < sentences.length - 1 && sentences[si]!.end <= start) si++;
    tokens.add(start, end, shape, si);
  });
  return new TabledSegments(paras, sentences, text, tokens.take());
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words (runs of letters and digits) in `text`: the unit every throughput figure is given in. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export const segmentStage = defineStage({
  name: 'segment',
  requires: ['clean'],
  assigns: 'segments',
  run: (doc) => segment(need(doc, 'clean').text, doc.report.bodyStart),
});
