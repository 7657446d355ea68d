/** Calendar arithmetic shared by the time recognizers (UTC throughout). */

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
/** Days in a week: the step between one weekday and the same one a week on. */
export const WEEK_DAYS = 7;

/** A part of the day as TIMEX3 writes it after a date: 2025-03-16TMO. */
export const DAY_PART: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day of `d` as a TIMEX3 value: 2025-03-16. */
export function isoDay(d: Date): string {
  return `${isoMonth(d)}-${pad(d.getUTCDate())}`;
}

/** The month of `d` as a TIMEX3 value: 2025-03. */
export function isoMonth(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The ISO week of `d` as a TIMEX3 value: 2025-W12. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || WEEK_DAYS;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y = t.getUTCFullYear();
  const w = Math.ceil(((t.getTime() - Date.UTC(y, 0, 1)) / DAY_MS + 1) / WEEK_DAYS);
  return `${y}-W${pad(w)}`;
}
