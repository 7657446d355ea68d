/**
 * Tokens as one regex defines them (TOKEN), read by a scanner over character codes: the regex's
 * match objects and its Unicode classes tried at every character were about half of the segment
 * stage. A token that starts with, or runs into, a character outside ASCII is read by the regex
 * itself (sticky, at that offset), so the tokens are the regex's on every text; tokens.test.ts
 * compares both on generated text.
 */
import type { TokenShape } from '../model/segments.js';

/** The definition: a URL, a handle, dotted initials, a figure, a word (with inner apostrophes and hyphens), or any other character. */
export const TOKEN = /(https?:\/\/\S+|pic\.twitter\.com\/\S+)|(@\w+)|((?:[A-Za-z]\.){2,})|(\d[\d,.:]*\d|\d)|([\p{L}\p{M}][\p{L}\p{M}\d'’]*(?:-[\p{L}\p{M}\d]+)*)|(\S)/gu;
const AT = new RegExp(TOKEN.source, 'uy');
const SPACE = /\s/;
const PUNCT = /\p{P}/u;
/** Which ASCII characters are punctuation (`\p{P}`), the rest of the one-character tokens being symbols. */
const ASCII_PUNCT = Array.from({ length: 128 }, (_, c) => PUNCT.test(String.fromCharCode(c)));

export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly shape: TokenShape;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 95;

/** White space as `\s` reads it (ASCII tested without a regex). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c >= 9 && c <= 13 || c > 127 && SPACE.test(text[i]!);
}

/** The end of a URL's `\S+` that must hold at least one character from `from`; -1 when none does. */
function urlEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpaceAt(text, i)) i++;
  return i > from ? i : -1;
}

/** The end of dotted initials ("U.S.") from `i`: two letter-dot pairs or more, else -1. */
function initialsEnd(text: string, i: number): number {
  let pairs = 0;
  while (isAsciiLetter(text.charCodeAt(i)) && text.charCodeAt(i + 1) === 46) { i += 2; pairs++; }
  return pairs >= 2 ? i : -1;
}

/** The end of a figure from the digit at `i`: a run of digits, ",", "." and ":" that ends on a digit. */
function figureEnd(text: string, i: number): number {
  let end = i + 1;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) end = j + 1;
    else if (c !== 44 && c !== 46 && c !== 58) break;
  }
  return end;
}

/** The end of an ASCII word from the letter at `i`, or -1 when it meets a character outside ASCII (the regex decides then). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c > 127) return -1;
    if (!isAsciiLetter(c) && !isDigit(c) && c !== 39) break;
  }
  // Hyphenated parts: "-" then one letter or digit or more, as often as they come.
  while (text.charCodeAt(j) === 45) {
    let k = j + 1;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c > 127) return -1;
      if (!isAsciiLetter(c) && !isDigit(c)) break;
    }
    if (k === j + 1) break;
    j = k;
  }
  return j;
}

/** The token at `i` (not white space) as the regex reads it there. */
function regexToken(text: string, i: number): RawToken {
  AT.lastIndex = i;
  const m = AT.exec(text)!;
  const shape: TokenShape = m[1] ? 'url' : m[2] ? 'handle' : m[4] ? 'number' : m[3] || m[5] ? 'word' : PUNCT.test(m[0]) ? 'punct' : 'symbol';
  return { start: i, end: i + m[0].length, shape };
}

/** The token at `i` (not white space). */
function tokenAt(text: string, i: number): RawToken {
  const c = text.charCodeAt(i);
  if (c > 127) return regexToken(text, i);
  if (c === 104 && text.startsWith('http', i)) {
    const slashes = text.startsWith('://', i + 4) ? i + 7 : text.startsWith('s://', i + 4) ? i + 8 : -1;
    const end = slashes < 0 ? -1 : urlEnd(text, slashes);
    if (end >= 0) return { start: i, end, shape: 'url' };
  }
  if (c === 112 && text.startsWith('pic.twitter.com/', i)) {
    const end = urlEnd(text, i + 16);
    if (end >= 0) return { start: i, end, shape: 'url' };
  }
  if (c === 64 && isWordChar(text.charCodeAt(i + 1))) {
    let end = i + 2;
    while (isWordChar(text.charCodeAt(end))) end++;
    return { start: i, end, shape: 'handle' };
  }
  if (isAsciiLetter(c)) {
    const initials = initialsEnd(text, i);
    if (initials >= 0) return { start: i, end: initials, shape: 'word' };
    const end = wordEnd(text, i);
    return end >= 0 ? { start: i, end, shape: 'word' } : regexToken(text, i);
  }
  if (isDigit(c)) return { start: i, end: figureEnd(text, i), shape: 'number' };
  return { start: i, end: i + 1, shape: ASCII_PUNCT[c] ? 'punct' : 'symbol' };
}

/** Calls `visit` with every token of `text` from `from` on, in order: segment builds its tokens from them without a list in between. */
export function eachToken(text: string, from: number, visit: (start: number, end: number, shape: TokenShape) => void): void {
  let i = from;
  while (i < text.length) {
    if (isSpaceAt(text, i)) { i++; continue; }
    const t = tokenAt(text, i);
    visit(t.start, t.end, t.shape);
    i = t.end;
  }
}

/** Every token of `text` from `from` on, in order. */
export function tokensOf(text: string, from: number): RawToken[] {
  const out: RawToken[] = [];
  eachToken(text, from, (start, end, shape) => out.push({ start, end, shape }));
  return out;
}
