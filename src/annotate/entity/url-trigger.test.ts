import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokensOf } from '../../segment/tokens.js';
import { mayHoldLink } from './refiners/url-refiner.js';
import { seededFractions } from '../../../test/helpers/random.js';

// The url refiner reads no tokens when mayHoldLink says no: it must never say no to a text the
// tokenizer finds a link in. Generated from what opens a link, its near misses and what ends one.
const PIECES = ['http://', 'https://', 'pic.twitter.com/', 'http', 'htt', 'ttp://', 'pic.twitter.com', 'HTTP://', 'x', 'Y', '.', '/', ':', ' ', '\n', 'é', '😀'];

test('generated text: a text holding a link token may hold a link', () => {
  const next = seededFractions(17);
  let links = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 8);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const hasLink = tokensOf(text, 0).some((t) => t.shape === 'url');
    if (hasLink) links++;
    if (hasLink) assert.ok(mayHoldLink(text), JSON.stringify(text));
  }
  assert.ok(links > 1000);
});
