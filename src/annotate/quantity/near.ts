/**
 * A global pattern that opens with optional words ("more than", "$", "two-") is tried by V8 at every
 * position. When every match holds a word found by a cheap scan (the anchor), the pattern runs only from a
 * little before each anchor, and gives the matches a scan of every position gives.
 */

import { positionsOf } from '../time/keyed-pattern.js';

/** The furthest back a match holding an anchor at `at` may open: `reach` characters, spaces not counted. */
function openerStart(text: string, at: number, reach: number): number {
  let s = at;
  for (let left = reach; s > 0; s--) {
    // ASCII by its code (most text), the rest as \s reads it.
    const code = text.charCodeAt(s - 1);
    if (code === 32 || (code < 128 ? code >= 9 && code <= 13 : /\s/.test(text[s - 1]!))) continue;
    if (left-- === 0) break;
  }
  return s;
}

/**
 * The matches of the global `pattern` from `from` on. `anchor` (global) must find a place at or before the anchor
 * word of every match, and a match must open at most `reach` characters other than spaces before its anchor:
 * then no position where a match can open is skipped. From an anchor that opens no match the pattern runs on to
 * its next match: for anchors that nearly always open one (numbers), else see matchesNearBounded. Each step sets
 * both patterns' lastIndex before its exec.
 */
export function* matchesNear(pattern: RegExp, anchor: RegExp, reach: number, text: string, from: number): Generator<RegExpExecArray> {
  let next = from;
  for (;;) {
    anchor.lastIndex = next;
    const word = anchor.exec(text);
    if (!word) return;
    pattern.lastIndex = Math.max(next, openerStart(text, word.index, reach));
    const m = pattern.exec(text);
    if (!m) return;
    next = pattern.lastIndex;
    yield m;
  }
}

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** A sticky copy of each global pattern, made once. */
const stickies = new WeakMap<RegExp, RegExp>();

/**
 * matchesNear's matches, for anchors that seldom open a match ("third quarter" for a fraction), where running on
 * to the next match at the pattern's pace was most of the recognizer's time. The anchor is a key of the time
 * stage's scan (keyed-pattern.ts): its places come from the one pass that finds all keys, not a scan of its own.
 * The pattern is tried, sticky, at each position from a little before an anchor up to it, as a scan tries it there,
 * and no further. A match must also never open right after an ASCII letter (the pattern's lookbehind or `\b` says
 * so): those positions are not tried. Each step sets the sticky pattern's lastIndex before its exec.
 */
export function* matchesNearBounded(pattern: RegExp, anchor: RegExp, reach: number, text: string, from: number): Generator<RegExpExecArray> {
  let sticky = stickies.get(pattern);
  if (!sticky) stickies.set(pattern, sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'));
  const anchors = positionsOf(text, anchor);
  let next = from;
  let a = 0;
  for (;;) {
    while (a < anchors.length && anchors[a]! < next) a++;
    if (a === anchors.length) return;
    const word = anchors[a]!;
    let m: RegExpExecArray | null = null;
    for (let at = Math.max(next, openerStart(text, word, reach)); !m && at <= word; at++) {
      if (at > 0 && isAsciiLetter(text.charCodeAt(at - 1))) continue;
      sticky.lastIndex = at;
      m = sticky.exec(text);
    }
    if (m) {
      next = sticky.lastIndex;
      yield m;
    } else next = word + 1;
  }
}
