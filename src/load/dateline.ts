/**
 * A wire dateline: "KESSLING, March 10, 2025 —", "AREQUIPA, Peru, Nov 13 (Harbor Wire) -",
 * "LONDON (Reuters) -". It gives a report's place and, often, its date and agency.
 */
import type { Range } from '../model/span.js';

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Groups: 1 the place, 2 month, 3 day, 4 year, 5 agency. A country may follow the city ("AREQUIPA, Peru, Nov 13"). */
const DATELINE = new RegExp(`^(\\s*)([A-Z][A-Za-z .'-]{1,40}(?:, [A-Z][A-Za-z .'-]{1,30}(?=, (?:${MONTHS}|${MONTH_ABBR})\\b))?)(?:, (${MONTHS}|${MONTH_ABBR})\\.? (\\d{1,2})(?:, (\\d{4}))?)?\\s*(?:\\(([A-Z][^)]{1,40})\\))?\\s*[—–-]`);

export const monthNumber = (name: string) => MONTHS.split('|').findIndex((m) => m.startsWith(name.slice(0, 3))) + 1;

export interface Dateline {
  readonly month: number | null;
  readonly day: number | null;
  readonly year: string | null;
  readonly agency: string | null;
  /** Where the place stands, from the body's start ("AREQUIPA, Peru"). */
  readonly place: Range;
  /** Where the agency's name stands in its brackets, from the body's start, or null. */
  readonly agencyAt: Range | null;
}

/** The dateline of a body, if it has one that gives a date or an agency. */
export function datelineOf(body: string): Dateline | null {
  const m = DATELINE.exec(body.slice(0, 200));
  if (!m || (!m[3] && !m[6])) return null;
  const placeStart = m[1]!.length;
  const place = { start: placeStart, end: placeStart + m[2]!.trimEnd().length };
  const agencyStart = m[6] ? m.index + m[0].lastIndexOf(`(${m[6]})`) + 1 : -1;
  return {
    month: m[3] ? monthNumber(m[3]) : null, day: m[4] ? Number(m[4]) : null, year: m[5] ?? null, agency: m[6]?.trim() ?? null,
    place, agencyAt: m[6] ? { start: agencyStart, end: agencyStart + m[6].length } : null,
  };
}
