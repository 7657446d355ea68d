// The server over a real socket: writes only as JSON, only to its own names and from its own pages;
// 405 with Allow for a method a path does not take; reads answered while an upload is annotated;
// an upload annotates only what it stored, and a report past the annotation bound is a stored failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { openStore } from '../src/store/index.js';
import { crossSite, hostsFor, isJsonMediaType, serve } from '../src/server/app.js';
import { loadBytes } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { MAX_ANNOTATE_CHARS } from '../src/pipeline/analyze.js';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** One request with exactly these headers (fetch will not send a Host of our choosing). */
function send(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { ...opts.headers, ...(opts.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(opts.body)) }) };
    const req = request(url, { method: opts.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const upload = (name: string, text: string) => JSON.stringify({ name, text });
const REPORT = 'published: 2025-03-06\n\nOn Tuesday the Harrow Water Board said 37 families had left the low streets, and 120 people were moved before noon.';
const post = (url: string, headers: Record<string, string>, body = upload('a.txt', REPORT)) => send(`${url}/api/reports`, { method: 'POST', headers, body });

test('the media type is parsed, not searched for', () => {
  for (const ok of ['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"']) assert.ok(isJsonMediaType(ok), ok);
  for (const bad of [undefined, '', 'text/plain; x=application/json', 'text/plain;application/json', 'application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1', 'multipart/form-data; boundary=application/json']) {
    assert.ok(!isJsonMediaType(bad), String(bad));
  }
});

test('a write from another site is refused; a same-origin page or a client naming no page may write', () => {
  const host = '127.0.0.1:8080';
  assert.equal(crossSite({ host }), null);
  assert.equal(crossSite({ host, origin: 'http://127.0.0.1:8080', site: 'same-origin' }), null);
  assert.equal(crossSite({ host, site: 'none' }), null);
  for (const refused of [{ origin: 'http://evil.example' }, { origin: 'null' }, { origin: 'https://127.0.0.1:8080' }, { origin: 'http://127.0.0.1:9999' }, { site: 'cross-site' }, { site: 'same-site' }]) {
    assert.ok(crossSite({ host, ...refused }), JSON.stringify(refused));
  }
});

test('the hosts answered: every loopback name for a loopback address, and the names allowed', () => {
  assert.deepEqual([...hostsFor('127.0.0.1', 8080)].sort(), ['127.0.0.1:8080', '[::1]:8080', 'localhost:8080']);
  assert.deepEqual([...hostsFor('10.0.0.5', 80, ['News.Internal', 'proxy:8443'])].sort(), ['10.0.0.5', '10.0.0.5:80', 'news.internal', 'news.internal:80', 'proxy:8443']);
});

test('over a socket: content type, Host and origin rules hold on every write, and nothing is stored by a refused one', async () => {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store, allowHosts: ['news.internal'] });
  const { port } = new URL(server.url);
  try {
    const json = { 'content-type': 'application/json' };
    const refused: [string, Record<string, string>, number, RegExp][] = [
      ['a CORS-simple content type that mentions JSON', { 'content-type': 'text/plain; x=application/json' }, 415, /send JSON/],
      ['another site\'s page', { ...json, origin: 'http://evil.example' }, 403, /origin http:\/\/evil\.example/],
      ['a cross-site fetch', { ...json, 'sec-fetch-site': 'cross-site' }, 403, /cross-site/],
      ['a name that rebinds to this address', { ...json, host: `evil.example:${port}` }, 421, /does not answer to host/],
    ];
    for (const [what, headers, status, message] of refused) {
      const r = await post(server.url, headers);
      assert.equal(r.status, status, what);
      assert.match(JSON.parse(r.body).error.message, message, what);
    }
    assert.equal(await store.countReports(), 0);
    // Reads are refused to a foreign name too: a rebinding page could otherwise read the store.
    assert.equal((await send(`${server.url}/api/stories`, { headers: { host: `evil.example:${port}` } })).status, 421);
    assert.equal((await send(`${server.url}/api/stories`, { headers: { host: `localhost:${port}` } })).status, 200);
    assert.equal((await send(`${server.url}/api/stories`, { headers: { host: `news.internal:${port}` } })).status, 200);
    const own = await post(server.url, { 'content-type': 'application/json; charset=utf-8', origin: `http://127.0.0.1:${port}`, 'sec-fetch-site': 'same-origin' });
    assert.equal(own.status, 201, own.body);
    assert.equal(await store.countReports(), 1);
  } finally {
    await server.close();
    await store.close();
  }
});

