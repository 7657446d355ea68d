// Loaders on good and bad input: one clear error per bad input, every good input still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync, openSync, ftruncateSync, closeSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadInputs, MAX_HTML_DEPTH } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { tempDir } from './helpers/tmp.js';

const dir = tempDir('cc-load-');
const file = (name: string, body: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

async function load(paths: string[]) {
  const ctx = makeContext();
  const reports = await loadInputs(paths, ctx);
  return { reports, errors: ctx.errors };
}

test('a header block sets metadata and the body start; a sidecar fills the rest', async () => {
  const p = file('h.txt', 'url: https://x.example/2025/03/09/a\noutlet: Courier\npublished: 2025-03-09\ntitle: unknown\n\nBody text here.');
  file('h.meta.json', JSON.stringify({ title: 'From sidecar', published: '2024-01-01' }));
  const { reports: [r] } = await load([p]);
  assert.equal(r?.meta.published, '2025-03-09');
  assert.equal(r?.meta.publishedSource, 'metadata');
  assert.equal(r?.meta.title, 'From sidecar');
  assert.equal(r?.meta.outlet, 'Courier');
  assert.equal(r?.text.slice(r.bodyStart), 'Body text here.');
});

const inference: [string, string, string, string, string][] = [
  ['a leading date line', 'lead.txt', ' date 2025-03-31 Officials confirmed it.', '2025-03-31', 'text'],
  ['a dateline', 'dl.txt', 'KESSLING, March 10, 2025 — Water rose.', '2025-03-10', 'text'],
  ['the latest absolute date', 'latest.txt', 'It began on March 2, 2025 and ended on March 4, 2025.', '2025-03-04', 'inferred'],
];
for (const [name, f, body, date, source] of inference) {
  test(`date inferred from ${name}`, async () => {
    const { reports: [r] } = await load([file(f, body)]);
    assert.equal(r?.meta.published, date);
    assert.equal(r?.meta.publishedSource, source);
    assert.ok(r?.meta.publishedHow);
  });
}

test('a wire dateline gives the outlet, and its year comes from the other reports', async () => {
  const { reports } = await load([
    file('wire.txt', 'Kessling, Mar. 9 (Estmark Press) - Water rose overnight.'),
    file('dated.txt', 'published: 2025-03-10\n\nThe river fell.'),
  ]);
  const wire = reports.find((r) => r.source.endsWith('wire.txt'));
  assert.equal(wire?.meta.outlet, 'Estmark Press');
  assert.equal(wire?.meta.outletSource, 'text');
  assert.equal(wire?.meta.published, '2025-03-09');
  assert.equal(wire?.meta.publishedSource, 'inferred');
  assert.match(wire?.meta.publishedHow ?? '', /other reports/);
});

test('a report giving no date at all is dated on the median day of the other reports, and says so', async () => {
  const { reports } = await load([
    file('blog.txt', 'All times UTC.\n\n09:52 - The jet took off and crashed at 09:54 on Tuesday.'),
    file('a.txt', 'published: 2027-10-19\n\nThe jet crashed.'),
    file('b.txt', 'published: 2027-10-20\n\nThe toll rose.'),
    file('c.txt', 'published: 2027-10-24\n\nInvestigators spoke.'),
  ]);
  const blog = reports.find((r) => r.source.endsWith('blog.txt'));
  assert.equal(blog?.meta.published, '2027-10-20');
  assert.equal(blog?.meta.publishedSource, 'inferred');
  assert.match(blog?.meta.publishedHow ?? '', /median day of the other reports/);
});

test('an agency dateline with no date names the outlet only', async () => {
  const { reports: [r] } = await load([file('agency.txt', 'LONDON (Estmark Press) - Talks resumed.')]);
  assert.equal(r?.meta.outlet, 'Estmark Press');
  assert.equal(r?.meta.published, null);
});

test('date and outlet inferred from a URL in the header', async () => {
  const { reports: [r] } = await load([file('u.txt', 'url: https://www.northline.example/2025/03/16/story\n\nNo date in the text.')]);
  assert.equal(r?.meta.published, '2025-03-16');
  assert.equal(r?.meta.outlet, 'northline.example');
  assert.equal(r?.meta.outletSource, 'url');
});

test('HTML: article text with blocks split by blank lines, metadata from the page', async () => {
  const html = '<html><head><title>T</title><meta property="og:site_name" content="Ledger"><meta property="article:published_time" content="2025-03-11"></head><body><nav>Home World</nav><article><h1>Flood</h1><p>First paragraph of the story is long enough to be kept by the reader.</p><p>Second paragraph follows with more words about the flood.</p></article></body></html>';
  const { reports: [r], errors } = await load([file('p.html', html)]);
  assert.deepEqual(errors, []);
  assert.equal(r?.textOrigin, 'html-extracted');
  assert.equal(r?.meta.outlet, 'Ledger');
  assert.match(r!.text, /kept by the reader\.\n\nSecond paragraph/);
  assert.doesNotMatch(r!.text, /Home World/);
});

test('UTF-16 with a BOM is read', async () => {
  const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('published: 2025-03-09\n\nWater rose.', 'utf16le')]);
  const { reports: [r], errors } = await load([file('u16.txt', body)]);
  assert.deepEqual(errors, []);
  assert.equal(r?.meta.published, '2025-03-09');
});

