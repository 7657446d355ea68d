// End-to-end: the real `crosscheck` bin (compiled by `npm test`'s build) on our examples and on bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

function cc(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, input: opts.input, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const skip = built ? false : 'dist/ is not built: run `npm run build` (npm test does)';
const tmp = tempDir('cc-cli-');

test('analyze examples writes the record, report and fact sheets and says where', { skip }, () => {
  const out = join(tmp, 'out');
  const r = cc(['analyze', 'examples', '--out', out]);
  assert.equal(r.code, 0, r.err);
  for (const f of ['story.json', 'story.html', 'facts.md', 'facts.csv']) assert.ok(existsSync(join(out, f)), f);
  assert.match(r.err, /story\.json/);
  const record = JSON.parse(readFileSync(join(out, 'story.json'), 'utf8'));
  assert.equal(record.schema, 'crosscheck/1');
  assert.ok(record.reports.length >= 6);
  for (const rep of record.reports) assert.ok(rep.published, `${rep.source} has a date`);
});

test('analyze --format json to stdout is valid JSON and nothing else', { skip }, () => {
  const r = cc(['analyze', 'examples', '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).schema, 'crosscheck/1');
});

test('extract emits one contract line per report, spans matching the text', { skip }, () => {
  const r = cc(['extract', 'examples']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.length >= 6);
  for (const line of lines) {
    assert.equal(line.schema, 'crosscheck/1');
    for (const m of line.mentions) assert.ok(['time', 'quantity', 'quote', 'entity'].includes(m.kind));
  }
});

test('extract reads stdin', { skip }, () => {
  const r = cc(['extract', '-'], { input: 'published: 2025-03-16\n\nAt least 40 people left the town on Sunday, the mayor said.\n' });
  assert.equal(r.code, 0, r.err);
  const line = JSON.parse(r.out.trim());
  assert.equal(line.report.published, '2025-03-16');
});

test('ingesting a folder twice stores each report once', { skip }, () => {
  const db = join(tmp, 'twice.db');
  const a = cc(['ingest', 'examples', '--db', db, '--json']);
  assert.equal(a.code, 0, a.err);
  const first = JSON.parse(a.out);
  assert.ok(first.inserted >= 6);
  const b = cc(['ingest', 'examples', '--db', db, '--json']);
  const second = JSON.parse(b.out);
  assert.equal(second.inserted, 0);
  assert.equal(second.total, first.total);
  const s = cc(['stories', '--db', db, '--json']);
  assert.equal(JSON.parse(s.out).length >= 1, true);
});

test('bad input: one line per bad file, good files still read, exit 0', { skip }, () => {
  const dir = join(tmp, 'mixed');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.txt'), 'published: 2025-03-16\n\nMore than 30 people were moved on Sunday.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 0, 255, 0]));
  const r = cc(['extract', dir]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out.trim().split('\n').length, 1);
  const errLines = r.err.trim().split('\n');
  assert.ok(errLines.some((l) => /empty\.txt/.test(l)));
  assert.ok(errLines.some((l) => /binary\.txt/.test(l)));
  assert.ok(!/\n\s+at /.test(r.err), 'no stack trace');
});

test('nothing readable: non-zero exit, one clear line', { skip }, () => {
  const dir = join(tmp, 'none');
  mkdirSync(dir, { recursive: true });
  const r = cc(['analyze', dir, '--format', 'json']);
  assert.equal(r.code, 1);
  assert.match(r.err, /none/);
  assert.ok(!/\n\s+at /.test(r.err));
});

test('usage errors exit 2 with one line', { skip }, () => {
  const r = cc(['analyze', 'examples', '--format', 'pdf']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--format must be one of/);
  assert.equal(cc(['frobnicate']).code, 2);
});

test('pipeline --explain lists the stages in order', { skip }, () => {
  const r = cc(['pipeline', '--explain']);
  assert.equal(r.code, 0);
  assert.match(r.out, /1\. clean/);
});

