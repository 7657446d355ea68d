// Renderers over a hand-built record: CSV rows and quoting, Markdown order and
// escaping, JSON round trip, and HTML that escapes untrusted text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../src/render/index.js';
import { FIXTURE_RECORD } from './fixtures/story-record.js';

test('JSON round-trips the record', () => {
  assert.deepEqual(JSON.parse(renderJson(FIXTURE_RECORD)), FIXTURE_RECORD);
});

test('CSV: one row per fact value, quoted cells, formula prefixes defused', () => {
  const lines = renderCsv(FIXTURE_RECORD).trimEnd().split('\n');
  assert.equal(lines.length, 1 + 3);
  const cases: [number, string][] = [
    [1, 'f1,count,"boats, ""small""",conflict,rescue,12,12,a1,Lakemoor Post,30,32,asserted,,count,2031-05-02T09:00:00Z,published,,'],
    // No outlet nor title: the upload's file name, never a path.
    [2, `f1,count,"boats, ""small""",conflict,rescue,14,"'=14",b2,b.txt,3,6,attributed,Mayor,count,2031-05-04,published,,`],
    [3, 'f2,date,date of the rescue,single,rescue,2031-05-01,Monday,a1,Lakemoor Post,0,6,asserted,,date,2031-05-02T09:00:00Z,published,,'],
  ];
  for (const [i, want] of cases) assert.equal(lines[i], want);
});

test('Markdown: conflicts first, table cells escaped', () => {
  const out = renderMarkdown(FIXTURE_RECORD);
  const rows = out.split('\n').filter((l) => l.startsWith('| **'));
  assert.deepEqual(rows.map((r) => r.slice(4, r.indexOf('**', 4))), ['conflict', 'single']);
  assert.match(out, /\\<b\\>we\\<\/b\\> stay/);
  assert.match(out, /2 reports from 2 sources/);
});

test('HTML: untrusted text escaped, no external request, day-precision date range', () => {
  const html = renderHtml(FIXTURE_RECORD, []);
  const negatives: [string, RegExp][] = [
    ['raw quote markup', /<b>we<\/b>/],
    ['external src', /\ssrc=["']?https?:/],
    ['external href', /<link[^>]+href=["']?https?:/],
  ];
  for (const [name, re] of negatives) assert.doesNotMatch(html, re, name);
  assert.match(html, /&lt;b&gt;we&lt;\/b&gt; stay/);
  assert.match(html, /2 – 4 May 2031/);
  assert.match(html, /@media print/);
});
