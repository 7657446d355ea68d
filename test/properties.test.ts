// Property tests (fast-check): on any text, loading, cleaning and every extractor raise nothing,
// and every span lies inside the text with text === report.text.slice(start, end).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadBytes } from '../src/load/index.js';
import { runStages } from '../src/pipeline/compose.js';
import { makeContext } from '../src/core/context.js';
import { docMentions } from '../src/render/extract-line.js';

const pieces = ['"', '“', '”', "'", ' said ', 'Mayor Ilse Marrow', ' 43 ', 'more than ', 'Sunday', ' last night', '\n\n', '\n\n\n\n', '— Tomas Reyl (@EstmarkRescue) March 9, 2025',
  'Image source, X', 'Also Read – ', 'U.S.', ' MS-13 ', '$6 million', '19:25 EDT', '…', '<p>', '</p>', 'published: 2025-03-09\n\n', '%', '14-day', 'hundreds of '];
const newsy = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ maxLength: 6, unit: 'grapheme' })), { maxLength: 60 }).map((a) => a.join(''));

for (const [name, ext] of [['text', 'a.txt'], ['html', 'a.html'], ['feed', 'a.xml'], ['jsonl', 'a.jsonl']] as const) {
  test(`property: ${name} input never throws, every span holds its text`, () => {
    fc.assert(fc.property(newsy, (text) => {
      const ctx = makeContext();
      const reports = loadBytes(ext, new TextEncoder().encode(text), ctx);
      for (const report of reports) {
        const doc = runStages({ report }, ctx);
        assert.equal(doc.clean!.text.length, report.text.length);
        for (const m of [...docMentions(doc), ...(doc.cue ?? [])]) {
          assert.ok(m.start >= 0 && m.end <= report.text.length && m.start <= m.end);
          assert.equal(report.text.slice(m.start, m.end), m.text);
        }
      }
    }), { numRuns: 150 });
  });
}
