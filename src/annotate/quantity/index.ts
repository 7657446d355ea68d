/**
 * Quantity mentions: a number (digits or words), its bound words, unit, and
 * the noun phrase it counts with its "of" complement. The recognizers and
 * refiners are listed in configuration.ts.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { QuantityMention } from '../../model/mention.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { runExtractor } from '../common/extractor.js';
import { readingLanguage } from '../common/language.js';
import { quantityConfigurations } from './configuration.js';

/** The report's quantities, read with its language's configuration; none for a language crosscheck does not read. */
export function extractQuantities(doc: Doc, ctx: Context): QuantityMention[] {
  const config = quantityConfigurations[readingLanguage(doc) ?? ''];
  return config ? runExtractor(config, { doc, text: need(doc, 'clean').text, ctx }, 'annotate.quantity') : [];
}

export const quantityStage = defineStage({ name: 'annotate.quantity', requires: ['clean', 'segments', 'time'], assigns: 'quantity', run: extractQuantities });
