/**
 * The PostgreSQL store: the same schema and migrations as SQLite, for many
 * users and many workers. Migrations run under an advisory lock so workers
 * starting together do not race.
 */
import pg from 'pg';
import type { ExtractLine, StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { StoryKeys } from '../model/story.js';
import { SEARCH_LIMIT, failureFromRow, inOrder, keyedFromRow, likePattern, type Annotated, type IngestResult, type Store } from './store.js';
import { MIGRATIONS } from './migrations.js';

/** Advisory lock keys: one for running migrations, one for `exclusive` (reconciling). */
const MIGRATION_LOCK = 74210317;
const RECONCILE_LOCK = 74210318;
/** Connections the pool opens at most. */
const POOL_SIZE = 4;

type AnnotatedRow = { report: Report; line: ExtractLine | null };
type StoryRowData = { id: string; title: string; reports: string[]; updated_at: string };

const rowToKeyed = (x: { keys: StoryKeys; duplicate_of: string | null }) => keyedFromRow(x.keys, x.duplicate_of);
const rowToAnnotated = (x: AnnotatedRow): Annotated => ({ report: x.report, line: x.line });
const rowToStory = (r: StoryRowData) => ({ id: r.id, title: r.title, reports: r.reports, updatedAt: r.updated_at });
/** An id given twice in one batch keeps its last entry (one row may not be upserted twice in a statement). */
const lastOfEach = <E extends { reportId: string }>(entries: readonly E[]) => [...new Map(entries.map((e) => [e.reportId, e])).values()];

async function upsertStory(db: pg.Pool | pg.PoolClient, id: string, title: string, record: StoryRecord): Promise<void> {
  await db.query(`INSERT INTO stories (id, title, reports, record, updated_at) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, reports = EXCLUDED.reports, record = EXCLUDED.record, updated_at = EXCLUDED.updated_at`,
    [id, title, JSON.stringify(record.reports.map((r) => r.id)), JSON.stringify(record), new Date().toISOString()]);
}

/** Runs `fn` as one transaction on `c`: committed whole, or rolled back and the error rethrown. */
async function inTransaction<T>(c: pg.PoolClient, fn: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    const out = await fn();
    await c.query('COMMIT');
    return out;
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  }
}

/** `fn` in one transaction on a client of its own, released afterwards. */
async function transaction<T>(pool: pg.Pool, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    return await inTransaction(c, () => fn(c));
  } finally {
    c.release();
  }
}

/** `fn` on a client of its own holding the advisory lock `key`; the lock is let go and the client released however `fn` ends. */
async function underLock<T>(pool: pg.Pool, key: number, fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [key]);
    return await fn(c);
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => {});
    c.release();
  }
}

/** Runs the migrations not yet run, each in its own transaction, under a lock so workers starting together do not race. */
async function migrate(pool: pg.Pool): Promise<void> {
  await underLock(pool, MIGRATION_LOCK, async (client) => {
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const done = new Set((await client.query('SELECT id FROM schema_migrations')).rows.map((r: { id: number }) => r.id));
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await inTransaction(client, async () => {
        await client.query(m.sql('JSONB'));
        await client.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      });
    }
  });
}

type ReportMethods = Pick<Store, 'putReports' | 'getReport' | 'getReports' | 'listReports' | 'countReports' | 'search'>;

function reportMethods(pool: pg.Pool): ReportMethods {
  return {
    async putReports(reports): Promise<IngestResult> {
      const inserted: string[] = [];
      const existing: string[] = [];
      await transaction(pool, async (c) => {
        for (const r of reports) {
          const res = await c.query(
            'INSERT INTO reports (id, content_hash, source, title, body, report) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (content_hash) DO NOTHING',
            [r.id, r.contentHash, r.source, r.meta.title, r.text, JSON.stringify(r)]);
          (res.rowCount ? inserted : existing).push(r.id);
        }
      });
      return { inserted, existing };
    },
    async getReport(id) {
      const r = await pool.query('SELECT report FROM reports WHERE id = $1', [id]);
      return (r.rows[0]?.report as Report | undefined) ?? null;
    },
    async getReports(ids) {
      const r = await pool.query('SELECT report FROM reports WHERE id = ANY($1)', [ids]);
      return inOrder(ids, r.rows.map((x: { report: Report }) => x.report), (report) => report.id);
    },
    async listReports(opts = {}) {
      const r = await pool.query('SELECT report FROM reports ORDER BY seq LIMIT $1 OFFSET $2', [opts.limit ?? null, opts.offset ?? 0]);
      return r.rows.map((x: { report: Report }) => x.report);
    },
    async countReports() {
      return Number((await pool.query('SELECT count(*) AS n FROM reports')).rows[0].n);
    },
    async search(q, limit = SEARCH_LIMIT) {
      const r = await pool.query('SELECT report FROM reports WHERE body ILIKE $1 OR title ILIKE $1 ORDER BY seq LIMIT $2', [likePattern(q), limit]);
      return r.rows.map((x: { report: Report }) => x.report);
    },
  };
}

type AnnotationMethods = Pick<Store, 'putAnnotations' | 'putFailures' | 'listFailures' | 'pending' | 'getAnnotations' | 'listAnnotated'>;

