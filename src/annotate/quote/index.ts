/**
 * Quote mentions: words in quotation marks and embedded social posts, each
 * with its speaker. The recognizers and refiners are listed in configuration.ts.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { QuoteMention } from '../../model/mention.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { runExtractor } from '../common/extractor.js';
import { readingLanguage } from '../common/language.js';
import { quoteConfigurations } from './configuration.js';

/** The report's quotes, read with its language's configuration; none for a language crosscheck does not read. */
export function extractQuotes(doc: Doc, ctx: Context): QuoteMention[] {
  const config = quoteConfigurations[readingLanguage(doc) ?? ''];
  return config ? runExtractor(config, { doc, text: need(doc, 'clean').text, ctx }, 'annotate.quote') : [];
}

export const quoteStage = defineStage({ name: 'annotate.quote', requires: ['clean', 'segments', 'entity'], assigns: 'quote', run: extractQuotes });
