import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeReport } from '../load/index.js';
import type { ReportMeta } from '../model/report.js';
import { BandSet, duplicatesBySignature, findDuplicates, reportSignature } from './near-duplicate.js';

const meta: ReportMeta = { url: null, outlet: null, title: null, author: null, language: null, published: null, publishedSource: null, publishedHow: null, outletSource: null, extra: {} };
const body = 'Helicopter crews lifted forty residents from rooftops in the lower town after the river broke through the northern levee late on Saturday, ' +
  'the regional rescue service said. The mayor said everyone who could be reached was moved before the levee gave way, and that nobody was left on the roofs by dawn. ' +
  'Three people died in the flood. About two hundred homes stood under water on Sunday morning, and the river crested at its highest level in decades.';

test('a syndicated copy with another headline and footer is a copy of the first report', () => {
  const original = makeReport('a.txt', `River floods town\n\n${body}`, 'file', meta);
  const copy = makeReport('b.txt', `Town under water as river rises\n\n${body}\n\nThis story first ran in the Courier.`, 'file', meta);
  const other = makeReport('c.txt', 'The council met on Monday to discuss the budget for the new school year and the cost of repairing the town hall roof after the winter storms.', 'file', meta);
  const dups = findDuplicates([original, copy, other], 0.4);
  assert.equal(dups.get(copy.id), original.id);
  assert.equal(dups.has(original.id), false);
  assert.equal(dups.has(other.id), false);
});

test('reports compared before keep their answer: comparing only the rest gives what comparing all gives', () => {
  const reports = ['River floods town', 'Town under water', 'Flood: the second day', 'Levee gives way'].map((title, i) =>
    makeReport(`${i}.txt`, `${title}\n\n${body}${i % 2 ? '' : ' Roads stayed closed.'}`, 'file', meta));
  reports.push(makeReport('other.txt', 'The council met on Monday to discuss the budget for the new school year and the cost of repairing the town hall roof.', 'file', meta));
  const sigs = reports.map((r) => ({ id: r.id, sig: reportSignature(r) }));
  const all = duplicatesBySignature(sigs, 0.4);
  assert.equal(all.size, 3);
  for (let from = 0; from <= sigs.length; from++) {
    const known = new Map([...all].filter(([id]) => sigs.findIndex((s) => s.id === id) < from));
    assert.deepEqual(duplicatesBySignature(sigs, 0.4, from, known), all);
  }
});

test('the index of originals grows past its first size and finds what comparing every pair finds', () => {
  // Random signatures (originals) and near-copies of some of them, about a third of their hashes changed.
  let seed = 7;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const reports: { id: string; sig: Uint32Array }[] = [];
  for (let i = 0; i < 1500; i++) {
    const copied = i > 10 && i % 3 === 0 ? reports[rand() % reports.length]! : null;
    const sig = copied ? copied.sig.map((h) => (rand() % 3 === 0 ? rand() : h)) : Uint32Array.from({ length: 64 }, rand);
    reports.push({ id: `r${i}`, sig });
  }
  const same = (a: Uint32Array, b: Uint32Array) => a.filter((h, k) => h === b[k]).length / 64;
  // Comparing every pair: each report copies the earliest original like it; only originals are compared.
  const expected = new Map<string, string>();
  const originals: typeof reports = [];
  for (const r of reports) {
    const o = originals.find((x) => same(r.sig, x.sig) >= 0.5);
    if (o) expected.set(r.id, o.id);
    else originals.push(r);
  }
  assert.ok(expected.size > 300 && originals.length > 1000);
  assert.deepEqual(duplicatesBySignature(reports, 0.5), expected);
});

test('a band set holds the buckets of the reports added: one band in common is enough', () => {
  let seed = 11;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const sig = () => Uint32Array.from({ length: 64 }, rand);
  const added = Array.from({ length: 40 }, sig);
  const set = new BandSet();
  for (const s of added.slice(0, 20)) set.add(s);
  assert.ok(added.slice(0, 20).every((s) => set.shares(s)));
  // Adding after asking still counts.
  for (const s of added.slice(20)) set.add(s);
  assert.ok(added.every((s) => set.shares(s)));
  // The 10th band (hashes 18 and 19) in common; the same hashes in another band do not count.
  assert.ok(added.every((s) => set.shares(sig().map((h, k) => (k === 18 || k === 19 ? s[k]! : h)))));
  assert.ok(!added.some((s) => set.shares(sig().map((h, k) => (k === 20 || k === 21 ? s[k - 2]! : h)))));
  assert.ok(!Array.from({ length: 1000 }, sig).some((s) => set.shares(s)));
});

test('a report given twice is not a copy of itself', () => {
  const r = makeReport('a.txt', `River floods town\n\n${body}`, 'file', meta);
  const sig = reportSignature(r);
  assert.deepEqual(duplicatesBySignature([{ id: r.id, sig }, { id: r.id, sig }], 0.4), new Map());
  const copy = makeReport('b.txt', `Town under water\n\n${body}`, 'file', meta);
  assert.deepEqual(duplicatesBySignature([{ id: r.id, sig }, { id: r.id, sig }, { id: copy.id, sig: reportSignature(copy) }], 0.4), new Map([[copy.id, r.id]]));
});
