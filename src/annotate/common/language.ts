/**
 * Which language's extractors read a report: its own language when
 * crosscheck reads it, English when the language is unknown (English stays
 * the default), and none for a language crosscheck does not read yet.
 */
import type { Doc } from '../../model/doc.js';
import { READ_LANGUAGES } from '../../model/report.js';

/** The language to read `doc` in ("en", "es", "pt"), or null when its times, figures and quotes are not read. */
export function readingLanguage(doc: Doc): string | null {
  const language = doc.report.meta.language;
  if (language === null) return 'en';
  return READ_LANGUAGES.has(language) ? language : null;
}
