// Options reach every command: a user lexicon (`--lexicon DIR`) changes what each command reads.
// Here the lexicon adds one verb of saying ("murmured"); with it, the quote below has a speaker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT, cli, freshDatabase, pgReachable, startServe } from './helpers/corpus.js';
import { tempDir } from './helpers/tmp.js';

const skip = BUILT ? false : 'dist/ is not built (npm run build): skipping the command tests';
const dir = tempDir('cc-lexicon-');
const lexicon = join(dir, 'lexicon');
mkdirSync(lexicon);
writeFileSync(join(lexicon, 'cue-verbs.json'), '["murmured"]\n');
const report = join(dir, 'bridge.txt');
writeFileSync(report, 'published: 2025-05-02\n\nThe bridge in Ostrel reopened on Friday after repairs. "We kept every promise we made to this town," Mayor Ilse Marrow murmured to the crowd.\n');
const feed = join(dir, 'feed.xml');
writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Ostrel news</title><item><title>Bridge reopens</title><link>https://ostrel.example/bridge</link><pubDate>Fri, 02 May 2025 09:00:00 GMT</pubDate><description>The bridge in Ostrel reopened on Friday after repairs. &quot;We kept every promise we made to this town,&quot; Mayor Ilse Marrow murmured to the crowd.</description></item></channel></rss>`);

const WITH = ['--lexicon', lexicon];
const speakers = (record: { quotes: { speaker: string }[] }) => record.quotes.map((q) => q.speaker).filter((s) => s !== 'unattributed');

/** The stories' records in a store, read through `serve` (without the lexicon: what was stored is what counts). */
async function storedSpeakers(db: string): Promise<string[]> {
  const served = await startServe(db);
  try {
    const list = await (await fetch(`${served.url}/api/stories`)).json() as { id: string }[];
    const out: string[] = [];
    for (const s of list) out.push(...speakers(await (await fetch(`${served.url}/api/stories/${s.id}`)).json() as { quotes: { speaker: string }[] }));
    return out;
  } finally {
    await served.stop();
  }
}

test('extract and analyze read the user lexicon', { skip }, async () => {
  const line = (r: { out: string }) => JSON.parse(r.out.split('\n')[0]!) as { mentions: { kind: string; speaker?: string | null }[] };
  const quoteSpeaker = (r: { out: string }) => line(r).mentions.find((m) => m.kind === 'quote')?.speaker ?? null;
  assert.equal(quoteSpeaker(await cli(['extract', report])), null);
  assert.equal(quoteSpeaker(await cli(['extract', report, ...WITH])), 'Ilse Marrow');
  const plain = JSON.parse((await cli(['analyze', report, '--format', 'json'])).out);
  const read = JSON.parse((await cli(['analyze', report, '--format', 'json', ...WITH])).out);
  assert.deepEqual(speakers(plain), []);
  assert.deepEqual(speakers(read), ['Ilse Marrow']);
});

test('ingest stores what the user lexicon reads', { skip, timeout: 120_000 }, async () => {
  const plain = join(dir, 'plain.db');
  const read = join(dir, 'read.db');
  assert.equal((await cli(['ingest', report, '--db', plain])).code, 0);
  assert.equal((await cli(['ingest', report, '--db', read, ...WITH])).code, 0);
  assert.deepEqual(await storedSpeakers(plain), []);
  assert.deepEqual(await storedSpeakers(read), ['Ilse Marrow']);
});

test('serve annotates uploads with the user lexicon', { skip, timeout: 120_000 }, async () => {
  for (const [extra, want] of [[[], []], [WITH, ['Ilse Marrow']]] as const) {
    const served = await startServe(join(dir, `serve-${want.length}.db`), extra);
    try {
      const up = await fetch(`${served.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'bridge.txt', text: readFileSync(report, 'utf8') }) });
      const body = await up.json() as { story: string };
      assert.equal(up.status, 201, JSON.stringify(body));
      const { story } = body;
      assert.deepEqual(speakers(await (await fetch(`${served.url}/api/stories/${story}`)).json() as { quotes: { speaker: string }[] }), want);
    } finally {
      await served.stop();
    }
  }
});

test('watch reads its feeds with the user lexicon', { skip, timeout: 120_000 }, async () => {
  const plain = join(dir, 'watch-plain.db');
  const read = join(dir, 'watch-read.db');
  assert.equal((await cli(['watch', feed, '--once', '--db', plain])).code, 0);
  assert.equal((await cli(['watch', feed, '--once', '--db', read, ...WITH])).code, 0);
  assert.deepEqual(await storedSpeakers(plain), []);
  assert.deepEqual(await storedSpeakers(read), ['Ilse Marrow']);
});

test('worker annotates its jobs with the user lexicon', { skip, timeout: 180_000 }, async (t) => {
  if (!(await pgReachable())) return t.skip('no PostgreSQL at 127.0.0.1:5432: skipping the worker');
  for (const [extra, want] of [[[], []], [WITH, ['Ilse Marrow']]] as const) {
    const db = await freshDatabase(`lexicon_${want.length}`);
    assert.equal((await cli(['worker', '--db', db, '--enqueue', report])).code, 0);
    const ran = await cli(['worker', '--db', db, '--once', ...extra]);
    assert.equal(ran.code, 0, ran.err);
    assert.deepEqual(await storedSpeakers(db), want);
  }
});
