// Whole-pipeline checks of the language a report is read in: they stand above the stages, so they live here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBytes } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { annotateEach } from '../src/pipeline/analyze.js';
import { extractLine } from '../src/render/extract-line.js';

test('a report in a language crosscheck does not read is kept, listed with its language, and says its figures were not read', () => {
  const ctx = makeContext();
  const text = 'published: 2025-05-14\n\nDie Feuerwehr meldete am Dienstag 42 Verletzte, und der Bürgermeister sagte: "Wir haben so etwas noch nie gesehen."';
  const reports = loadBytes('de.txt', new TextEncoder().encode(text), ctx);
  assert.equal(reports.length, 1);
  const line = extractLine(annotateEach(reports, ctx)[0]!);
  assert.equal(line.report.language, 'de');
  assert.equal(line.report.read, false);
  assert.match(line.report.readReason ?? '', /not read/);
  assert.deepEqual(line.mentions.filter((m) => m.kind !== 'entity'), []);
});

test('an English report is read, and says so', () => {
  const ctx = makeContext();
  const reports = loadBytes('en.txt', new TextEncoder().encode('published: 2025-05-14\n\nThe fire service said 42 people were hurt when the roof of the hall gave way.'), ctx);
  const line = extractLine(annotateEach(reports, ctx)[0]!);
  assert.equal(line.report.language, 'en');
  assert.equal(line.report.read, true);
  assert.ok(line.mentions.some((m) => m.kind === 'quantity' && m.value === 42));
});