const bad: [string, () => string, string][] = [
  ['an empty file', () => file('empty.txt', ''), 'CC101'],
  ['a binary file', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])), 'CC102'],
  ['invalid UTF-8', () => file('bad8.txt', Buffer.from([0x61, 0xc3, 0x28, 0x62])), 'CC103'],
  ['a feed with an external entity', () => file('xxe.xml', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><description>&x;</description></item></channel></rss>'), 'CC107'],
  ['an entity-expansion bomb', () => file('bomb.rss', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><description>&b;</description></item></channel></rss>'), 'CC107'],
  ['malformed RSS', () => file('broken.xml', '<rss><channel><item><description>unclosed'), 'CC107'],
  ['a file larger than the limit', () => {
    const p = join(dir, 'huge.txt');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    return p;
  }, 'CC104'],
  ['a missing path', () => join(dir, 'nope.txt'), 'CC105'],
];
for (const [name, make, code] of bad) {
  test(`bad input: ${name} gives ${code}, and a good file beside it is still read`, async () => {
    const p = make();
    const good = file('good.txt', 'published: 2025-03-09\n\nAt least 40 residents left.');
    const { reports, errors } = await load([p, good]);
    assert.equal(reports.length, 1);
    assert.equal(errors.length, 1, JSON.stringify(errors));
    assert.equal(errors[0]!.code, code);
    assert.ok(errors[0]!.message.length > 5 && !errors[0]!.message.includes('\n'));
  });
}

test('a 50 MB file within the limit is read', async () => {
  const p = file('big.txt', 'published: 2025-03-09\n\n' + 'Water rose again in the valley. '.repeat(1_700_000));
  const { reports, errors } = await load([p]);
  assert.deepEqual(errors, []);
  assert.equal(reports.length, 1);
});

test('JSON Lines: one bad line among good ones is reported by line number', async () => {
  const p = file('x.jsonl', [JSON.stringify({ url: 'https://a.example/1', outlet: 'A', published: '2025-03-09', title: 't', text: 'One report.' }),
    '{not json', JSON.stringify({ html: '<p>Second report is here with enough words to read.</p>', outlet: 'B' })].join('\n'));
  const { reports, errors } = await load([p]);
  assert.equal(reports.length, 2);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.input, /x\.jsonl:2$/);
  assert.equal(errors[0]!.code, 'CC108');
});

test('a folder: recursive, skips gold and sidecar files, survives a symlink loop; an empty folder is CC109', async () => {
  const d = join(dir, 'tree');
  mkdirSync(join(d, 'sub'), { recursive: true });
  writeFileSync(join(d, 'a.txt'), 'One.');
  writeFileSync(join(d, 'a.gold.json'), '{}');
  writeFileSync(join(d, 'README.md'), '# hi');
  writeFileSync(join(d, 'sub', 'b.txt'), 'Two.');
  if (!existsSync(join(d, 'sub', 'loop'))) symlinkSync(d, join(d, 'sub', 'loop'));
  const { reports, errors } = await load([d]);
  assert.deepEqual(reports.map((r) => r.text).sort(), ['One.', 'Two.']);
  assert.deepEqual(errors, []);
  const empty = join(dir, 'empty-dir');
  mkdirSync(empty, { recursive: true });
  const none = await load([empty]);
  assert.equal(none.errors[0]?.code, 'CC109');
});

const SEEDS = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seeds');
test('the five seeds load, each with a publication date and how it was found', { skip: existsSync(SEEDS) ? false : `../shared is absent (${SEEDS}): skipping the seeds` }, async () => {
  const { reports, errors } = await load([SEEDS]);
  assert.deepEqual(errors, []);
  assert.equal(reports.length, 5);
  for (const r of reports) {
    assert.match(r.meta.published ?? '', /^2025-03-\d\d/);
    assert.ok(r.meta.publishedSource && r.meta.publishedHow);
  }
});

const nested = (depth: number) => `<html><body><article>${'<div>'.repeat(depth)}<p>Deep inside, 40 residents were moved on Sunday by the river crews.</p>${'</div>'.repeat(depth)}</article></body></html>`;

test('deeply nested HTML is refused with its own error; the good files of the run are still read', async () => {
  const good = file('good.html', nested(20));
  const { reports, errors } = await load([file('deep.html', nested(20000)), good, file('deep.txt.html', nested(MAX_HTML_DEPTH))]);
  assert.deepEqual(reports.map((r) => r.source), [good]);
  assert.deepEqual(errors.map((e) => [e.code, e.input]), [['CC106', join(dir, 'deep.html')], ['CC106', join(dir, 'deep.txt.html')]]);
  assert.match(errors[0]!.message, new RegExp(`nested more than ${MAX_HTML_DEPTH} elements deep`));
});

test('refusing deep HTML costs time in proportion to the page, not its square', async () => {
  const timed = async (depth: number) => {
    const p = file(`deep-${depth}.html`, nested(depth));
    const t0 = performance.now();
    const { errors } = await load([p]);
    assert.equal(errors[0]?.code, 'CC106');
    return performance.now() - t0;
  };
  await timed(1000);
  const small = Math.min(await timed(2000), await timed(2000));
  const large = Math.min(await timed(16000), await timed(16000));
  // 8 times the nesting: Readability took about 80 times as long (13.7 s against 94 s for twice the depth).
  assert.ok(large < small * 12 + 50, `8x the depth took ${(large / small).toFixed(1)}x the time (${small.toFixed(0)} ms, ${large.toFixed(0)} ms)`);
});

test('a feed item nested too deep is refused, naming the feed', async () => {
  const item = `<item><title>t</title><description>${'&lt;div&gt;'.repeat(MAX_HTML_DEPTH + 5)}Text${'&lt;/div&gt;'.repeat(MAX_HTML_DEPTH + 5)}</description></item>`;
  const p = file('deep.rss', `<?xml version="1.0"?><rss><channel>${item}</channel></rss>`);
  const { reports, errors } = await load([p]);
  assert.equal(reports.length, 0);
  assert.deepEqual(errors.map((e) => [e.code, e.input]), [['CC106', p]]);
});

test('a 1 MB single line is read and annotated', async () => {
  const { reports, errors } = await load([file('line.txt', 'published: 2025-03-09\n\n' + 'More than 40 people left on Sunday, officials said. '.repeat(20000))]);
  assert.deepEqual(errors, []);
  assert.equal(reports.length, 1);
});

test('"February 30" is not a date', async () => {
  const { docOf } = await import('./helpers/doc.js');
  const doc = docOf('The vote was set for February 30, 2025, the clerk said.');
  assert.ok(!(doc.time ?? []).some((t) => t.value.startsWith('2025-02-30') || t.value.startsWith('2025-03-02')));
});
