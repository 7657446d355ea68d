// Runs one date parser (or the whole date grammar) over a sentence and prints each reading in one line,
// for table tests: "words|grain|day|stated" plus "Thh:mm±zone" for a clock time and "+part" for a part of the day.
import { matchesFrom } from '../../src/annotate/common/extractor.js';
import { isoDay, pad } from '../../src/annotate/time/calendar.js';
import type { DateParser, DateReading } from '../../src/annotate/time/dates/reading.js';

/** Publication for the tables: Sunday 16 March 2025, noon UTC. */
export const REF = new Date('2025-03-16T12:00:00Z');

export function describe(r: DateReading): string {
  const clock = r.clock ? ` T${pad(r.clock.hour)}:${pad(r.clock.minute)}${r.clock.offset === null ? '' : ` ${r.clock.offset >= 0 ? '+' : ''}${r.clock.offset}`}` : '';
  const part = r.part ? ` +${r.part}` : '';
  return `${r.text}|${r.grain}|${isoDay(new Date(r.day))}|${r.stated ? 'stated' : 'implied'}${clock}${part}`;
}

/** What `parser` reads in `text` (published at `ref`), one line per reading. */
export function readWith(parser: DateParser, text: string, ref = REF): string[] {
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  if (!parser.trigger.test(text)) return [];
  const out: string[] = [];
  for (const m of matchesFrom(parser.pattern, text, 0)) {
    const r = parser.read(m, { text, ref, refDay });
    if (r) out.push(describe(r));
  }
  return out;
}
