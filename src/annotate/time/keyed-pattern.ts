/**
 * A pattern read from its key. Patterns that open with optional words ("about", "more than", a count) are tried at
 * every position of a body; most hold a word they cannot do without ("days", "ago"), in the middle or at the end.
 * Scanning for that word alone is cheap, and the pattern need only be tried at the few word starts just before it.
 */
import { KeyScanner, keyStarts } from './key-scan.js';

/** The key most time patterns share: a time unit, singular or plural, in any case, beginning a word (not "today"). */
export const TIME_UNIT = /\b(?:second|minute|hour|day|week|month|year|decade|centur)/i;
/** The key of the periods of business news: quarters and the comparisons of a period with the one a year before. */
export const PERIOD = /year|quarter|period/i;

/** `\w` and so `\b` of a pattern without the `u` and `i` flags together. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** A key asked for: its starts (key-scan.ts) and a global copy, to scan for it alone when it has none. */
interface Key { readonly key: RegExp; readonly starts: string[] | null; readonly global: RegExp }
/** The keys asked for so far, in that order; a key's place in it is its number. */
const keys: Key[] = [];
const keyNumbers = new Map<RegExp, number>();
/** A scanner of `keys` as they were when it was built: a key added later is scanned alone until the next text. */
let scanner: KeyScanner | null = null;
let scannerKeys = 0;

function keyNumber(key: RegExp): number {
  let n = keyNumbers.get(key);
  if (n === undefined) {
    n = keys.length;
    keys.push({ key, starts: keyStarts(key), global: new RegExp(key.source, key.flags.includes('g') ? key.flags : key.flags + 'g') });
    keyNumbers.set(key, n);
  }
  return n;
}

/**
 * Where each key matches in the two texts read last (a report's text and its body), found for all keys in one pass the
 * first time a text is asked about. A list, not a map: a string as a map key is hashed whole, where === on the same
 * string is one test.
 */
const slots: Slot[] = [];
interface Slot { readonly text: string; readonly at: (number[] | undefined)[] }

function slotOf(text: string): Slot {
  let slot = slots.find((s) => s.text === text);
  if (!slot) {
    slot = { text, at: [] };
    if (scannerKeys < keys.length) {
      scanner = new KeyScanner(keys);
      scannerKeys = keys.length;
    }
    const tail = slots.find((s) => s.text.length < text.length && text.endsWith(s.text));
    if (scanner && tail) withTail(scanner, slot, tail);
    else scanner?.scan(text, slot.at);
    slots.unshift(slot);
    slots.length = Math.min(slots.length, 2);
  }
  return slot;
}

/**
 * The keys of a text that ends with one already scanned (a report's text, after its body): only its head is scanned.
 * A key's regex at a place in the tail reads only what follows, the same in both, except at the tail's first
 * character, where a `\b` reads the one before; so the head is scanned up to and with that place.
 */
function withTail(scanner: KeyScanner, slot: Slot, tail: Slot): void {
  const from = slot.text.length - tail.text.length;
  const head: (number[] | undefined)[] = [];
  scanner.scan(slot.text, head, Math.min(slot.text.length, from + scanner.longest));
  head.forEach((at, k) => {
    const after = tail.at[k];
    if (!at || !after) return;
    const inHead = at.filter((p) => p <= from);
    for (const p of after) if (p > 0) inHead.push(p + from);
    slot.at[k] = inHead;
  });
}

/** Every position where key number `n` matches in `text`, overlapping ones too (each scan goes on one past the last match). */
function keyPositions(text: string, n: number): number[] {
  const slot = slotOf(text);
  let at = slot.at[n];
  if (!at) {
    at = [];
    const key = keys[n]!.global;
    key.lastIndex = 0;
    for (let m = key.exec(text); m; m = key.exec(text)) {
      at.push(m.index);
      key.lastIndex = m.index + 1;
    }
    slot.at[n] = at;
  }
  return at;
}

/** Every position where `key` matches in `text`, overlapping ones too. */
export function positionsOf(text: string, key: RegExp): readonly number[] {
  return keyPositions(text, keyNumber(key));
}

/**
 * Whether `key` (not global) matches in `text`: from its positions when they are known or can be had from the scan of
 * all keys, else by a test that stops at the first.
 */
export function holdsKey(text: string, key: RegExp): boolean {
  const n = keyNumber(key);
  const known = slotOf(text).at[n];
  if (known) return known.length > 0;
  return keys[n]!.starts ? keyPositions(text, n).length > 0 : key.test(text);
}

export interface KeyedPattern {
  /** The pattern as written (global): what `matches` must find. */
  readonly pattern: RegExp;
  /** Every match of the pattern in `text` from `from` on, as a global scan of it finds them. */
  matches(text: string, from?: number): RegExpExecArray[];
}

/**
 * How far before its key a match may begin: at one of the `words` word starts nearest the key (counting the key's own
 * when it begins a word; the pattern opens with `\b` and a letter or figure), or at most `chars` characters before it.
 */
export type Reach = { readonly words: number } | { readonly chars: number };

/**
 * `pattern` (global) read from `key`: for every match of `pattern`, the first match of `key` at or after its start is
 * within `reach` of it. Then a match starting at or after a position either begins within reach of the first key after
 * that position, or starts after that key; the pattern is tried (sticky) only at those places.
 */
export function keyedPattern(pattern: RegExp, key: RegExp, reach: Reach): KeyedPattern {
  const byWords = 'words' in reach;
  if (!pattern.global || (byWords && pattern.unicode && pattern.ignoreCase)) throw new Error(`keyedPattern: ${pattern} must be global, and read by words without both "u" and "i" (its \\w would not be ASCII)`);
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const n = keyNumber(key);
  const starts: number[] = [];
  return {
    pattern,
    matches(text, from = 0) {
      const out: RegExpExecArray[] = [];
      const keysAt = keyPositions(text, n);
      let pos = from;
      let next = 0;
      for (;;) {
        while (next < keysAt.length && keysAt[next]! < pos) next++;
        if (next === keysAt.length) return out;
        const k = keysAt[next]!;
        // The places within reach before the key, nearest first; the pattern is tried at them in text order.
        let n = 0;
        if (byWords) {
          let code = text.charCodeAt(k);
          for (let i = k; i >= pos && n < reach.words; i--) {
            const before = text.charCodeAt(i - 1);
            if (isWordCode(code) && !isWordCode(before)) starts[n++] = i;
            code = before;
          }
        } else {
          for (let i = k; i >= pos && i >= k - reach.chars; i--) starts[n++] = i;
        }
        let m: RegExpExecArray | null = null;
        for (let j = n - 1; j >= 0 && !m; j--) {
          sticky.lastIndex = starts[j]!;
          m = sticky.exec(text);
        }
        if (m) out.push(m);
        pos = m ? m.index + Math.max(1, m[0].length) : k + 1;
      }
    },
  };
}
