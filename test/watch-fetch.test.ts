// watch over HTTP from a local server: a body is capped after decompression (a small gzip of a huge
// body is dropped at the cap, not read whole), nothing is left in the temporary folder whatever
// happens, and every error names the feed URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import { openStore } from '../src/store/index.js';
import { makeContext } from '../src/core/context.js';
import { pollOnce } from '../src/cli/commands/watch.js';
import { tempDir } from './helpers/tmp.js';

const CAP = 1024 * 1024;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harrow Courier</title>
<item><title>Pumps</title><pubDate>Thu, 06 Mar 2025 09:00:00 GMT</pubDate><link>https://courier.example/2025/03/06/pumps</link>
<description>The Harrow Water Board said on Wednesday that 37 families had left the low streets.</description></item></channel></rss>`;

/** What the server saw of the last huge answer: how much it fed in, and whether the client hung up first. */
const huge = { fed: 0, cutShort: false, closed: Promise.resolve() };
let server: Server;
let base = '';

/** Writes `total` bytes of one repeated letter to `out`, honouring back-pressure, until done or the client hangs up. */
async function pour(out: NodeJS.WritableStream & { destroyed: boolean }, total: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  while (huge.fed < total && !out.destroyed) {
    huge.fed += chunk.length;
    if (!out.write(chunk)) {
      await new Promise<void>((r) => {
        const go = () => {
          out.off('drain', go);
          out.off('close', go);
          r();
        };
        out.once('drain', go);
        out.once('close', go);
      });
    }
  }
  out.end();
}

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    } else if (req.url === '/gzip-bomb' || req.url === '/endless') {
      huge.fed = 0;
      huge.cutShort = false;
      huge.closed = new Promise((closed) => res.on('close', () => {
        huge.cutShort = !res.writableFinished;
        closed();
      }));
      const gzip = req.url === '/gzip-bomb';
      res.writeHead(200, { 'content-type': 'application/rss+xml', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      if (!gzip) void pour(res, 1024 * CAP);
      else {
        const z = createGzip({ level: 1 });
        z.pipe(res);
        res.on('close', () => z.destroy());
        void pour(z, 1024 * CAP);
      }
    } else if (req.url === '/broken') {
      res.writeHead(200).end('<rss><channel><item><title>cut off');
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('a gzip bomb and an endless body stop at the cap; errors name the feed URL; no scratch file is left', async () => {
  const scratch = tempDir('cc-watch-tmp-');
  const saved = process.env['TMPDIR'];
  process.env['TMPDIR'] = scratch;
  const store = await openStore(':memory:');
  try {
    const ctx = makeContext({ maxInputBytes: CAP });
    const lines = await pollOnce([`${base}/gzip-bomb`, `${base}/feed`, `${base}/broken`, `${base}/missing`], store, ctx);
    await huge.closed;
    assert.ok(huge.cutShort, 'the client read the gzip bomb to its end');
    // Reading stopped at the cap: the server had fed in a small part of the 1 GB it would have sent.
    assert.ok(huge.fed < 256 * CAP, `the server fed ${huge.fed} bytes before the client hung up`);
    assert.equal(lines[0], '1 new report(s)');
    assert.deepEqual((await store.listReports()).map((r) => r.source), [`${base}/feed#1`]);
    assert.deepEqual(ctx.errors.map((e) => [e.code, e.input]), [
      ['CC104', `${base}/gzip-bomb`], ['CC107', `${base}/broken`], ['CC105', `${base}/missing`],
    ]);
    assert.match(ctx.errors[0]!.message, new RegExp(`larger than ${CAP} bytes once decompressed`));
    assert.match(ctx.errors[2]!.message, /HTTP 404/);

    const endless = makeContext({ maxInputBytes: CAP });
    await pollOnce([`${base}/endless`], store, endless);
    await huge.closed;
    assert.ok(huge.cutShort && huge.fed < 256 * CAP, `the server fed ${huge.fed} bytes of an endless body`);
    assert.deepEqual(endless.errors.map((e) => [e.code, e.input]), [['CC104', `${base}/endless`]]);
    assert.deepEqual(readdirSync(scratch), [], 'watch left files in the temporary folder');
  } finally {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    await store.close();
  }
});
