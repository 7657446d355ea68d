/**
 * `crosscheck serve`: the HTTP JSON API and the web UI over one store.
 * hono, because it is small, typed and built on web-standard Request and
 * Response: handlers run in process in tests (app.request) exactly as over a
 * socket, and body limits and security headers come as maintained middleware.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serve as nodeServe } from '@hono/node-server';
import type { Doc } from '../model/doc.js';
import { formatRunError } from '../model/errors.js';
import { loadBytes } from '../load/index.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { annotateReports } from '../pipeline/analyze.js';
import { makeContext } from '../core/context.js';
import { docFromLine } from '../corpus/stored.js';
import { reconcileStore } from '../corpus/stories.js';
import { publicRecord, publicReport } from '../render/public.js';
import type { Store } from '../store/store.js';
import { ApiError, handleError } from './errors.js';
import { OPENAPI } from './openapi.js';
import { mountPages, type PageEnv } from './pages.js';

export interface AppOptions {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
}

interface Upload { name: string; text?: string; html?: string }

const NAME = /^[\w.-]{1,200}$/;

function validUploads(body: unknown): Upload[] {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0 || list.length > 100) throw new ApiError(422, 'bad-upload', 'send one upload object or an array of 1 to 100');
  return list.map((u, i) => {
    const at = Array.isArray(body) ? `item ${i + 1}: ` : '';
    if (!u || typeof u !== 'object' || Array.isArray(u)) throw new ApiError(422, 'bad-upload', `${at}expected an object {name, text | html}`);
    const extra = Object.keys(u).filter((k) => !['name', 'text', 'html'].includes(k));
    if (extra.length) throw new ApiError(422, 'unknown-field', `${at}unknown field ${extra.map((k) => JSON.stringify(k)).join(', ')}`);
    const { name, text, html } = u as Record<string, unknown>;
    if (typeof name !== 'string' || !NAME.test(name)) throw new ApiError(422, 'bad-name', `${at}"name" must be a file name of letters, digits, dot, dash or underscore`);
    if (text !== undefined && typeof text !== 'string') throw new ApiError(422, 'bad-type', `${at}"text" must be a string`);
    if (html !== undefined && typeof html !== 'string') throw new ApiError(422, 'bad-type', `${at}"html" must be a string`);
    if ((text === undefined) === (html === undefined)) throw new ApiError(422, 'bad-upload', `${at}give exactly one of "text" or "html"`);
    return { name, text: text as string | undefined, html: html as string | undefined };
  });
}

export function createApp(store: Store, options: AppOptions = {}): Hono<PageEnv> {
  const app = new Hono<PageEnv>();
  // One analysis at a time: uploads racing each other would rebuild the same story twice.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const run = queue.then(f, f);
    queue = run.catch(() => undefined);
    return run;
  };

  /** A story's documents from their stored lines, in the record's order; a report without one is annotated. */
  const docsOf = async (ids: readonly string[]): Promise<Doc[]> => {
    const docs: Doc[] = [];
    for (const id of ids) {
      const report = await store.getReport(id);
      if (!report) continue;
      const line = await store.getAnnotations(id);
      const doc = (line && docFromLine(report, line)) ?? annotateReports([report], makeContext())[0];
      if (doc) docs.push(doc);
    }
    return linkEntitiesAcross(docs);
  };

  app.onError(handleError);
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.use('*', async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    c.set('nonce', nonce);
    await next();
    c.header('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/openapi.json', (c) => c.json(OPENAPI));

  app.post('/api/reports', bodyLimit({ maxSize: options.maxBodyBytes ?? 5 * 1024 * 1024, onError: () => {
    throw new ApiError(413, 'too-large', `request body is larger than ${options.maxBodyBytes ?? 5 * 1024 * 1024} bytes`);
  } }), async (c) => {
    if (!(c.req.header('content-type') ?? '').includes('application/json')) throw new ApiError(415, 'bad-content-type', 'send JSON (content-type: application/json)');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'bad-json', 'the request body is not valid JSON');
    }
    const uploads = validUploads(body);
    return serial(async () => {
      const ctx = makeContext();
      const reports = uploads.flatMap((u) => loadBytes(`upload:${u.name}`, new TextEncoder().encode(u.text ?? u.html!), ctx));
      if (reports.length === 0) throw new ApiError(422, 'unreadable', ctx.errors.map(formatRunError).join('; ') || 'no report could be read');
      const stored = await store.putReports(reports);
      const { rebuilt } = await reconcileStore(store, ctx, { annotateUnannotated: true });
      // The story the upload joined (or began): the one holding its first report; an upload already stored changed none.
      const holds = (s: { reports: readonly string[] }) => s.reports.includes(reports[0]!.id);
      const story = (rebuilt.find(holds) ?? (await store.listStories()).find(holds))?.id ?? null;
      return c.json({ ...stored, story, errors: ctx.errors.map(formatRunError) }, 201);
    });
  });

  app.get('/api/reports/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f]{16}$/.test(id)) throw new ApiError(400, 'bad-id', 'a report id is 16 hexadecimal characters');
    const report = await store.getReport(id);
    if (!report) throw new ApiError(404, 'not-found', `no report ${id}`);
    const annotations = await store.getAnnotations(id);
    return c.json({ report: publicReport(report), annotations: annotations && { ...annotations, report: publicReport(annotations.report) } });
  });

  app.get('/api/stories', async (c) => c.json(await store.listStories()));

  app.get('/api/stories/:id', async (c) => {
    const story = await store.getStory(c.req.param('id'));
    if (!story) throw new ApiError(404, 'not-found', `no story ${c.req.param('id')}`);
    return c.json(publicRecord(story.record));
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query('q') ?? '';
    if (q.length < 2 || q.length > 200) throw new ApiError(400, 'bad-query', 'q must be 2 to 200 characters');
    const hits = await store.search(q, 50);
    return c.json(hits.map((r) => ({ id: r.id, source: publicReport(r).source, title: r.meta.title, outlet: r.meta.outlet, published: r.meta.published })));
  });

  mountPages(app, store, docsOf);

  return app;
}

/** Serves the app on 127.0.0.1:`port` (0 picks a free port). */
export async function serve(opts: { port: number; store: Store; host?: string }): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createApp(opts.store);
  return new Promise((resolve) => {
    const server = nodeServe({ fetch: app.fetch, port: opts.port, hostname: opts.host ?? '127.0.0.1' }, (info) => {
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
