/**
 * A phrase of a part of a whole right after a count (partitions.json `parts`): "62 people on board",
 * "six on the ground", "dos a bordo". The quantity refiners keep a bare count it follows; the figures
 * read it as the count's own words.
 */
import type { Range } from '../../model/span.js';
import { alternation } from '../common/phrases.js';
import { fromLexicons, lexicon } from '../../lexicon/index.js';

/** Characters after a count read for the phrase. */
const PART_REACH = 24;

const partRight = () => fromLexicons('part-phrase-after', () => {
  const parts = Object.values(lexicon<{ parts: Readonly<Record<string, readonly string[]>> }>('partitions').parts).flat();
  return new RegExp(`^\\s+(?:${alternation(parts)})(?![\\p{L}])`, 'iu');
});

/** The phrase of a part right after `end`, from `end` to the phrase's end, or null. */
export function partPhraseAfter(text: string, end: number): Range | null {
  const p = partRight().exec(text.slice(end, end + PART_REACH));
  return p ? { start: end, end: end + p[0].length } : null;
}
