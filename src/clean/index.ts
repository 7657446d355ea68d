/**
 * Cleaning: blanks the header block and boilerplate lines (image credits and
 * captions, "Also Read" links, share and subscribe lines, advertisements)
 * with spaces, so the cleaned view keeps every offset of the original.
 */
import type { CleanRule, CleanView, DroppedSpan, EmbeddedPost } from '../model/clean.js';
import type { Report } from '../model/report.js';
import { defineStage } from '../core/stage.js';
import { fromLexicons, lexicon } from '../lexicon/index.js';

interface LineRule { readonly rule: CleanRule; readonly pattern: RegExp }

function rules(): LineRule[] {
  return fromLexicons('boilerplate-rules', () => Object.entries(lexicon<Record<string, string[]>>('boilerplate')).map(([rule, prefixes]) => ({
    rule: rule as CleanRule,
    pattern: new RegExp(`^\\s*(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i'),
  })));
}

const CREDIT = 'Image source, ';
/** A credit glued to the caption before it; tried only on a line holding CREDIT, as a lookbehind is tried at every position. */
const GLUED_CREDIT = /(?<=[a-z.])Image source, [^\n]*$/;
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "— Name (@handle) March 31, 2025" ending an embedded post. */
export const SIGNATURE = new RegExp(`\\s*[—–-]{1,2} ([^\\n()—]{2,80}?) \\((@\\w{1,30})\\) (${MONTH} \\d{1,2}, \\d{4})`, 'g');
/** What every signature holds: text without it has none, and SIGNATURE, opening with `\\s*`, is not tried at every space. */
export const SIGNATURE_TRIGGER = ' (@';
const POST_END = /(?:…|\.\.\.)?\s*(?:pic\.twitter\.com\/\S+|https?:\/\/t\.co\/\S+)?\s*$/;

/** Finds embedded posts: the signature, and the paragraphs before it joined by wide gaps (the embed's own breaks). */
export function findEmbeds(text: string, from: number): EmbeddedPost[] {
  const out: EmbeddedPost[] = [];
  if (!text.includes(SIGNATURE_TRIGGER, from)) return out;
  SIGNATURE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SIGNATURE.exec(text))) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    let start = lineStart;
    for (;;) {
      // Inside an embed the paragraphs are split by three or more line breaks; a plain paragraph break ends it.
      const gap = /\n{3,}$/.exec(text.slice(Math.max(from, start - 8), start));
      if (!gap) break;
      const prevStart = text.lastIndexOf('\n', start - gap[0].length - 1) + 1;
      if (prevStart < from) break;
      start = prevStart;
    }
    const bodyEnd = lineStart + text.slice(lineStart, m.index).replace(POST_END, '').length;
    while (start < bodyEnd && /\s/.test(text[start]!)) start++;
    if (bodyEnd <= start) continue;
    out.push({ body: { start, end: bodyEnd }, signature: { start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) },
      author: m[1]!.trim(), handle: m[2]!, date: m[3]! });
  }
  return out;
}

const NOT_BREAK = /[^\n]/g;

/**
 * `text` with each range of `blanks` (in text order, apart) made spaces but for its line breaks, then each of
 * `marks` (offset and character, in text order) put in place: built from slices, as a report's blanks and marks
 * are few and an array of its characters is the most of cleaning's time.
 */
function edited(text: string, blanks: readonly (readonly [number, number])[], marks: readonly (readonly [number, string])[]): string {
  let blanked = '';
  let at = 0;
  for (const [start, end] of blanks) {
    blanked += text.slice(at, start) + text.slice(start, end).replace(NOT_BREAK, ' ');
    at = end;
  }
  blanked += text.slice(at);
  let out = '';
  at = 0;
  for (const [offset, char] of marks) {
    out += blanked.slice(at, offset) + char;
    at = offset + 1;
  }
  return out + blanked.slice(at);
}

/**
 * Wire copy written for old terminals opens a quotation with two backticks and closes it with two
 * apostrophes (``So it goes,'' he said). Each pair becomes a space and a curly mark, the mark on
 * the side of the quoted words, so offsets stay those of the original and the quotation's own
 * words are untouched. Returns the characters to put, in text order.
 */
function wireQuotes(text: string, from: number): Array<[number, string]> {
  const marks: Array<[number, string]> = [];
  let open = -1;
  for (const m of text.slice(from).matchAll(/``|''|\n/g)) {
    const at = from + m.index;
    if (m[0] === '\n') open = -1;
    else if (m[0] === '``') {
      marks.push([at, ' '], [at + 1, '“']);
      open = at;
    } else if (open >= 0) {
      marks.push([at, '”'], [at + 1, ' ']);
      open = -1;
    }
  }
  return marks;
}

export function cleanReport(report: Report): CleanView {
  const text = report.text;
  const blanks: Array<[number, number]> = [];
  const dropped: DroppedSpan[] = [];
  const drop = (rule: CleanRule, start: number, end: number) => {
    blanks.push([start, end]);
    dropped.push({ rule, start, end, text: text.slice(start, end), keptAs: null });
  };
  if (report.bodyStart > 0) drop('header', 0, report.bodyStart);
  const line = /[^\n]+/g;
  line.lastIndex = report.bodyStart;
  const lineRules = rules();
  let m: RegExpExecArray | null;
  while ((m = line.exec(text))) {
    const hit = lineRules.find((r) => r.pattern.test(m![0]));
    if (hit) {
      drop(hit.rule, m.index, m.index + m[0].length);
      continue;
    }
    const glued = m[0].includes(CREDIT) ? GLUED_CREDIT.exec(m[0]) : null;
    if (glued) drop('image-credit', m.index + glued.index, m.index + m[0].length);
  }
  const cleaned = edited(text, blanks, wireQuotes(text, report.bodyStart));
  // Embeds are looked for in the cleaned text, so a post is never made of boilerplate.
  return { text: cleaned, dropped, embeds: findEmbeds(cleaned, report.bodyStart) };
}

export const cleanStage = defineStage({
  name: 'clean',
  requires: [],
  assigns: 'clean',
  run: (doc) => cleanReport(doc.report),
});
