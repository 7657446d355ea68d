/**
 * The API's reads: one report with its annotations, the stories, one
 * story's record, the store's status, and a search of the reports.
 */
import type { Hono } from 'hono';
import { publicRecord, publicReport } from '../../render/public.js';
import type { Store } from '../../store/store.js';
import { ApiError } from '../errors.js';
import type { PageEnv } from '../pages.js';

/** What a report id is: the first 16 hexadecimal digits of its content hash. */
const REPORT_ID = /^[0-9a-f]{16}$/;
/** A search's shortest and longest query, in characters. */
const QUERY_MIN = 2;
const QUERY_MAX = 200;
/** Reports a search answers at most. */
const SEARCH_LIMIT = 50;

export function mountReads(app: Hono<PageEnv>, store: Store): void {
  app.get('/api/reports/:id', async (c) => {
    const id = c.req.param('id');
    if (!REPORT_ID.test(id)) throw new ApiError(400, 'bad-id', 'a report id is 16 hexadecimal characters');
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
    if (q.length < QUERY_MIN || q.length > QUERY_MAX) throw new ApiError(400, 'bad-query', `q must be ${QUERY_MIN} to ${QUERY_MAX} characters`);
    const hits = await store.search(q, SEARCH_LIMIT);
    return c.json(hits.map((r) => ({ id: r.id, source: publicReport(r).source, title: r.meta.title, outlet: r.meta.outlet, published: r.meta.published })));
  });
}
