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
import { quantityConfiguration } from './configuration.js';

export function extractQuantities(doc: Doc, ctx: Context): QuantityMention[] {
  return runExtractor(quantityConfiguration, { doc, text: need(doc, 'clean').text, ctx }, 'annotate.quantity');
}

export const quantityStage = defineStage({ name: 'annotate.quantity', requires: ['clean', 'segments', 'time'], assigns: 'quantity', run: extractQuantities });