test('analyze --workers 2 gives the same record as one thread', { skip }, () => {
  const one = cc(['analyze', 'examples', '--format', 'json']);
  const two = cc(['analyze', 'examples', '--format', 'json', '--workers', '2']);
  assert.equal(two.code, 0, two.err);
  assert.deepEqual(JSON.parse(two.out), JSON.parse(one.out));
});

test('bench --corpus runs on a small JSON Lines file and prints each stage beside the tokenizer anchor', { skip }, () => {
  const file = join(tmp, 'corpus.jsonl');
  writeFileSync(file, [
    { published: '2025-03-09', text: 'At least 40 residents left Castrel on Sunday, the mayor, Anna Brandt, said. "We are safe," she said.' },
    { published: '2025-03-10', text: 'Water rose 3 metres overnight, officials said.' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const r = cc(['bench', '--corpus', file, '--json']);
  assert.equal(r.code, 0, r.err);
  const result = JSON.parse(r.out);
  assert.equal(result.reports, 2);
  assert.ok(result.words > 20);
  const stages = result.stages.map((s: { stage: string }) => s.stage);
  for (const s of ['read (JSON Lines to reports)', 'annotate.quantity', 'annotate.entity', 'write (extract lines as JSON)', 'extract, all of the above']) assert.ok(stages.includes(s), s);
  assert.ok(!stages.includes('claims'), 'extract computes no claims');
  assert.equal(typeof result.anchor, 'number', 'wink-nlp (a dev dependency) gives the anchor');
  const text = cc(['bench', '--corpus', file]);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /extract, all of the above .* words\/s .*× the anchor's time/);
});

test('bench --link-only times linking and reconciling alone at each size', { skip }, () => {
  const r = cc(['bench', 'examples', '--link-only', '--sizes', '12,24', '--json']);
  assert.equal(r.code, 0, r.err);
  const results = JSON.parse(r.out) as { reports: number; stages: { stage: string; seconds: number }[] }[];
  assert.deepEqual(results.map((x) => x.reports), [12, 24]);
  for (const x of results) assert.deepEqual(x.stages.map((s) => s.stage), ['link (entities)', 'reconcile (events, facts, story)']);
});

test('extract writes the same lines as JSON Lines and as one JSON array', { skip }, () => {
  const lines = cc(['extract', 'examples']).out.trim().split('\n').map((l) => JSON.parse(l));
  const array = cc(['extract', 'examples', '--format', 'json']);
  assert.equal(array.code, 0, array.err);
  assert.deepEqual(JSON.parse(array.out), lines);
  assert.equal(array.out, `${JSON.stringify(lines, null, 2)}\n`);
});

test('extract dates an undated report by the others, in its place among them, as analyze does', { skip }, () => {
  const dir = join(tmp, 'undated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '1.txt'), 'published: 2027-10-19\n\nThe jet crashed on Tuesday.\n');
  writeFileSync(join(dir, '2.txt'), 'title: live\n\n09:52 UTC - The jet took off. It crashed at 09:54 UTC on Tuesday.\n');
  writeFileSync(join(dir, '3.txt'), 'published: 2027-10-20\n\nThe toll rose on Wednesday.\n');
  const r = cc(['extract', dir]);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.report.source.split('/').at(-1), l.report.published, l.report.publishedSource]),
    [['1.txt', '2027-10-19', 'metadata'], ['2.txt', '2027-10-20', 'inferred'], ['3.txt', '2027-10-20', 'metadata']]);
  assert.ok(lines[1].mentions.some((m: { kind: string; value?: string }) => m.kind === 'time' && m.value === '2027-10-19T09:54Z'), JSON.stringify(lines[1].mentions));
  const record = JSON.parse(cc(['analyze', dir, '--format', 'json']).out);
  assert.equal(record.reports.find((x: { source: string }) => x.source.endsWith('2.txt'))?.published, '2027-10-20');
});
