/**
 * A pattern read from its key. Patterns that open with optional words ("about", "more than", a count) are tried at
 * every position of a body; most hold a word they cannot do without ("days", "ago"), in the middle or at the end.
 * Scanning for that word alone is cheap, and the pattern need only be tried at the few word starts just before it.
 */

/** The key most time patterns share: a time unit, singular or plural, in any case, beginning a word (not "today"). */
export const TIME_UNIT = /\b(?:second|minute|hour|day|week|month|year|decade|centur)/i;
/** The key of the periods of business news: quarters and the comparisons of a period with the one a year before. */
export const PERIOD = /year|quarter|period/i;

/** `\w` and so `\b` of a pattern without the `u` and `i` flags together. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Each key as one global regex, so patterns given the same key share its positions. */
const globalKeys = new WeakMap<RegExp, RegExp>();
/**
 * Where each key matches in the two texts read last (a report's text and its body): the recognizers of one report scan
 * for a shared key once. A list, not a map: a string as a map key is hashed whole, where === on the same string is one test.
 */
const slots: { readonly text: string; readonly byKey: Map<RegExp, number[]> }[] = [];

/** Every position where `key` matches in `text`, overlapping ones too (each scan goes on one past the last match). */
function keyPositions(text: string, key: RegExp): number[] {
  let slot = slots.find((s) => s.text === text);
  if (!slot) {
    slot = { text, byKey: new Map() };
    slots.unshift(slot);
    slots.length = Math.min(slots.length, 2);
  }
  const { byKey } = slot;
  let at = byKey.get(key);
  if (!at) {
    at = [];
    key.lastIndex = 0;
    for (let m = key.exec(text); m; m = key.exec(text)) {
      at.push(m.index);
      key.lastIndex = m.index + 1;
    }
    byKey.set(key, at);
  }
  return at;
}

/** Whether `key` matches in `text`: from its positions when a pattern has read them there, else by a test that stops at the first. */
export function holdsKey(text: string, key: RegExp): boolean {
  const known = slots.find((s) => s.text === text)?.byKey.get(globalKeys.get(key) ?? key);
  return known ? known.length > 0 : key.test(text);
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
  const keys = globalKeys.get(key) ?? new RegExp(key.source, key.flags.includes('g') ? key.flags : key.flags + 'g');
  globalKeys.set(key, keys);
  const starts: number[] = [];
  return {
    pattern,
    matches(text, from = 0) {
      const out: RegExpExecArray[] = [];
      const keysAt = keyPositions(text, keys);
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
