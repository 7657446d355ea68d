import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactJson, StoryRecord } from '../model/record.js';
import { diffRecords } from './diff.js';

const fact = (id: string, values: number[], status: FactJson['status']): FactJson => ({
  id, attribute: 'count:people evacuated', subject: 'people evacuated', status,
  values: values.map((value, i) => ({ value, text: String(value), report: `r${i}`, start: 0, end: 1, attributedTo: null, voice: 'asserted' })),
});
const record = (facts: FactJson[], conflicts: string[] = []): StoryRecord => ({
  schema: 'crosscheck/1', reports: [], timeline: [], quotes: [], conflicts,
  events: [{ id: 'e1', label: 'evacuation', type: 'evacuation', when: { value: '2025-03-16', type: 'DATE' }, facts }],
});

test('a first record is all new', () => {
  const changes = diffRecords(null, record([fact('f1', [40], 'single')]));
  assert.deepEqual(changes.map((c) => c.kind), ['new-event', 'new-fact']);
});

test('a new value that disagrees is a changed value, a changed status and a new conflict', () => {
  const before = record([fact('f1', [43], 'single')]);
  const after = record([fact('f9', [43, 45], 'conflict')], ['f9']);
  assert.deepEqual(diffRecords(before, after).map((c) => c.kind), ['changed-value', 'changed-status', 'new-conflict']);
});

test('the same record again changes nothing', () => {
  const r = record([fact('f1', [43, 43], 'agree')]);
  assert.deepEqual(diffRecords(r, r), []);
});
