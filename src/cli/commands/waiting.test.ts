import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../model/report.js';
import { makeReport } from '../../load/index.js';
import { WaitingReports } from './waiting.js';

const undated = (name: string, text: string): Report => makeReport(`${name}.txt`, text, 'file',
  { url: null, outlet: null, title: null, author: null, language: null, published: null, publishedSource: null, publishedHow: null, outletSource: null, extra: {} });

test('waiting reports past the bound go to the file and come back in their order, each dated by the others', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-waiting-'));
  try {
    const file = join(dir, 'waiting.jsonl');
    const waiting = new WaitingReports(file, 20);
    for (const id of ['a', 'b', 'c', 'd']) waiting.add(undated(id, `${id} `.repeat(4)));
    assert.ok(existsSync(file), 'the reports past 20 characters are on disk');
    const out: Report[] = [];
    for await (const r of waiting.drain([Date.parse('2027-10-19'), Date.parse('2027-10-21'), Number.NaN])) out.push(r);
    assert.deepEqual(out.map((r) => r.source), ['a.txt', 'b.txt', 'c.txt', 'd.txt']);
    assert.deepEqual(out.map((r) => r.meta.published), Array(4).fill('2027-10-21'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with no dated report at all, waiting reports stay undated', async () => {
  const waiting = new WaitingReports(join(tmpdir(), 'cc-waiting-never-written.jsonl'));
  waiting.add(undated('a', 'text'));
  const out: Report[] = [];
  for await (const r of waiting.drain([Number.NaN])) out.push(r);
  assert.equal(out[0]?.meta.published, null);
});
