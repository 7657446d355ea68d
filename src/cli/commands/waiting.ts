/**
 * Reports that wait for every other report of a streamed input (they give no publication date, see
 * `datedByOthers`): held in memory up to a bound, past it written to a file, so that an input of many
 * undated reports keeps memory flat too. Read back in the order they came, each dated by the others.
 */
import { appendFileSync, createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Report } from '../../model/report.js';
import { datedByOthers, medianPublished } from '../../load/index.js';

/** Characters of report text held in memory, by default, before the waiting reports go to the file. */
const HELD_CHARS = 8 << 20;

export class WaitingReports {
  private held: Report[] = [];
  private chars = 0;
  private spilled = 0;

  /** `file`: where reports past `bound` characters of text are written, one JSON line each (created on first use). */
  constructor(private readonly file: string, private readonly bound = HELD_CHARS) {}

  add(r: Report): void {
    if (this.spilled === 0 && this.chars + r.text.length <= this.bound) {
      this.held.push(r);
      this.chars += r.text.length;
      return;
    }
    appendFileSync(this.file, `${JSON.stringify(r)}\n`);
    this.spilled++;
  }

  /** Each waiting report, in the order added, dated by the publication times of all the input's reports. */
  async *drain(times: readonly number[]): AsyncGenerator<Report> {
    const median = medianPublished(times);
    const dated = (r: Report) => (median === null ? r : datedByOthers(r, median));
    for (const r of this.held) yield dated(r);
    this.held = [];
    if (this.spilled === 0) return;
    for await (const line of createInterface({ input: createReadStream(this.file), crlfDelay: Infinity })) {
      if (line) yield dated(JSON.parse(line) as Report);
    }
  }
}
