// The HTTP API, in process (app.request) and over a real socket.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '../src/store/index.js';
import { createApp, serve } from '../src/server/app.js';

const ROOT = resolve(import.meta.dirname, '..');
const example = readFileSync(join(ROOT, 'examples', '01-estmark-courier.txt'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const body = async (r: Response): Promise<Json> => r.json();
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('upload, list stories, read the record and a report, search', async () => {
  const store = await openStore(':memory:');
  const app = createApp(store);
  const up = await app.request('/api/reports', json({ name: 'courier.txt', text: example }));
  assert.equal(up.status, 201);
  const stored = await body(up);
  assert.equal(stored.inserted.length, 1);
  const stories = await body(await app.request('/api/stories'));
  assert.equal(stories.length, 1);
  const record = await body(await app.request(`/api/stories/${stories[0].id}`));
  assert.equal(record.schema, 'crosscheck/1');
  const report = await body(await app.request(`/api/reports/${stored.inserted[0]}`));
  assert.equal(report.annotations.schema, 'crosscheck/1');
  const hits = await body(await app.request('/api/search?q=levee'));
  assert.equal(hits.length, 1);
  const spec = await body(await app.request('/openapi.json'));
  assert.equal(spec.openapi, '3.1.0');
  await store.close();
});

const badRequests: [string, RequestInit, number, RegExp][] = [
  ['invalid JSON', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name": ' }, 400, /not valid JSON/],
  ['unknown field', json({ name: 'a.txt', text: 'x y', colour: 'red' }), 422, /unknown field "colour"/],
  ['wrong type', json({ name: 'a.txt', text: 42 }), 422, /"text" must be a string/],
  ['path in name', json({ name: '../../etc/passwd', text: 'x' }), 422, /file name/],
  ['neither text nor html', json({ name: 'a.txt' }), 422, /exactly one/],
  ['not JSON at all', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' }, 415, /JSON/],
  ['too large', json({ name: 'a.txt', text: 'x'.repeat(6 * 1024 * 1024) }), 413, /larger than/],
  ['empty text', json({ name: 'a.txt', text: '   ' }), 422, /empty/],
];
for (const [name, init, status, message] of badRequests) {
  test(`bad request gives ${status}: ${name}`, async () => {
    const store = await openStore(':memory:');
    const res = await createApp(store).request('/api/reports', init);
    assert.equal(res.status, status);
    const parsed = await body(res);
    assert.match(parsed.error.message, message);
    assert.equal(await store.countReports(), 0);
    await store.close();
  });
}

test('unknown ids and routes are 4xx with a message', async () => {
  const store = await openStore(':memory:');
  const app = createApp(store);
  assert.equal((await app.request('/api/reports/nothex')).status, 400);
  assert.equal((await app.request('/api/reports/0123456789abcdef')).status, 404);
  assert.equal((await app.request('/api/stories/none')).status, 404);
  assert.equal((await app.request('/api/search?q=a')).status, 400);
  assert.equal((await app.request('/nowhere')).status, 404);
  await store.close();
});

test('over a real socket: 50 parallel uploads of one report store it once; pages carry a CSP', async () => {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  try {
    const results = await Promise.all(Array.from({ length: 50 }, () => fetch(`${server.url}/api/reports`, json({ name: 'same.txt', text: example }))));
    assert.ok(results.every((r) => r.status === 201));
    assert.equal(await store.countReports(), 1);
    const home = await fetch(`${server.url}/`);
    assert.match(home.headers.get('content-security-policy') ?? '', /script-src 'nonce-/);
    assert.match(await home.text(), /Stories/);
  } finally {
    await server.close();
    await store.close();
  }
});
