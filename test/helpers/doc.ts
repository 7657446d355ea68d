// Builds an annotated Doc from a string written in a test, through the real stages.
import assert from 'node:assert/strict';
import type { Doc } from '../../src/model/doc.js';
import type { TimeMention } from '../../src/model/mention.js';
import { makeReport } from '../../src/load/index.js';
import { runStages } from '../../src/pipeline/compose.js';
import { makeContext } from '../../src/core/context.js';
import type { Options } from '../../src/core/options.js';

export function docOf(text: string, published: string | null = '2025-03-16', options: Partial<Options> = {}): Doc {
  const header = published ? `published: ${published}\n\n` : '';
  const full = header + text;
  const report = makeReport('test.txt', full, 'file',
    { url: null, outlet: null, title: null, author: null, language: null, published, publishedSource: published ? 'metadata' : null,
      publishedHow: published ? 'test' : null, outletSource: null, extra: {} }, header.length);
  return runStages({ report }, makeContext(options));
}

/** Mentions of one kind as [text, ...picked fields], offsets checked against the text. */
export function spans<T extends { start: number; end: number; text: string }>(doc: Doc, list: readonly T[] | undefined): T[] {
  for (const m of list ?? []) {
    if (doc.report.text.slice(m.start, m.end) !== m.text) throw new Error(`span ${m.start}-${m.end} does not hold ${JSON.stringify(m.text)}`);
  }
  return [...(list ?? [])];
}

/** The time whose words are `span` in `text` (published as given), failing with the times found when there is none. */
export function timeAt(text: string, span: string, published?: string | null): TimeMention {
  const doc = docOf(text, published);
  const got = spans(doc, doc.time).find((t) => t.text === span);
  assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(spans(doc, doc.time).map((t) => [t.text, t.value]))}`);
  return got;
}
