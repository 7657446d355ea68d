/**
 * Spans: every piece of extracted information is a view into one report's
 * original text (spaCy's Doc/Span), never a copy that can drift from it.
 */

/** A half-open range `[start, end)` of UTF-16 code units in a report's original text. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A range with the text it covers, kept so tests can check `text === report.text.slice(start, end)`. */
export interface Span extends Range {
  readonly text: string;
}

/** Builds a span over `source`, so `text` can never disagree with the offsets. */
export function spanOf(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

/** True when the two ranges share at least one code unit. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely within `outer`. */
export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Orders ranges by start, longer first on ties (the order refiners expect). */
export function byStart(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end;
}
