// The cue refiner's fast readings against the patterns they spare, on generated text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { beforeMatch, cueIndex } from './cue-refiner.js';
import { cuePatterns } from '../quote-text.js';
import { seededInts } from '../../../../test/helpers/random.js';

// Cue verbs, attributions, names, described speakers, appositions, closing marks and long stretches of plain words.
const PIECES = ['said', 'says', 'told', 'went on', 'acknowledged', 'according to', 'According to', 'He', 'he', 'she', 'the', 'The official', 'a senior aide',
  'Mayor', 'Ilse', 'Marrow', 'Mr.', 'J.', '@reyl', ',', ', 45,', ':', ';', ' ', ' ', ' ', ' ', '\n', 'reporters', 'on Friday', 'that', '.', '"', '“', 'also',
  'Reyl', 'x', 'unsaid', 'said-so', 'the radio station and the crowd gathered there', 'in a statement released early on Monday morning'];

const SUBJECTS = ['He', 'she', 'The official', 'a senior aide', 'Mayor Ilse Marrow', 'Mr. Reyl', 'J. Reyl', '@reyl', 'Reyl', 'x'];
const VERBS = ['said', 'told', 'went on', 'acknowledged', 'unsaid', 'also said'];
const TAILS = ['', 'reporters', 'on Friday that', 'to @reyl’s aide-de-camp, 45', 'x. y', 'x (y)', 'to Zoë,', 'the radio station and the crowd gathered there', 'in a statement released early on Monday morning', 'x. y'];
const CLOSINGS = ['', ' ', ':', ', ', ' :\n', '.', ','];

/** Texts of pieces at random, some shaped as a cue ("X, 45, said on Friday that", "according to X,"), some with a cue after a comma. */
function texts(seed: number, count: number): string[] {
  const random = seededInts(seed);
  const pick = (list: readonly string[]) => list[random(list.length)]!;
  const loose = () => Array.from({ length: 1 + random(10) }, () => pick(PIECES)).join(random(4) ? ' ' : '');
  const shaped = () => [pick(PIECES), pick(SUBJECTS) + pick(['', ', 45,', ',']), pick(VERBS), pick(TAILS)].join(' ') + pick(CLOSINGS);
  const attributed = () => [loose(), pick(['according to', 'According to']), pick(SUBJECTS)].join(' ') + pick(CLOSINGS);
  const after = () => pick([', ', ',', ' ,', '.']) + [pick(VERBS), pick(SUBJECTS), pick(VERBS), pick(TAILS)].join(random(3) ? ' ' : ', ');
  const head = () => [loose, shaped, attributed][random(3)]!();
  return Array.from({ length: count }, () => (random(2) ? head() : [head(), after()].join(random(2) ? ' ' : '')));
}

test('beforeMatch finds what the before pattern finds', () => {
  let matched = 0;
  for (const text of texts(31, 4000)) {
    const want = cuePatterns().before.exec(text);
    const got = beforeMatch(text);
    if (want) matched++;
    assert.deepEqual(got && [got.index, got[0], { ...got.groups }], want && [want.index, want[0], { ...want.groups }], JSON.stringify(text));
  }
  assert.ok(matched > 400, `the texts should hold cues (${matched})`);
});

test('cueIndex agrees with every whole-word use of the cue', () => {
  const random = seededInts(59);
  for (const text of texts(61, 3000)) {
    const cue = ['said', 'told', 'went on', ':'][random(4)]!;
    const subjectStart = random(text.length + 1);
    const subjectEnd = subjectStart + random(text.length - subjectStart + 1);
    const re = new RegExp(`\\b${cue}\\b`, 'g');
    const want = [...text.matchAll(re)].map((x) => x.index).find((i) => i < subjectStart || i >= subjectEnd) ?? text.indexOf(cue);
    assert.equal(cueIndex(text, cue, subjectStart, subjectEnd), want, JSON.stringify([text, cue, subjectStart, subjectEnd]));
  }
});
