/**
 * The SQLite store: one file, WAL mode, each batch one transaction.
 */
import Database from 'better-sqlite3';
import type { ExtractLine, StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { StoryKeys } from '../model/story.js';
import { SEARCH_LIMIT, failureFromRow, inOrder, keyedFromRow, likePattern, type Annotated, type AnnotationInput, type FailureInput, type FailureRow, type IngestResult, type Pending, type Store, type StoryInput, type StoryRow } from './store.js';
import { MIGRATIONS } from './migrations.js';

/** How long `exclusive` waits before trying the lock again when another process holds it. */
const LOCK_RETRY_MS = 25;
/** How long a statement waits for another process's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;
/** Turning a new file to WAL: tries, and the pause between them (5 s in all, as the busy timeout). */
const WAL_TRIES = 100;
const WAL_RETRY_MS = 50;

/**
 * Turns across processes: an exclusive transaction on a small lock file beside the database
 * (`FILE-lock`). SQLite's file locks are the operating system's, dropped when their process ends
 * however it ends, so a crashed holder never leaves the store locked. A separate file, because a
 * transaction held on the database itself would block this process's own writes. Tried without
 * waiting and retried after a pause: better-sqlite3 is synchronous, and a wait inside SQLite
 * would stop this process's event loop.
 */
function fileLock(path: string): { acquire(): Promise<void>; release(): void; close(): void } {
  const lock = new Database(`${path}-lock`, { timeout: 0 });
  return {
    async acquire() {
      for (;;) {
        try {
          lock.exec('BEGIN EXCLUSIVE');
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
          await new Promise((r) => setTimeout(r, LOCK_RETRY_MS));
        }
      }
    },
    release: () => lock.exec('COMMIT'),
    close: () => lock.close(),
  };
}

type Db = Database.Database;
type ReportRow = { report: string };
type AnnotatedRow = { report: string; line: string | null };
type KeyRow = { keys: string; duplicate_of: string | null };
type StoryRowData = { id: string; title: string; reports: string; updated_at: string };

const rowToReport = (r: ReportRow) => JSON.parse(r.report) as Report;
const rowToAnnotated = (r: AnnotatedRow): Annotated => ({ report: rowToReport(r), line: r.line === null ? null : (JSON.parse(r.line) as ExtractLine) });
const rowToKeyed = (r: KeyRow) => keyedFromRow(JSON.parse(r.keys) as StoryKeys, r.duplicate_of);
const rowToStory = (r: StoryRowData): StoryRow => ({ id: r.id, title: r.title, reports: JSON.parse(r.reports), updatedAt: r.updated_at });

/** The database at `path`, in WAL mode. */
function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Turning a new file to WAL needs it alone, and a process opening it at the same moment is told
  // SQLITE_BUSY at once, not after the busy timeout: wait a little and try again.
  for (let tries = 1; ; tries++) {
    try {
      db.pragma('journal_mode = WAL');
      return db;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || tries === WAL_TRIES) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WAL_RETRY_MS);
    }
  }
}

/** Runs the migrations not yet run, in one immediate transaction: two processes opening a new file at once migrate it once. */
function migrate(db: Db): void {
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id));
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      db.exec(m.sql('TEXT'));
      db.prepare('INSERT INTO schema_migrations (id, name) VALUES (?, ?)').run(m.id, m.name);
    }
  }).immediate();
}

/** `exclusive`: turns within this process first, so that only one of its callers polls the file lock (none for a database in memory). */
function turns(files: ReturnType<typeof fileLock> | null): Store['exclusive'] {
  let turn: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const held = async () => {
      await files?.acquire();
      try {
        return await fn();
      } finally {
        files?.release();
      }
    };
    const run = turn.then(held, held);
    turn = run.catch(() => undefined);
    return run;
  };
}

type ReportMethods = Pick<Store, 'putReports' | 'getReport' | 'getReports' | 'listReports' | 'countReports' | 'search'>;

