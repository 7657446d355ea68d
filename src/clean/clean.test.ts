import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeReport } from '../load/index.js';
import type { ReportMeta } from '../model/report.js';
import { cleanReport, SIGNATURE, SIGNATURE_TRIGGER } from './index.js';
import { seededFractions } from '../../test/helpers/random.js';

const meta: ReportMeta = { url: null, outlet: null, title: null, author: null, language: null, published: null, publishedSource: null, publishedHow: null, outletSource: null, extra: {} };

const rules: [string, string, string][] = [
  ['also-read', 'Body one.\nAlso Read – Budget vote delayed again\nBody two.', 'Also Read – Budget vote delayed again'],
  ['image-credit', 'Body one.\nImage source, Courier staff\nBody two.', 'Image source, Courier staff'],
  ['image-caption', 'Body one.\nImage caption, A helicopter over the square\nBody two.', 'Image caption, A helicopter over the square'],
  ['image-credit', 'Crews sandbag the road to Kessling.Image source, Reuters\nBody two.', 'Image source, Reuters'],
  ['share-line', 'Body one.\nShare this article\nBody two.', 'Share this article'],
  ['subscribe-line', 'Body one.\nSubscribe to our newsletter\nBody two.', 'Subscribe to our newsletter'],
  ['advertisement', 'Body one.\nADVERTISEMENT\nBody two.', 'ADVERTISEMENT'],
  ['published-line', 'Body one.\n  • Published\nBody two.', '• Published'],
];

for (const [rule, text, dropped] of rules) {
  test(`clean: ${rule} is blanked in place`, () => {
    const view = cleanReport(makeReport('t.txt', text, 'file', meta));
    assert.equal(view.text.length, text.length, 'offsets never move');
    const d = view.dropped.find((x) => x.rule === rule);
    assert.ok(d, `a ${rule} drop in ${JSON.stringify(view.dropped)}`);
    assert.equal(text.slice(d.start, d.end).trim(), dropped);
    assert.equal(view.text.slice(d.start, d.end).trim(), '');
    assert.ok(view.text.includes('Body two.'));
  });
}

test('the header block is blanked, the body keeps its offsets', () => {
  const text = 'published: 2025-03-09\ntitle: A\n\nBody.';
  const report = makeReport('t.txt', text, 'file', meta, text.indexOf('Body'));
  const view = cleanReport(report);
  assert.equal(view.text.indexOf('Body'), text.indexOf('Body'));
  assert.equal(view.text.slice(0, report.bodyStart).trim(), '');
});

test('an embedded post is found with its signature', () => {
  const text = 'Intro.\n\nFirst line of the post.\n\n\n\nSecond line… — Tomas Reyl (@EstmarkRescue) March 9, 2025\n\nAfter.';
  const [post] = cleanReport(makeReport('t.txt', text, 'file', meta)).embeds;
  assert.ok(post);
  assert.equal(text.slice(post.body.start, post.body.end), 'First line of the post.\n\n\n\nSecond line');
  assert.equal(post.handle, '@EstmarkRescue');
  assert.equal(post.author, 'Tomas Reyl');
  assert.equal(post.date, 'March 9, 2025');
});

test('wire quotation marks become curly ones in the cleaned view, offsets and the quoted words unchanged', () => {
  const text = "published: 2025-03-09\n\n``We stay,'' she said. Rock 'n' roll and ``an unclosed\none.";
  const report = makeReport('wire.txt', text, 'file', meta, 23);
  const { text: cleaned } = cleanReport(report);
  assert.equal(cleaned.length, text.length);
  assert.equal(cleaned.slice(23), " “We stay,”  she said. Rock 'n' roll and  “an unclosed\none.");
});

test('generated text: SIGNATURE never matches text without its trigger', () => {
  const PIECES = [' — ', '-', ' Ana Reyl', 'Ana', ' (@x_1) ', '(@x_1) ', ' (x_1) ', ' @x_1) ', ' ', 'March 9, 2025', '\n'];
  const next = seededFractions(17);
  let matched = 0;
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 3 + Math.floor(next() * 5);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    if (new RegExp(SIGNATURE.source).test(text)) {
      matched++;
      assert.ok(text.includes(SIGNATURE_TRIGGER), JSON.stringify(text));
    }
  }
  assert.ok(matched > 0);
});
