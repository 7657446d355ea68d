// Load on `crosscheck serve` (127.0.0.1 only, bounded in count): hundreds of concurrent reads of
// every route with uploads among them, then slow and half-sent requests. Every answer is 200/201,
// or 413 where a body is over the limit (429 would be allowed where a rate limit is meant; there
// is none); slow clients do not hold the server. p50/p99 latency and the server's peak memory are
// printed (bench/RESULTS.md records a run); nothing asserts a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { BUILT, cli, prng, seedFor, startServe, storeState, writeCorpus } from './helpers/corpus.js';
import { tempDir } from './helpers/tmp.js';

const skip = BUILT ? false : 'dist/ is not built: run `npm run build` (npm test does)';
const READS = 800;
const CONCURRENCY = 100;
const UPLOADS = 24;

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
/** The process's peak resident memory so far (VmHWM), in MB; null off Linux. */
function peakMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** Runs `jobs` with at most `limit` at a time. */
async function pool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  }));
  return out;
}

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('serve under load: hundreds of concurrent reads and uploads, slow clients, no errors', { skip, timeout: 240_000 }, async (t) => {
  const seed = seedFor('serve load');
  const rnd = prng(seed);
  const dir = tempDir('cc-load-');
  const db = join(dir, 'load.db');
  writeCorpus(join(dir, 'corpus'), 300, seed);
  const ingested = await cli(['ingest', join(dir, 'corpus'), '--db', db, '--workers', '1']);
  assert.equal(ingested.code, 0, ingested.err);
  const { ids } = await storeState(db);
  const server = await startServe(db);
  try {
    const stories = (await (await fetch(`${server.url}/api/stories`)).json()) as { id: string }[];
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
    const routes = [
      () => '/api/stories',
      () => `/api/stories/${pick(stories).id}`,
      () => `/api/reports/${pick(ids)}`,
      () => `/api/search?q=${pick(['Report 1', 'Sunday', 'mayor', 'Oberlin', 'nothing here'])}`,
      () => '/',
      () => `/stories/${pick(stories).id}`,
    ];
    const timed = async (path: string, init?: RequestInit) => {
      const t0 = performance.now();
      const r = await fetch(server.url + path, init);
      await r.arrayBuffer();
      return { path, status: r.status, ms: performance.now() - t0 };
    };
    const reads = Array.from({ length: READS }, () => {
      const path = pick(routes)();
      return () => timed(path);
    });
    // Uploads among the reads: new reports, a repeat of one, and bodies over the 5 MB limit.
    const uploads = Array.from({ length: UPLOADS }, (_, i) => {
      const text = i % 8 === 7 ? 'x'.repeat(6 * 1024 * 1024) : `published: 2025-03-20\n\nUpload ${i % 8 === 6 ? 0 : i}: ${10 + i} residents of Dunmere were moved on Monday, police said.`;
      return () => timed('/api/reports', post({ name: `up-${i}.txt`, text }));
    });
    // Half the reads alone, then the other half with the uploads among them: the two show what
    // uploads (annotated and reconciled on the server's thread) cost the readers.
    const alone = await pool(reads.slice(0, READS / 2), CONCURRENCY);
    const jobs = reads.slice(READS / 2);
    uploads.forEach((u, i) => jobs.splice(Math.floor(((i + 1) * jobs.length) / (UPLOADS + 1)), 0, u));
    const mixed = await pool(jobs, CONCURRENCY);
    const results = [...alone, ...mixed];
    const summary = (list: readonly { ms: number }[]) => {
      const ms = list.map((r) => r.ms).sort((a, b) => a - b);
      return `p50 ${quantile(ms, 0.5).toFixed(0)} ms, p99 ${quantile(ms, 0.99).toFixed(0)} ms`;
    };
    t.diagnostic(`reads alone: ${summary(alone)}; reads among uploads: ${summary(mixed.filter((r) => r.path !== '/api/reports'))}`);

    // A story read may miss (404) only if an upload renamed it: a story takes its earliest report's id.
    const now = new Set(((await (await fetch(`${server.url}/api/stories`)).json()) as { id: string }[]).map((s) => s.id));
    const renamed = (r: { path: string; status: number }) => r.status === 404 && /^\/(api\/)?stories\//.test(r.path) && !now.has(r.path.split('/').pop()!);
    const wrong = results.filter((r) => (r.path === '/api/reports' ? ![201, 413].includes(r.status) : ![200, 429].includes(r.status) && !renamed(r)));
    assert.deepEqual(wrong, [], 'every answer is 200/201, or 413 for a body over the limit');
    assert.equal(results.filter((r) => r.status === 413).length, UPLOADS / 8, 'each oversized upload refused');
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const readMs = results.filter((r) => r.path !== '/api/reports').map((r) => r.ms).sort((a, b) => a - b);
    const byRoute = new Map<string, number[]>();
    for (const r of results) {
      const route = r.path.replace(/[0-9a-f]{16}/, ':id').replace(/\?.*/, '');
      byRoute.set(route, [...(byRoute.get(route) ?? []), r.ms]);
    }
    for (const [route, list] of byRoute) {
      list.sort((a, b) => a - b);
      t.diagnostic(`  ${route}: ${list.length} requests, p50 ${quantile(list, 0.5).toFixed(0)} ms, p99 ${quantile(list, 0.99).toFixed(0)} ms`);
    }
    t.diagnostic(`load: ${results.length} requests (${READS} reads, ${UPLOADS} uploads) at concurrency ${CONCURRENCY}; reads p50 ${quantile(readMs, 0.5).toFixed(0)} ms, p99 ${quantile(readMs, 0.99).toFixed(0)} ms; all p50 ${quantile(ms, 0.5).toFixed(0)} ms, p99 ${quantile(ms, 0.99).toFixed(0)} ms; server peak RSS ${peakMb(server.pid) ?? '?'} MB`);

    // Slow clients: sockets that send half a request line, or headers and half a body, then wait. They
    // name the server's own host and port, as a browser does, so the upload is one the server would read
    // (with a bare "127.0.0.1" it was refused, 421, before its body: another path, not a slow client's).
    const sockets: Socket[] = [];
    const port = Number(new URL(server.url).port);
    const opened = (s: Socket) => new Promise<void>((ok) => s.once('connect', () => ok()));
    for (let i = 0; i < 60; i++) {
      const s = connect(port, '127.0.0.1');
      s.on('error', () => {});
      // Read what the server sends (its 408), or the socket never sees the end of it.
      s.resume();
      sockets.push(s);
      await opened(s);
      s.write(i % 2 ? `GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` : `POST /api/reports HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\ncontent-length: 5000\r\n\r\n{"name":`);
    }
    const during = await pool(Array.from({ length: 60 }, () => () => timed(pick(routes)())), 20);
    assert.deepEqual(during.filter((r) => r.status !== 200), [], 'answers go on while slow clients hold sockets');

    // The server gives up on a request after 10 s (headers) or 12 s (whole request), checked each
    // second. Beside the suite's other test file on 2 cores the half-sent headers were measured closing
    // 10 s after the reads above ended, not after they were sent (the server reads them late while it
    // is busy), and some were still open after 30 s in 5 of 9 full runs. This asserts that they close,
    // not how fast: no test asserts a time.
    await t.test('the server closes half-sent requests within 90 s', async () => {
      const closed = await Promise.all(sockets.map((s) => new Promise<boolean>((ok) => {
        const timer = setTimeout(() => ok(false), 90_000);
        s.once('close', () => {
          clearTimeout(timer);
          ok(true);
        });
      })));
      assert.equal(closed.filter(Boolean).length, sockets.length, `${closed.filter((c) => !c).length} of ${sockets.length} half-sent requests still open after 90 s`);
    });
    for (const s of sockets) s.destroy();
    t.diagnostic(`after slow clients: server peak RSS ${peakMb(server.pid) ?? '?'} MB`);
  } finally {
    const stopped = await server.stop();
    assert.doesNotMatch(stopped.err, /internal error|\n\s+at /);
  }
});
