import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunError } from '../model/errors.js';
import { nthIndexOf, readFacts, readGold } from './gold.js';

const dir = mkdtempSync(join(tmpdir(), 'cc-gold-'));
const text = 'On Sunday the mayor said "we will rebuild" and on Sunday again.';
writeFileSync(join(dir, 'a.txt'), text);
const reader = async () => text;

test('nthIndexOf finds the n-th occurrence', () => {
  assert.equal(nthIndexOf(text, 'Sunday', 1), 3);
  assert.equal(nthIndexOf(text, 'Sunday', 2), text.lastIndexOf('Sunday'));
  assert.equal(nthIndexOf(text, 'Sunday', 3), -1);
});

test('a gold file places mentions by occurrence', async () => {
  writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ schema: 'crosscheck-gold/1', published: '2025-03-16', kinds: ['time'],
    mentions: [{ kind: 'time', text: 'Sunday', occurrence: 2, value: '2025-03-16', type: 'DATE' }] }));
  const errors: RunError[] = [];
  const g = await readGold(join(dir, 'a.gold.json'), reader, errors);
  assert.deepEqual(errors, []);
  assert.equal(g?.mentions[0]?.start, text.lastIndexOf('Sunday'));
  assert.deepEqual(g?.kinds, ['time']);
});

const bad: [string, string, string][] = [
  ['not JSON', '{"mentions": [', 'CC201'],
  ['no mentions array', '{"schema":"crosscheck-gold/1"}', 'CC201'],
  ['text not in report', JSON.stringify({ mentions: [{ kind: 'time', text: 'Monday' }] }), 'CC202'],
  ['unknown kind', JSON.stringify({ mentions: [{ kind: 'colour', text: 'Sunday' }] }), 'CC201'],
];
for (const [name, body, code] of bad) {
  test(`a malformed gold file gives one error: ${name}`, async () => {
    writeFileSync(join(dir, 'a.gold.json'), body);
    const errors: RunError[] = [];
    await readGold(join(dir, 'a.gold.json'), reader, errors);
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.code, code);
    assert.match(errors[0]!.input, /a\.gold\.json/);
  });
}

test('a malformed FACTS.json is an error, not a crash', () => {
  writeFileSync(join(dir, 'FACTS.json'), '[1,2]');
  const errors: RunError[] = [];
  assert.equal(readFacts(join(dir, 'FACTS.json'), errors), null);
  assert.equal(errors[0]?.code, 'CC201');
});