function reportMethods(db: Db): ReportMethods {
  const insert = db.prepare('INSERT INTO reports (id, content_hash, source, title, body, report) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING');
  const putReports = db.transaction((reports: readonly Report[]): IngestResult => {
    const inserted: string[] = [];
    const existing: string[] = [];
    for (const r of reports) {
      const res = insert.run(r.id, r.contentHash, r.source, r.meta.title, r.text, JSON.stringify(r));
      (res.changes ? inserted : existing).push(r.id);
    }
    return { inserted, existing };
  });
  const getReport = db.prepare('SELECT report FROM reports WHERE id = ?');
  const getReports = db.prepare('SELECT report FROM reports WHERE id IN (SELECT value FROM json_each(?))');
  return {
    putReports: async (reports) => putReports(reports),
    getReport: async (id) => {
      const r = getReport.get(id) as ReportRow | undefined;
      return r ? rowToReport(r) : null;
    },
    getReports: async (ids) => inOrder(ids, (getReports.all(JSON.stringify(ids)) as ReportRow[]).map(rowToReport), (r) => r.id),
    listReports: async (opts = {}) =>
      (db.prepare('SELECT report FROM reports ORDER BY seq LIMIT ? OFFSET ?').all(opts.limit ?? -1, opts.offset ?? 0) as ReportRow[]).map(rowToReport),
    countReports: async () => (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n,
    search: async (q, limit = SEARCH_LIMIT) => {
      const like = likePattern(q);
      return (db.prepare("SELECT report FROM reports WHERE body LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY seq LIMIT ?").all(like, like, limit) as ReportRow[]).map(rowToReport);
    },
  };
}

type AnnotationMethods = Pick<Store, 'putAnnotations' | 'putFailures' | 'listFailures' | 'pending' | 'getAnnotations' | 'listAnnotated'>;

function annotationMethods(db: Db): AnnotationMethods {
  const putAnnotation = db.prepare('INSERT INTO annotations (report_id, line, keys) VALUES (?, ?, ?) ON CONFLICT (report_id) DO UPDATE SET line = excluded.line, keys = excluded.keys, duplicate_of = NULL');
  const clearFailure = db.prepare('DELETE FROM failures WHERE report_id = ?');
  const putAnnotations = db.transaction((entries: readonly AnnotationInput[]) => {
    for (const e of entries) {
      putAnnotation.run(e.reportId, JSON.stringify(e.line), JSON.stringify(e.keys));
      clearFailure.run(e.reportId);
    }
  });
  const putFailure = db.prepare(`INSERT INTO failures (report_id, code, message, failed_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (report_id) DO UPDATE SET code = excluded.code, message = excluded.message, failed_at = excluded.failed_at`);
  const putFailures = db.transaction((entries: readonly FailureInput[]) => {
    const at = new Date().toISOString();
    for (const e of entries) putFailure.run(e.reportId, e.code, e.message, at);
  });
  const listAnnotated = db.prepare('SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id WHERE r.id IN (SELECT value FROM json_each(?))');
  return {
    putAnnotations: async (entries) => { putAnnotations(entries); },
    putFailures: async (entries) => { putFailures(entries); },
    listFailures: async () =>
      (db.prepare('SELECT f.report_id, f.code, f.message, f.failed_at, r.source FROM failures f JOIN reports r ON r.id = f.report_id ORDER BY r.seq').all() as FailureRow[]).map(failureFromRow),
    pending: async () => db.prepare(`SELECT
        (SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM annotations a WHERE a.report_id = r.id) AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.report_id = r.id)) AS unannotated,
        (SELECT count(*) FROM failures) AS failed, 0 AS queued`).get() as Pending,
    getAnnotations: async (id) => {
      const r = db.prepare('SELECT line FROM annotations WHERE report_id = ?').get(id) as { line: string } | undefined;
      return r ? (JSON.parse(r.line) as ExtractLine) : null;
    },
    listAnnotated: async (ids) => inOrder(ids, (listAnnotated.all(JSON.stringify(ids)) as AnnotatedRow[]).map(rowToAnnotated), (a) => a.report.id),
  };
}

type KeyMethods = Pick<Store, 'listStoryKeys' | 'getStoryKeys' | 'putDuplicates' | 'listUnkeyed'>;

function keyMethods(db: Db): KeyMethods {
  const putDuplicate = db.prepare('UPDATE annotations SET duplicate_of = ? WHERE report_id = ?');
  const putDuplicates = db.transaction((found: readonly { reportId: string; duplicateOf: string | null }[]) => {
    for (const f of found) putDuplicate.run(f.duplicateOf ?? '', f.reportId);
  });
  const keysPage = db.prepare('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id > ? ORDER BY report_id LIMIT ?');
  const keysOf = db.prepare('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id IN (SELECT value FROM json_each(?))');
  return {
    listStoryKeys: async (page) => (keysPage.all(page.after ?? '', page.limit) as KeyRow[]).map(rowToKeyed),
    getStoryKeys: async (ids) => inOrder(ids, (keysOf.all(JSON.stringify(ids)) as KeyRow[]).map(rowToKeyed), (k) => k.keys.id),
    putDuplicates: async (found) => { putDuplicates(found); },
    listUnkeyed: async ({ unannotated }) =>
      (db.prepare(`SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id
        WHERE a.keys IS NULL${unannotated ? ' AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.report_id = r.id)' : ' AND a.line IS NOT NULL'} ORDER BY r.seq`).all() as AnnotatedRow[]).map(rowToAnnotated),
  };
}

type StoryMethods = Pick<Store, 'putStory' | 'replaceStoriesFor' | 'getStory' | 'listStories'>;

function storyMethods(db: Db): StoryMethods {
  const upsertStory = db.prepare(`INSERT INTO stories (id, title, reports, record, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, reports = excluded.reports, record = excluded.record, updated_at = excluded.updated_at`);
  const putStory = (id: string, title: string, record: StoryRecord) =>
    upsertStory.run(id, title, JSON.stringify(record.reports.map((r) => r.id)), JSON.stringify(record), new Date().toISOString());
  const deleteStory = db.prepare('DELETE FROM stories WHERE id = ?');
  const replaceStoriesFor = db.transaction((ids: readonly string[], stories: readonly StoryInput[]) => {
    const keep = new Set(stories.map((s) => s.id));
    for (const id of ids) if (!keep.has(id)) deleteStory.run(id);
    for (const s of stories) putStory(s.id, s.title, s.record);
  });
  return {
    putStory: async (id, title, record) => { putStory(id, title, record); },
    replaceStoriesFor: async (ids, stories) => replaceStoriesFor(ids, stories),
    getStory: async (id) => {
      const r = db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as (StoryRowData & { record: string }) | undefined;
      return r ? { row: rowToStory(r), record: JSON.parse(r.record) as StoryRecord } : null;
    },
    listStories: async () =>
      (db.prepare('SELECT id, title, reports, updated_at FROM stories ORDER BY updated_at DESC').all() as StoryRowData[]).map(rowToStory),
  };
}

export function openSqliteStore(path: string): Store {
  const db = openDatabase(path);
  migrate(db);
  // An in-memory database has no file for other processes to share.
  const files = path === ':memory:' || path === '' ? null : fileLock(path);
  return {
    dialect: 'sqlite',
    exclusive: turns(files),
    ...reportMethods(db),
    ...annotationMethods(db),
    ...keyMethods(db),
    ...storyMethods(db),
    close: async () => {
      files?.close();
      db.close();
    },
  };
}
