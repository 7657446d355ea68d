/**
 * Entity mentions: names of people, bodies, places, facilities and laws, each
 * typed and resolved to the fullest name the report gives. The recognizers and
 * refiners are listed in configuration.ts.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { EntityMention } from '../../model/mention.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { runExtractor } from '../common/extractor.js';
import { readingLanguage } from '../common/language.js';
import { entityConfigurationFor } from './configuration.js';

export function extractEntities(doc: Doc, ctx: Context): EntityMention[] {
  return runExtractor(entityConfigurationFor(readingLanguage(doc)), { doc, text: need(doc, 'clean').text, ctx }, 'annotate.entity');
}

export const entityStage = defineStage({ name: 'annotate.entity', requires: ['clean', 'segments'], assigns: 'entity', run: extractEntities });
