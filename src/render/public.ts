/**
 * What of a record may be shown to anyone: a report's source is the path of
 * the file it was read from on the machine that ran crosscheck, which no page,
 * export or API answer gives away; the file's base name (or the URL it was
 * fetched from) names it instead. Links go out only to http and https.
 */
import type { ReportJson, StoryRecord } from '../model/record.js';

const WEB = /^https?:\/\//i;

/** A report's source as it may be shown: a URL as is, a file path by its base name, an upload by its name. */
export function publicSource(source: string): string {
  if (WEB.test(source)) return source;
  return source.replace(/^.*[\\/]/, '').replace(/^upload:/, '');
}

/** The URL if it is a well-formed http or https address, else null (no javascript:, data: or file: link). */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string' || !WEB.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

/** The report with its source as it may be shown. */
export const publicReport = <R extends { readonly source: string }>(report: R): R => ({ ...report, source: publicSource(report.source) });

/** The record with every report's source as it may be shown; everything else as it is. */
export function publicRecord(record: StoryRecord): StoryRecord {
  return { ...record, reports: record.reports.map((r: ReportJson) => publicReport(r)) };
}
