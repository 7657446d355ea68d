/**
 * `crosscheck serve`: the HTTP JSON API and the web UI over one store.
 * hono, because it is small, typed and built on web-standard Request and
 * Response: handlers run in process in tests (app.request) exactly as over a
 * socket, and body limits and security headers come as maintained middleware.
 */
import { Hono } from 'hono';
import { serve as nodeServe } from '@hono/node-server';
import type { Doc } from '../model/doc.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { annotateReports } from '../pipeline/analyze.js';
import { OffThreadAnnotator } from '../pipeline/off-thread.js';
import { makeContext } from '../core/context.js';
import { makeOptions, type Options } from '../core/options.js';
import { docFromLine } from '../corpus/stored.js';
import type { Store } from '../store/store.js';
import { handleError } from './errors.js';
import { guardRequests, securityHeaders } from './guards.js';
import { OPENAPI } from './openapi.js';
import { mountPages, type PageEnv } from './pages.js';
import { mountReads } from './routes/reads.js';
import { mountUpload } from './routes/upload.js';

export { crossSite, isJsonMediaType } from './guards.js';

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

/** `f`s run one after another, each when the one before has settled, failed or not. */
function serialized(): <T>(f: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(f: () => Promise<T>): Promise<T> => {
    const run = queue.then(f, f);
    queue = run.catch(() => undefined);
    return run;
  };
}

/** A story's documents from their stored lines, in the record's order; a report without one is annotated. */
function docsReader(store: Store, options: Options): (ids: readonly string[]) => Promise<Doc[]> {
  return async (ids) => {
    const docs: Doc[] = [];
    for (const id of ids) {
      const report = await store.getReport(id);
      if (!report) continue;
      const line = await store.getAnnotations(id);
      const doc = (line && docFromLine(report, line)) ?? annotateReports([report], makeContext(options))[0];
      if (doc) docs.push(doc);
    }
    return linkEntitiesAcross(docs);
  };
}

export function createApp(store: Store, options: AppOptions = {}): Hono<PageEnv> {
  const app = new Hono<PageEnv>();
  const runOptions = makeOptions(options.options ?? {});
  let own: OffThreadAnnotator | undefined;
  const annotator = () => options.annotator ?? (own ??= new OffThreadAnnotator(runOptions));
  app.onError(handleError);
  app.notFound((c) => c.json({ error: { code: 'not-found', message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` } }, 404));
  guardRequests(app, options.allowedHosts);
  securityHeaders(app);
  app.get('/openapi.json', (c) => c.json(OPENAPI));
  // One analysis at a time: uploads racing each other would rebuild the same story twice.
  mountUpload(app, { store, options: runOptions, annotator, maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES, serial: serialized() });
  mountReads(app, store);
  mountPages(app, store, docsReader(store, runOptions));
  // Last: it reads the routes mounted before it.
  refuseOtherMethods(app);
  return app;
}

/**
 * Every path the app routes answers the methods it has no handler for with 405 and an Allow header
 * naming those it has (HEAD with GET), instead of falling through to 404. Run after the last route.
 */
function refuseOtherMethods(app: Hono<PageEnv>): void {
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
    const serverOptions = { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: CONNECTIONS_CHECK_MS };
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
/** How often Node checks those two deadlines. */
const CONNECTIONS_CHECK_MS = 1_000;
