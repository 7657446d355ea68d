import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../model/mention.js';
import { SCHEMA, type ExtractLine, type MentionJson, type ReportJson } from '../../model/record.js';
import type { Linker } from '../../link/entities.js';
import { OPENER_ONLY } from '../../annotate/entity/refiners/sentence-opener-refiner.js';
import { linkLine, linkSpilled } from './extract-spill.js';
import { seededInts } from '../../../test/helpers/random.js';

// Strings that look like the boundaries linkSpilled cuts at, escapes, and text beyond ASCII.
const TEXTS = ['Ana Lopez', 'Lopez', 'ICE', '},{"kind":"entity"', '{"kind":"quote","start":1}', ']}', ',"mentions":[', 'back\\slash',
  'line\u2028break', 'lone \ud800 half', 'Zürich', '"quoted"', '', 'x'];
const TYPES: EntityType[] = ['person', 'organization', 'place', 'other'];

const random = seededInts(9);
const pick = <T>(xs: readonly T[]): T => xs[random(xs.length)]!;

function mention(i: number): MentionJson {
  const base = { start: i * 10, end: i * 10 + 5, text: pick(TEXTS), via: random(4) ? ['recognizer/x'] : ['recognizer/x', OPENER_ONLY] };
  switch (random(4)) {
    case 0: return { kind: 'time', ...base, type: 'DATE', value: pick(TEXTS), mod: null };
    case 1: return { kind: 'quantity', ...base, value: random(3) ? random(1000) / 7 : null, min: null, max: null, minExclusive: false, maxExclusive: false, approx: true, counted: pick(TEXTS), unit: null };
    case 2: return { kind: 'quote', ...base, speaker: random(2) ? pick(TEXTS) : null, speakerText: random(3) ? pick(TEXTS) : null, cue: null, direct: true };
    default: return { kind: 'entity', ...base, type: pick(TYPES), canonical: pick(TEXTS) };
  }
}

/** Links each name by a fixed rule of its words: dropped, kept, given another canonical name or another type. */
const linker: Linker = (n) => {
  const k = (n.text.length * 7 + n.canonical.length * 3 + TYPES.indexOf(n.type) + (n.openerOnly ? 1 : 0)) % 5;
  if (k === 0) return null;
  if (k === 1) return { canonical: `${n.canonical} Jr`, type: n.type };
  if (k === 2) return { canonical: n.canonical, type: TYPES[(TYPES.indexOf(n.type) + 1) % 4]! };
  return { canonical: n.canonical, type: n.type };
};

const report = { id: 'r1', source: 'a "b" },{"kind":"entity"', title: ',"mentions":[' } as unknown as ReportJson;

test('a spilled line linked is the line linked, written again', () => {
  let changed = 0;
  for (let i = 0; i < 3000; i++) {
    const line: ExtractLine = { schema: SCHEMA, report, mentions: Array.from({ length: random(9) }, (_, k) => mention(k)) };
    const spilled = JSON.stringify(line);
    const linked = linkLine(line, linker);
    if (linked !== line) changed++;
    assert.equal(linkSpilled(spilled, linker), JSON.stringify(linked), spilled);
  }
  assert.ok(changed > 1000 && changed < 2900, `linking should change some lines and leave others (${changed} of 3000 changed)`);
});
