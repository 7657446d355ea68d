/** Word lists as regex sources, for the recognizers that compile lexicons into patterns. */

/** A phrase as a regex source that matches it literally. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases as one alternation, longest first (so "más de" wins over "más"), any run of spaces between their words. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => esc(w).replace(/ /g, '\\s+')).join('|');
}

/** The words as written and with a capital, for patterns that must stay case-sensitive elsewhere (a name's capital). */
export function bothCases(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]);
}
