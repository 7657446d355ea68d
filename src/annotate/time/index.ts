/**
 * Time mentions as TIMEX3: the recognizers and refiners listed in
 * configuration.ts (the date grammar of dates/, durations,
 * sets, bare years, periods and anaphora); Spanish and Portuguese have their
 * own grammar in local-time-recognizer.ts.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { TimeMention } from '../../model/mention.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { readingLanguage } from '../common/language.js';
import { localTimes } from './recognizers/local-time-recognizer.js';
import { timeConfiguration } from './configuration.js';
import { runTimeExtractor } from './time-extractor.js';

/** A publication date written as a month alone is read as its middle; a day alone, as its noon. */
function refDate(doc: Doc, ctx: Context): Date | null {
  const p = doc.report.meta.published ?? ctx.options.defaultPublished;
  if (!p) return null;
  const d = new Date(/^\d{4}-\d{2}$/.test(p) ? `${p}-15T12:00:00Z` : p.length === 10 ? `${p}T12:00:00Z` : p);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function extractTimes(doc: Doc, ctx: Context): TimeMention[] {
  const text = need(doc, 'clean').text;
  const ref = refDate(doc, ctx);
  const from = doc.report.bodyStart;
  // Spanish and Portuguese have their own grammar; a language crosscheck does not read gets no times.
  const lang = readingLanguage(doc);
  if (lang !== 'en') return lang ? localTimes(text, from, ref, lang) : [];
  return runTimeExtractor(timeConfiguration, { doc, text, ctx, from, body: text.slice(from), ref });
}

export const timeStage = defineStage({ name: 'annotate.time', requires: ['clean', 'segments'], assigns: 'time', run: extractTimes });
