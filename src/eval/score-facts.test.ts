import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactJson, StoryRecord } from '../model/record.js';
import type { GoldFact } from './gold.js';
import { scoreFacts } from './score-facts.js';

const TEXT = 'The mayor said: "We mourn six people, it could have been hundreds." Six people died.';
const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
const value = (v: number | string, s: string) => ({ value: v, text: s, report: 'r', ...at(s), attributedTo: null, voice: 'asserted' as const });
const fact = (id: string, kind: string, status: FactJson['status'], values: FactJson['values']): FactJson => ({ id, attribute: kind, subject: kind, kind, status, values });
const record = (facts: FactJson[]): StoryRecord =>
  ({ schema: 'crosscheck/1', reports: [], events: [{ id: 'e1', label: '', type: 'x', when: null, facts }], timeline: [], quotes: [], conflicts: [] }) as unknown as StoryRecord;
const gold = (id: string, status: string, v: unknown, text: string, quote = false): GoldFact =>
  ({ id, status, values: [{ value: v, report: 'r.txt', text, start: null, end: null, voice: null, quote }] });

test('a gold quote matches the quote fact, not the figure fact whose number sits inside its words', () => {
  const facts = [
    fact('f1', 'count', 'evolving', [value(6, 'six people')]),
    fact('f2', 'quote', 'single', [value('The mayor', 'We mourn six people, it could have been hundreds.')]),
  ];
  const score = scoreFacts([gold('q', 'single', 'The mayor', 'We mourn six people, it could have been hundreds.', true)], record(facts), new Map([['r', 'r.txt']]), () => TEXT);
  assert.equal(score.rows[0]?.system, 'f2');
  assert.equal(score.statusCorrect, 1);
});

test('a gold figure still matches the figure fact first', () => {
  const facts = [
    fact('f1', 'count', 'single', [value(6, 'six people')]),
    fact('f2', 'quote', 'single', [value('The mayor', 'We mourn six people, it could have been hundreds.')]),
  ];
  const score = scoreFacts([gold('n', 'single', 6, 'six people')], record(facts), new Map([['r', 'r.txt']]), () => TEXT);
  assert.equal(score.rows[0]?.system, 'f1');
});
