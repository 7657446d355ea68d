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
import { OffThreadAnnotator } from '../pipeline/off-thread.js';
import { makeContext } from '../core/context.js';
import { makeOptions, type Options } from '../core/options.js';
import { annotationOf, docFromLine, failuresOf } from '../corpus/stored.js';
import { reconcileStore } from '../corpus/stories.js';
import { publicRecord, publicReport } from '../render/public.js';
import type { Store } from '../store/store.js';
import { ApiError, handleError } from './errors.js';
import { OPENAPI } from './openapi.js';
import { mountPages, type PageEnv } from './pages.js';

export interface AppOptions {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
  /**
   * Host header values answered (`name:port`, lower case), read at each request; undefined answers
   * any (in-process use). A page on another name that resolves to this address (DNS rebinding) is
   * refused, reads included.
   */
  readonly allowedHosts?: ReadonlySet<string>;
  /** The run's options (`--lexicon`, `--verbose`…): every context the app builds is made from them. */
  readonly options?: Partial<Options>;
  /** Where uploads are annotated; by default a thread of the app's own, under a deadline. */
  readonly annotator?: OffThreadAnnotator;
}

/** The default largest request body: 5 MB. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** Whether a request's content type is exactly JSON: the media type parsed, not searched for (`text/plain; x=application/json` is not). */
export function isJsonMediaType(header: string | undefined): boolean {
  const [type, ...params] = (header ?? '').split(';').map((p) => p.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => !p.startsWith('charset=') || /^charset="?utf-8"?$/.test(p));
}

/**
 * Why a write is refused as coming from another site, or null when it may go on. A browser names
 * the page a request comes from (Origin, Sec-Fetch-Site); a client that names none (curl, a script)
 * is not a page another site could make a visitor's browser send.
 */
