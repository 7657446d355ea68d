/**
 * Questions about a fixed list of spans ("does any overlap this range?", "which lie inside it?")
 * answered by binary search, for annotators that ask them once per mention: a scan of every span
 * per mention made a long report's annotation cost the square of its mention count.
 */
import type { Range } from '../../model/span.js';

const byStart = (a: Range, b: Range): number => a.start - b.start || a.end - b.end;

function inOrder(spans: readonly Range[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byStart(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

export class SpanIndex<T extends Range> {
  /** The spans by start (then end). */
  private readonly spans: T[];
  /** reach[i]: the furthest end among spans[0..i]. */
  private readonly reach: number[];

  constructor(spans: readonly T[]) {
    // Mention lists come in text order: checking that costs less than sorting (a stable sort would keep that order).
    this.spans = inOrder(spans) ? spans.slice() : [...spans].sort(byStart);
    this.reach = [];
    let far = -Infinity;
    for (const s of this.spans) this.reach.push((far = Math.max(far, s.end)));
  }

  /** How many spans start before `at`. */
  private startingBefore(at: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether a span shares a character with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const n = this.startingBefore(end);
    return n > 0 && this.reach[n - 1]! > start;
  }

  /** The spans lying inside `[start, end)`, in the list's order by start. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.startingBefore(start); i < this.spans.length && this.spans[i]!.start < end; i++) if (this.spans[i]!.end <= end) out.push(this.spans[i]!);
    return out;
  }

  /** The last-starting span that holds `[start, end)` (its end may fall `slack` short), or undefined. */
  covering(start: number, end: number, slack = 0): T | undefined {
    for (let i = this.startingBefore(start + 1) - 1; i >= 0 && this.reach[i]! + slack >= end; i--) {
      if (this.spans[i]!.end + slack >= end) return this.spans[i];
    }
    return undefined;
  }

  /** Whether a span other than `span` holds it and is longer. */
  holdsLonger(span: Range): boolean {
    // Spans starting before it hold it when one reaches its end; spans starting with it, when one ends later.
    const n = this.startingBefore(span.start);
    if (n > 0 && this.reach[n - 1]! >= span.end) return true;
    for (let i = n; i < this.spans.length && this.spans[i]!.start === span.start; i++) if (this.spans[i]!.end > span.end) return true;
    return false;
  }
}
