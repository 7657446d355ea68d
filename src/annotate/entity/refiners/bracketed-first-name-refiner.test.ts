// Reports holding no "[" from the body on are passed by: the names found are those of the pattern
// read from the body's start, brackets before it, at it and after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../model/doc.js';
import type { EntityMention } from '../../../model/mention.js';
import { makeContext } from '../../../core/context.js';
import { bracketedFirstNameRefiner } from './bracketed-first-name-refiner.js';
import { seededInts } from '../../../../test/helpers/random.js';

const PIECES = ['[Ilse] Marrow', '[Ilse]', ' Marrow', '[', ']', ' ', 'mayor', '\n', '[ilse] Marrow'];

test('generated text: a bracketed first name is found wherever the pattern finds one', () => {
  const random = seededInts(43);
  const ctx = makeContext({});
  let found = 0;
  for (let i = 0; i < 5_000; i++) {
    const text = Array.from({ length: random(9) }, () => PIECES[random(PIECES.length)]!).join('');
    const bodyStart = random(text.length + 1);
    const doc = { report: { text, bodyStart } } as unknown as Doc;
    const got = bracketedFirstNameRefiner.refine({ doc, text, ctx }, []).map((e: EntityMention) => [e.start, e.text]);
    const re = /\[([A-Z][\p{L}'’-]+)\][ \t]+([A-Z][\p{L}'’-]*\p{L})/gu;
    re.lastIndex = bodyStart;
    const want = [...text.matchAll(re)].filter((m) => m.index >= bodyStart).map((m) => [m.index, m[0]]);
    if (want.length) found++;
    assert.deepEqual(got, want, JSON.stringify([text, bodyStart]));
  }
  assert.ok(found > 500, `the texts should hold bracketed names (${found})`);
});