export function crossSite(headers: { origin?: string; site?: string; host?: string }): string | null {
  if (headers.site && headers.site !== 'same-origin' && headers.site !== 'none') return `a ${headers.site} request (Sec-Fetch-Site) may not write`;
  if (headers.origin === undefined) return null;
  let origin: URL;
  try {
    origin = new URL(headers.origin);
  } catch {
    return `origin ${JSON.stringify(headers.origin)} may not write`;
  }
  return origin.protocol === 'http:' && origin.host === headers.host?.toLowerCase() ? null : `origin ${headers.origin} may not write (only pages of this server may)`;
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
  let own: OffThreadAnnotator | undefined;
  const runOptions = makeOptions(options.options ?? {});
  const annotator = () => options.annotator ?? (own ??= new OffThreadAnnotator(runOptions));
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
      const doc = (line && docFromLine(report, line)) ?? annotateReports([report], makeContext(runOptions))[0];
      if (doc) docs.push(doc);
    }
    return linkEntitiesAcross(docs);
  };

  app.onError(handleError);
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  app.use('*', async (c, next) => {
    const host = c.req.header('host')?.toLowerCase();
    if (options.allowedHosts && !(host && options.allowedHosts.has(host))) {
      throw new ApiError(421, 'bad-host', `this server does not answer to host ${JSON.stringify(host ?? '')} (serve --allow-host NAME adds a name)`);
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const refused = crossSite({ origin: c.req.header('origin'), site: c.req.header('sec-fetch-site'), host });
      if (refused) throw new ApiError(403, 'cross-origin', refused);
    }
    await next();
  });
  app.use('*', async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    c.set('nonce', nonce);
    await next();
    c.header('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });

  app.get('/openapi.json', (c) => c.json(OPENAPI));

  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  app.post('/api/reports', bodyLimit({ maxSize: maxBody, onError: () => {
    throw new ApiError(413, 'too-large', `request body is larger than ${maxBody} bytes`);
  } }), async (c) => {
    // A type a form or a no-CORS fetch can send (text/plain) is refused: only a same-site script may send JSON.
    if (!isJsonMediaType(c.req.header('content-type'))) throw new ApiError(415, 'bad-content-type', 'send JSON (content-type: application/json)');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError(400, 'bad-json', 'the request body is not valid JSON');
    }
    const uploads = validUploads(body);
    return serial(async () => {
      const ctx = makeContext(runOptions);
      const reports = uploads.flatMap((u) => loadBytes(`upload:${u.name}`, new TextEncoder().encode(u.text ?? u.html!), ctx));
      if (reports.length === 0) throw new ApiError(422, 'unreadable', ctx.errors.map(formatRunError).join('; ') || 'no report could be read');
      const stored = await store.putReports(reports);
      // Only what this upload stored is annotated here, off this thread so reads go on meanwhile;
      // reports another process stored and has not annotated yet are its own to annotate.
      const inserted = new Set(stored.inserted);
      const { docs, failed } = await annotator().annotate(reports.filter((r) => inserted.has(r.id)), ctx);
      if (docs.length) await store.putAnnotations(docs.map((d) => annotationOf(d)));
      if (failed.length) await store.putFailures(failuresOf(failed));
      const { rebuilt } = await reconcileStore(store, ctx, { annotateUnannotated: false });
      // The story the upload joined (or began): the one holding its first report; an upload already stored changed none.
      const holds = (s: { reports: readonly string[] }) => s.reports.includes(reports[0]!.id);
      const story = (rebuilt.find(holds) ?? (await store.listStories()).find(holds))?.id ?? null;
      return c.json({ ...stored, story, failed: failed.map((f) => f.report.id), errors: ctx.errors.map(formatRunError) }, 201);
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

  app.get('/api/status', async (c) => {
    const [reports, pending, failures] = await Promise.all([store.countReports(), store.pending(), store.listFailures()]);
    return c.json({ reports, ...pending, failures });
  });

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

  refuseOtherMethods(app);
  return app;
}

/**
 * Every path the app routes answers the methods it has no handler for with 405 and an Allow header
 * naming those it has (HEAD with GET), instead of falling through to 404. Run after the last route.
 */
function refuseOtherMethods(app: Hono<{ Variables: { nonce: string } }>): void {
  const methods = new Map<string, Set<string>>();
  // Middleware is registered for every method ('ALL'); only routes name theirs.
  for (const r of app.routes) if (r.method !== 'ALL') methods.set(r.path, (methods.get(r.path) ?? new Set()).add(r.method));
  for (const [path, allowed] of methods) {
    const allow = [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].join(', ');
    app.all(path, (c) => {
      c.header('Allow', allow);
      return c.json({ error: { code: 'method-not-allowed', message: `${c.req.method} is not allowed on ${new URL(c.req.url).pathname} (allowed: ${allow})` } }, 405);
    });
  }
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The Host header values a server bound to `host`:`port` answers: the bound address (and, for a
 * loopback address, every loopback name) and each name of `allow`, with the port (and without it on
 * port 80, where browsers leave it out).
 */
export function hostsFor(host: string, port: number, allow: readonly string[] = []): Set<string> {
  const names = LOOPBACK.has(host) ? ['127.0.0.1', 'localhost', '[::1]'] : [host.includes(':') ? `[${host}]` : host];
  const hosts = new Set<string>();
  for (const name of [...names, ...allow].map((n) => n.toLowerCase())) {
    if (/:\d+$/.test(name) && !name.endsWith(']')) hosts.add(name);
    else {
      hosts.add(`${name}:${port}`);
      if (port === 80) hosts.add(name);
    }
  }
  return hosts;
}

/**
 * Serves the app on `host` (127.0.0.1 by default):`port` (0 picks a free port). It answers only
 * requests whose Host header names the bound address or a name of `allowHosts`.
 */
export async function serve(opts: {
  port: number; store: Store; host?: string; allowHosts?: readonly string[]; annotateDeadlineMs?: number; options?: Partial<Options>;
}): Promise<{ url: string; close: () => Promise<void> }> {
  const host = opts.host ?? '127.0.0.1';
  const allowedHosts = new Set<string>();
  const annotator = new OffThreadAnnotator(makeOptions(opts.options ?? {}), opts.annotateDeadlineMs);
  const app = createApp(opts.store, { allowedHosts, annotator, options: opts.options ?? {} });
  return new Promise((resolve, reject) => {
    // A request half sent holds its socket no longer than these (Node's defaults are 60 s and 300 s, checked every 30 s).
    const serverOptions = { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 };
    const server = nodeServe({ fetch: app.fetch, port: opts.port, hostname: host, serverOptions }, (info) => {
      for (const h of hostsFor(host, info.port, opts.allowHosts)) allowedHosts.add(h);
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`,
        close: async () => {
          await new Promise<void>((done) => server.close(() => done()));
          await annotator.close();
        },
      });
    });
    // A port in use or not ours is one line for the user, not a crash.
    server.once('error', (e: NodeJS.ErrnoException) => {
      void annotator.close();
      reject(Object.assign(new Error(e.code === 'EADDRINUSE' ? `port ${opts.port} on ${host} is already in use` : `cannot listen on ${host}:${opts.port} (${e.code ?? e.message})`), { code: e.code }));
    });
  });
}

/** Time a client has to send its request's headers, and the whole request (a 5 MB upload on a slow line fits). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 12_000;
