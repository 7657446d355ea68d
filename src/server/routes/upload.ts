/**
 * POST /api/reports: reports sent as JSON ({name, text | html}, or a list)
 * are read, stored, annotated off the request's thread and reconciled; the
 * answer names the story they joined.
 */
import type { Context as HonoContext, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { formatRunError } from '../../model/errors.js';
import type { Report } from '../../model/report.js';
import { loadBytes } from '../../load/index.js';
import type { OffThreadAnnotator } from '../../pipeline/off-thread.js';
import { makeContext, type Context } from '../../core/context.js';
import type { Options } from '../../core/options.js';
import { annotationOf, failuresOf } from '../../corpus/stored.js';
import { reconcileStore } from '../../corpus/stories.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import { isJsonMediaType } from '../guards.js';
import type { PageEnv } from '../pages.js';

/** Uploads in one request at most: each is read and annotated before the answer. */
const MAX_UPLOADS = 100;

interface Upload { name: string; text?: string; html?: string }

const NAME = /^[\w.-]{1,200}$/;

function validUploads(body: unknown): Upload[] {
  const list = Array.isArray(body) ? body : [body];
  if (list.length === 0 || list.length > MAX_UPLOADS) throw new ApiError(422, 'bad-upload', `send one upload object or an array of 1 to ${MAX_UPLOADS}`);
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

/** The request's uploads: its body must be JSON (a form or a no-CORS fetch cannot send that type, only a same-site script). */
async function uploadsOf(c: HonoContext<PageEnv>): Promise<Upload[]> {
  if (!isJsonMediaType(c.req.header('content-type'))) throw new ApiError(415, 'bad-content-type', 'send JSON (content-type: application/json)');
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'bad-json', 'the request body is not valid JSON');
  }
  return validUploads(body);
}

/** What an upload's storing and annotation hand back: the store's answer, the story it joined, its failures. */
async function storeUploads(uploads: readonly Upload[], store: Store, annotator: OffThreadAnnotator, ctx: Context) {
  const reports = uploads.flatMap((u) => loadBytes(`upload:${u.name}`, new TextEncoder().encode(u.text ?? u.html!), ctx));
  if (reports.length === 0) throw new ApiError(422, 'unreadable', ctx.errors.map(formatRunError).join('; ') || 'no report could be read');
  const stored = await store.putReports(reports);
  // Only what this upload stored is annotated here, off this thread so reads go on meanwhile;
  // reports another process stored and has not annotated yet are its own to annotate.
  const inserted = new Set(stored.inserted);
  const { docs, failed } = await annotator.annotate(reports.filter((r) => inserted.has(r.id)), ctx);
  if (docs.length) await store.putAnnotations(docs.map((d) => annotationOf(d)));
  if (failed.length) await store.putFailures(failuresOf(failed));
  const story = await joinedStory(store, ctx, reports[0]!);
  return { ...stored, story, failed: failed.map((f) => f.report.id), errors: ctx.errors.map(formatRunError) };
}

/** Rebuilds the changed stories; the story the upload joined (or began) is the one holding its first report. */
async function joinedStory(store: Store, ctx: Context, first: Report): Promise<string | null> {
  const { rebuilt } = await reconcileStore(store, ctx, { annotateUnannotated: false });
  // An upload already stored changed no story: it is looked up among those listed.
  const holds = (s: { reports: readonly string[] }) => s.reports.includes(first.id);
  return (rebuilt.find(holds) ?? (await store.listStories()).find(holds))?.id ?? null;
}

export interface UploadRoute {
  readonly store: Store;
  readonly options: Options;
  /** Where uploads are annotated. */
  readonly annotator: () => OffThreadAnnotator;
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** Runs one analysis at a time. */
  readonly serial: <T>(f: () => Promise<T>) => Promise<T>;
}

export function mountUpload(app: Hono<PageEnv>, { store, options, annotator, maxBodyBytes, serial }: UploadRoute): void {
  const limit = bodyLimit({ maxSize: maxBodyBytes, onError: () => {
    throw new ApiError(413, 'too-large', `request body is larger than ${maxBodyBytes} bytes`);
  } });
  app.post('/api/reports', limit, async (c) => {
    const uploads = await uploadsOf(c);
    return serial(async () => c.json(await storeUploads(uploads, store, annotator(), makeContext(options)), 201));
  });
}
