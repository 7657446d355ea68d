/**
 * A report: one news article as read from its file, owning its original text.
 */

/** How the publication time was found (CONTRACT §1). */
export type PublishedSource = 'metadata' | 'text' | 'inferred';

/** How a report's language was known: given by a header or sidecar, or detected from its words. */
export type LanguageSource = 'metadata' | 'detected';

/** Where `Report.text` came from: the file itself, or text extracted from HTML. */
export type TextOrigin = 'file' | 'html-extracted';

/** Metadata given by a header block, a sidecar, the HTML or a feed, or inferred. */
export interface ReportMeta {
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly author: string | null;
  /** ISO 639-1 code ("es"), or null when neither given nor detected (then read as English). */
  readonly language: string | null;
  /** How `language` was known; null when it was not. */
  readonly languageSource?: LanguageSource | null;
  /** ISO date, date-time with offset, or month (`2025-03`). */
  readonly published: string | null;
  readonly publishedSource: PublishedSource | null;
  /** In words, how `published` was found ("dateline", "url path /2025/03/16/", "sidecar"…). */
  readonly publishedHow: string | null;
  /** How the outlet was found ("metadata", "url host", "text"), or null. */
  readonly outletSource: 'metadata' | 'url' | 'text' | null;
  /** Header keys that are not known fields, kept as given. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface Report {
  /** Stable id: a prefix of the SHA-256 of the original text. */
  readonly id: string;
  /** Full SHA-256 (hex) of the original text: the store's idempotency key. */
  readonly contentHash: string;
  /** The path, URL or `stdin` (with `#n` for the n-th item of a feed or JSON Lines file). */
  readonly source: string;
  /** The original text. Every span in the system indexes into this string. */
  readonly text: string;
  readonly textOrigin: TextOrigin;
  /** Offset where the body starts: after the header block, 0 when there is none. */
  readonly bodyStart: number;
  readonly meta: ReportMeta;
}

/** The languages whose times, figures and quotes crosscheck reads; a report in any other is loaded, stored and listed unread. */
export const READ_LANGUAGES: ReadonlySet<string> = new Set(['en', 'es', 'pt']);

/** Whether crosscheck reads the times, figures and quotes of a report in `language` (null, undecided, is read as English). */
export function isRead(language: string | null): boolean {
  return language === null || READ_LANGUAGES.has(language);
}
