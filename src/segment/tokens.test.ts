import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TOKEN, tokensOf, type RawToken } from './tokens.js';
import { seededFractions } from '../../test/helpers/random.js';

/** The tokens as the regex alone reads them. */
function regexTokens(text: string, from: number): RawToken[] {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = from;
  const out: RawToken[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const shape = m[1] ? 'url' : m[2] ? 'handle' : m[4] ? 'number' : m[3] || m[5] ? 'word' : /\p{P}/u.test(m[0]) ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, shape });
  }
  return out;
}

const cases: string[] = [
  'MS-13 and the U.S. counted 40,000 at 19:25 @crew',
  'See https://example.org/a?b=1, pic.twitter.com/xyz and http:// alone.',
  "Don't well-known x-y'z a- 3.5. 1,2,3, 12:30:, U.S U.S.A. e.g.",
  'Beograd’s Čačak, naïve café-au-lait; 東京 and 😀 ok… “yes” — no.',
  'http https:x @ @_ a-é é-a 5%',
];
for (const text of cases) {
  test(`the regex's tokens: ${text}`, () => assert.deepEqual(tokensOf(text, 0), regexTokens(text, 0)));
}

test('tokens start at the body', () => {
  assert.deepEqual(tokensOf('Head line\nBody', 10), [{ start: 10, end: 14, shape: 'word' }]);
});

// The scanner re-reads the regex by hand; this compares the two on every mix of what the regex
// distinguishes: letters in and out of ASCII, marks, digits, apostrophes, hyphens, dots, spaces,
// "@", "_", URL openings and symbols.
const PIECES = ['a', 'Z', 'é', 'Č', '\u0301', '7', '0', "'", '’', '-', '.', ',', ':', ' ', '\n', '\u00a0', '@', '_', 'http://', 'https://', 'pic.twitter.com/', 'h', 'p', '$', '%', '“', '😀', '東'];

test('generated text: the same tokens as the regex', () => {
  const next = seededFractions(17);
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 14);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    assert.deepEqual(tokensOf(text, 0), regexTokens(text, 0), JSON.stringify(text));
  }
});
