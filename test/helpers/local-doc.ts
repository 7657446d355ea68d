// Builds an annotated Doc in a given language (as a `language:` header gives it), through the real stages.
import type { Doc } from '../../src/model/doc.js';
import { makeReport } from '../../src/load/index.js';
import { runStages } from '../../src/pipeline/compose.js';
import { makeContext } from '../../src/core/context.js';

export function docIn(language: string, text: string, published = '2025-05-14'): Doc {
  const header = `published: ${published}\nlanguage: ${language}\n\n`;
  const report = makeReport('test.txt', header + text, 'file',
    { url: null, outlet: null, title: null, author: null, language, published, publishedSource: 'metadata',
      publishedHow: 'test', outletSource: null, extra: {} }, header.length);
  return runStages({ report }, makeContext());
}
