/**
 * A pattern read from its key. Patterns that open with optional words ("about", "more than", a count) are tried at
 * every position of a body; most hold a word they cannot do without ("days", "ago"), in the middle or at the end.
 * Scanning for that word alone is cheap, and the pattern need only be tried at the few word starts just before it.
 */

/** `\w` and so `\b` of a pattern without the `u` and `i` flags together. */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const isWordStart = (text: string, i: number) => isWordCode(text.charCodeAt(i)) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)));

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
  const at = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
  const keys = new RegExp(key.source, key.flags.includes('g') ? key.flags : key.flags + 'g');
  const starts: number[] = [];
  return {
    pattern,
    matches(text, from = 0) {
      const out: RegExpExecArray[] = [];
      let pos = from;
      for (;;) {
        keys.lastIndex = pos;
        const k = keys.exec(text);
        if (!k) return out;
        // The places within reach before the key, nearest first; the pattern is tried at them in text order.
        starts.length = 0;
        if (byWords) {
          for (let i = k.index; i >= pos && starts.length < reach.words; i--) if (isWordStart(text, i)) starts.push(i);
        } else {
          for (let i = k.index; i >= pos && i >= k.index - reach.chars; i--) starts.push(i);
        }
        let m: RegExpExecArray | null = null;
        for (let j = starts.length - 1; j >= 0 && !m; j--) {
          at.lastIndex = starts[j]!;
          m = at.exec(text);
        }
        if (m) out.push(m);
        pos = m ? m.index + Math.max(1, m[0].length) : k.index + 1;
      }
    },
  };
}