test('over a socket: a method a path does not take is 405 with Allow; an unknown path stays 404', async () => {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  try {
    const cases: [string, string, string][] = [
      ['DELETE', '/api/reports', 'POST'],
      ['GET', '/api/reports', 'POST'],
      ['PUT', '/api/stories', 'GET, HEAD'],
      ['POST', '/api/stories/abc', 'GET, HEAD'],
      ['PATCH', '/', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const r = await send(`${server.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
      assert.equal(r.status, 405, `${method} ${path}`);
      assert.equal(r.headers['allow'], allow, `${method} ${path}`);
      assert.match(JSON.parse(r.body).error.message, new RegExp(`${method} is not allowed`));
    }
    assert.equal((await send(`${server.url}/nowhere`, { method: 'DELETE' })).status, 404);
    assert.equal((await send(`${server.url}/api/stories`, { method: 'HEAD' })).status, 200);
  } finally {
    await server.close();
    await store.close();
  }
});

/** A long report of our own sentences, about `kb` kilobytes. */
function longText(kb: number): string {
  const paragraph = 'On Tuesday, March 4, Mayor Tilda Versen said 37 families had left the low streets. "We moved 120 people before noon," Versen said. Engineer Paulo Drake said the pumps ran 14 hours a day for three weeks.';
  let text = 'published: 2025-03-06\n\n';
  while (text.length < kb * 1024) text += paragraph + '\n\n';
  return text;
}

test('over a socket: reads are answered while an upload is annotated, and the upload leaves other writers\' reports alone', async () => {
  const store = await openStore(':memory:');
  // A report another process stored and has not annotated yet: the server must not annotate it.
  const [theirs] = loadBytes('theirs.txt', new TextEncoder().encode('published: 2025-03-05\n\nCrews of the Harrow Water Board cleared 12 drains on Monday.'), makeContext());
  await store.putReports([theirs!]);
  const server = await serve({ port: 0, store });
  try {
    assert.equal((await post(server.url, {}, '')).status, 415);
    const t0 = performance.now();
    let uploaded = false;
    const up = post(server.url, { 'content-type': 'application/json' }, upload('long.txt', longText(100))).then((r) => {
      uploaded = true;
      return r;
    });
    const reads: number[] = [];
    while (!uploaded) {
      const r0 = performance.now();
      assert.equal((await send(`${server.url}/api/stories`)).status, 200);
      if (!uploaded) reads.push(performance.now() - r0);
    }
    const r = await up;
    const took = performance.now() - t0;
    assert.equal(r.status, 201, r.body);
    assert.ok(JSON.parse(r.body).story, r.body);
    // Annotating on the server's own thread answered no read until the upload was done.
    assert.ok(reads.length >= 3, `${reads.length} reads answered during an upload of ${took.toFixed(0)} ms`);
    // Building the story stays on the server's thread, so one read may wait for it; most must not wait at all.
    const median = [...reads].sort((a, b) => a - b)[Math.floor(reads.length / 2)]!;
    assert.ok(median < took / 4, `the median read took ${median.toFixed(0)} ms of the upload's ${took.toFixed(0)} ms`);
    assert.equal(await store.getAnnotations(theirs!.id), null, 'another writer\'s report was annotated by the server');
    const status = JSON.parse((await send(`${server.url}/api/status`)).body);
    assert.deepEqual({ reports: status.reports, unannotated: status.unannotated, failed: status.failed }, { reports: 2, unannotated: 1, failed: 0 });
  } finally {
    await server.close();
    await store.close();
  }
});

test('over a socket: a report past the annotation bound is stored as failed with its reason; the next upload is annotated', async () => {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  try {
    const json = { 'content-type': 'application/json' };
    const big = await post(server.url, json, upload('huge.txt', 'published: 2025-03-06\n\n' + 'The river rose. '.repeat(Math.ceil(MAX_ANNOTATE_CHARS / 16) + 10)));
    assert.equal(big.status, 201, big.body);
    const stored = JSON.parse(big.body);
    assert.deepEqual(stored.failed, stored.inserted);
    assert.equal(stored.story, null);
    assert.match(stored.errors.join('\n'), /CC111 upload:huge\.txt: too long to annotate/);
    const status = JSON.parse((await send(`${server.url}/api/status`)).body);
    assert.equal(status.failed, 1);
    assert.equal(status.unannotated, 0);
    assert.deepEqual(status.failures.map((f: { reportId: string; source: string; code: string }) => [f.reportId, f.source, f.code]), [[stored.inserted[0], 'upload:huge.txt', 'CC111']]);
    const next = await post(server.url, json);
    assert.equal(next.status, 201, next.body);
    assert.ok(JSON.parse(next.body).story);
    assert.equal((await store.listStories()).length, 1);
  } finally {
    await server.close();
    await store.close();
  }
});