function annotationMethods(pool: pg.Pool): AnnotationMethods {
  return {
    async putAnnotations(entries) {
      // One statement for the batch.
      const last = lastOfEach(entries);
      await transaction(pool, async (c) => {
        await c.query(`INSERT INTO annotations (report_id, line, keys) SELECT * FROM unnest($1::text[], $2::jsonb[], $3::jsonb[])
          ON CONFLICT (report_id) DO UPDATE SET line = EXCLUDED.line, keys = EXCLUDED.keys, duplicate_of = NULL`,
        [last.map((e) => e.reportId), last.map((e) => JSON.stringify(e.line)), last.map((e) => JSON.stringify(e.keys))]);
        await c.query('DELETE FROM failures WHERE report_id = ANY($1)', [last.map((e) => e.reportId)]);
      });
    },
    async putFailures(entries) {
      const last = lastOfEach(entries);
      await pool.query(`INSERT INTO failures (report_id, code, message, failed_at) SELECT *, $4 FROM unnest($1::text[], $2::text[], $3::text[])
        ON CONFLICT (report_id) DO UPDATE SET code = EXCLUDED.code, message = EXCLUDED.message, failed_at = EXCLUDED.failed_at`,
      [last.map((e) => e.reportId), last.map((e) => e.code), last.map((e) => e.message), new Date().toISOString()]);
    },
    async listFailures() {
      const r = await pool.query('SELECT f.report_id, f.code, f.message, f.failed_at, r.source FROM failures f JOIN reports r ON r.id = f.report_id ORDER BY r.seq');
      return r.rows.map(failureFromRow);
    },
    async pending() {
      const r = await pool.query(`SELECT
        (SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.report_id = r.id) AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.report_id = r.id)) AS unannotated,
        (SELECT count(*) FROM failures) AS failed`);
      // The queue is graphile-worker's, made by the first worker; a store no worker used has none.
      const queue = await pool.query(`SELECT to_regclass('graphile_worker._private_jobs') IS NOT NULL AS made`);
      const queued = queue.rows[0].made ? Number((await pool.query('SELECT count(*) AS n FROM graphile_worker._private_jobs')).rows[0].n) : 0;
      return { unannotated: Number(r.rows[0].unannotated), failed: Number(r.rows[0].failed), queued };
    },
    async getAnnotations(id) {
      return ((await pool.query('SELECT line FROM annotations WHERE report_id = $1', [id])).rows[0]?.line as ExtractLine | undefined) ?? null;
    },
    async listAnnotated(ids) {
      const r = await pool.query('SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id WHERE r.id = ANY($1)', [ids]);
      return inOrder(ids, r.rows.map(rowToAnnotated), (a) => a.report.id);
    },
  };
}

type KeyMethods = Pick<Store, 'listStoryKeys' | 'getStoryKeys' | 'putDuplicates' | 'listUnkeyed'>;

function keyMethods(pool: pg.Pool): KeyMethods {
  return {
    async listStoryKeys(page) {
      const r = await pool.query('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id > $1 ORDER BY report_id LIMIT $2', [page.after ?? '', page.limit]);
      return r.rows.map(rowToKeyed);
    },
    async getStoryKeys(ids) {
      const r = await pool.query('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id = ANY($1)', [ids]);
      return inOrder(ids, r.rows.map(rowToKeyed), (k) => k.keys.id);
    },
    async putDuplicates(found) {
      await pool.query(`UPDATE annotations a SET duplicate_of = f.d FROM unnest($1::text[], $2::text[]) AS f(id, d) WHERE a.report_id = f.id`,
        [found.map((f) => f.reportId), found.map((f) => f.duplicateOf ?? '')]);
    },
    async listUnkeyed({ unannotated }) {
      const r = await pool.query(`SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id
        WHERE a.keys IS NULL${unannotated ? ' AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.report_id = r.id)' : ' AND a.line IS NOT NULL'} ORDER BY r.seq`);
      return r.rows.map(rowToAnnotated);
    },
  };
}

type StoryMethods = Pick<Store, 'putStory' | 'replaceStoriesFor' | 'getStory' | 'listStories'>;

function storyMethods(pool: pg.Pool): StoryMethods {
  return {
    async putStory(id, title, record) {
      await upsertStory(pool, id, title, record);
    },
    async replaceStoriesFor(ids, stories) {
      await transaction(pool, async (c) => {
        await c.query('DELETE FROM stories WHERE id = ANY($1) AND NOT (id = ANY($2))', [ids, stories.map((s) => s.id)]);
        for (const s of stories) await upsertStory(c, s.id, s.title, s.record);
      });
    },
    async getStory(id) {
      const r = (await pool.query('SELECT * FROM stories WHERE id = $1', [id])).rows[0] as (StoryRowData & { record: StoryRecord }) | undefined;
      return r ? { row: rowToStory(r), record: r.record } : null;
    },
    async listStories() {
      return (await pool.query('SELECT id, title, reports, updated_at FROM stories ORDER BY updated_at DESC')).rows.map(rowToStory);
    },
  };
}

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  await migrate(pool);
  return {
    dialect: 'postgres',
    ...reportMethods(pool),
    ...annotationMethods(pool),
    ...keyMethods(pool),
    ...storyMethods(pool),
    exclusive: (fn) => underLock(pool, RECONCILE_LOCK, () => fn()),
    async close() {
      await pool.end();
    },
  };
}
