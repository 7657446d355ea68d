import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactKey, FactValueData } from '../model/story.js';
import type { FactValueJson } from '../model/record.js';
import { headerBody, partsSum, selfContradictions, timezones, type CheckedFact } from './checks.js';
import { docOf } from '../../test/helpers/doc.js';

const count = (value: number | null, min: number | null = null): FactValueData =>
  ({ type: 'count', value, min, max: null, minExclusive: false, maxExclusive: false, approx: false, unit: null });
const json = (report: string, value: number | null): FactValueJson => ({ value, text: String(value), report, start: 0, end: 1, attributedTo: null, voice: 'asserted' });
/** "count:River Guild members" is the part of one group; "count:people" a total. */
const keyOf = (attribute: string): FactKey => {
  const group = /^count:(.+) members$/.exec(attribute)?.[1] ?? null;
  return { measure: 'count', head: group ? 'member' : attribute.slice('count:'.length), group, role: null, about: [] };
};
const fact = (id: string, attribute: string, values: [string, FactValueData][]): CheckedFact =>
  ({ id, key: keyOf(attribute), attribute, subject: attribute, values: values.map(([r, data]) => ({ json: json(r, data.type === 'count' ? data.value : null), data })) });

test('parts-sum: two group counts that add up to the total hold', () => {
  const got = partsSum([
    fact('f1', 'count:River Guild members', [['a', count(120)]]),
    fact('f2', 'count:Harbor Crew members', [['b', count(15)]]),
    fact('f3', 'count:people', [['a', count(135)]]),
  ]);
  assert.deepEqual(got.map((c) => [c.rule, c.ok, c.message]), [['parts-sum', true, '120 River Guild members + 15 Harbor Crew members = 135']]);
});

test('parts-sum: a lower bound reaches any total above it; conflicting exact parts are tried in turn', () => {
  const got = partsSum([
    fact('f1', 'count:River Guild members', [['a', count(120)]]),
    fact('f2', 'count:Harbor Crew members', [['a', count(null, 12)], ['b', count(19)], ['c', count(15)]]),
    fact('f3', 'count:people', [['a', count(135)]]),
  ]);
  assert.equal(got[0]!.ok, true);
  assert.match(got[0]!.message, /= 135$/);
});

test('parts-sum: a total no choice of parts reaches fails, naming the parts', () => {
  const got = partsSum([
    fact('f1', 'count:River Guild members', [['a', count(120)]]),
    fact('f2', 'count:Harbor Crew members', [['b', count(15)]]),
    fact('f3', 'count:people', [['a', count(140)]]),
  ]);
  assert.equal(got[0]!.ok, false);
  assert.match(got[0]!.message, /sums to the stated total 140/);
  assert.deepEqual(got[0]!.facts, ['f1', 'f2', 'f3']);
});

test('parts-sum: one part alone is no check', () => {
  assert.deepEqual(partsSum([fact('f1', 'count:River Guild members', [['a', count(120)]]), fact('f3', 'count:people', [['a', count(140)]])]), []);
});

test('timezone: one instant written in two zones must agree', () => {
  const right = timezones([docOf('The order was filed at 19:25 EDT on Saturday (23:25 GMT on Saturday), the clerk said.', '2025-03-16')]);
  assert.deepEqual(right.map((c) => [c.rule, c.ok]), [['timezone', true]]);
  const wrong = timezones([docOf('The order was filed at 19:25 EDT on Saturday (00:25 GMT on Sunday), the clerk said.', '2025-03-16')]);
  assert.deepEqual(wrong.map((c) => [c.rule, c.ok]), [['timezone', false]]);
  assert.match(wrong[0]!.message, /60 minutes apart/);
});

test('self-contradiction: one report with two exact counts of one named group, unless the figure runs', () => {
  const f = fact('f1', 'count:River Guild members', [['a', count(43)], ['a', count(45)], ['b', count(43)]]);
  assert.deepEqual(selfContradictions([f], false).map((c) => [c.rule, c.ok, c.facts]), [['self-contradiction', false, ['f1']]]);
  assert.deepEqual(selfContradictions([f], true), []);
  assert.deepEqual(selfContradictions([fact('f2', 'count:people', [['a', count(43)], ['a', count(45)]])], false), [], 'a generic count may be two groups');
});

const titled = (title: string | null, url: string | null, body: string) => {
  const doc = docOf(body);
  return { ...doc, report: { ...doc.report, meta: { ...doc.report.meta, title, url, outlet: 'Valley Ledger' } } };
};

test('header-body: a title count the body gives holds; one it contradicts fails, naming both', () => {
  const ok = headerBody([titled('Crews lift 43 residents to safety', null, 'Helicopter crews lifted 43 residents from rooftops.')], []);
  assert.deepEqual(ok.map((c) => [c.rule, c.ok]), [['header-body', true]]);
  const bad = headerBody([titled('Crews lift 43 residents to safety', null, 'Helicopter crews lifted 45 residents from rooftops.')], []);
  assert.equal(bad[0]!.ok, false);
  assert.match(bad[0]!.message, /Valley Ledger: the title says "43 residents" but the body gives "45 residents"/);
});

test('header-body: the URL slug is read too; a rounded headline matches "nearly"; a year and an uncounted noun are not checked', () => {
  const slug = headerBody([titled(null, 'https://ledger.example/2025/03/09/crews-lift-45-residents', 'Crews lifted 43 residents.')], []);
  assert.equal(slug[0]!.ok, false);
  assert.match(slug[0]!.message, /the URL says "45 residents"/);
  assert.equal(headerBody([titled('50 homes to be pulled down', null, 'Nearly 50 homes will be pulled down.')], [])[0]!.ok, true);
  assert.deepEqual(headerBody([titled('2025 floods: 12 bridges shut', null, 'Crews lifted 43 residents.')], []), []);
});
