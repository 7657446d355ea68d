/**
 * The SQLite store: one file, WAL mode, each batch one transaction.
 */
import Database from 'better-sqlite3';
import type { ExtractLine, StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { StoryKeys } from '../model/story.js';
import { failureFromRow, keyedFromRow, type Annotated, type AnnotationInput, type FailureInput, type FailureRow, type IngestResult, type Pending, type Store, type StoryInput, type StoryRow } from './store.js';
import { MIGRATIONS } from './migrations.js';

/** How long `exclusive` waits before trying the lock again when another process holds it. */
const LOCK_RETRY_MS = 25;

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

export function openSqliteStore(path: string): Store {
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  // Turning a new file to WAL needs it alone, and a process opening it at the same moment is told
  // SQLITE_BUSY at once, not after the busy timeout: wait a little and try again.
  for (let tries = 1; ; tries++) {
    try {
      db.pragma('journal_mode = WAL');
      break;
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || tries === 100) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    }
  }
  // One immediate transaction: two processes opening a new file at once migrate it once.
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const done = new Set((db.prepare('SELECT id FROM schema_migrations').all() as { id: number }[]).map((r) => r.id));
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      db.exec(m.sql('TEXT'));
      db.prepare('INSERT INTO schema_migrations (id, name) VALUES (?, ?)').run(m.id, m.name);
    }
  }).immediate();
  // An in-memory database has no file for other processes to share.
  const files = path === ':memory:' || path === '' ? null : fileLock(path);
  const insert = db.prepare('INSERT INTO reports (id, content_hash, source, title, body, report) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING');
  const rowToReport = (r: { report: string }) => JSON.parse(r.report) as Report;
  const putReports = db.transaction((reports: readonly Report[]): IngestResult => {
    const inserted: string[] = [];
    const existing: string[] = [];
    for (const r of reports) {
      const res = insert.run(r.id, r.contentHash, r.source, r.meta.title, r.text, JSON.stringify(r));
      (res.changes ? inserted : existing).push(r.id);
    }
    return { inserted, existing };
  });
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
  const putDuplicate = db.prepare('UPDATE annotations SET duplicate_of = ? WHERE report_id = ?');
  const putDuplicates = db.transaction((found: readonly { reportId: string; duplicateOf: string | null }[]) => {
    for (const f of found) putDuplicate.run(f.duplicateOf ?? '', f.reportId);
  });
  const rowToAnnotated = (r: { report: string; line: string | null }): Annotated => ({ report: rowToReport(r), line: r.line === null ? null : (JSON.parse(r.line) as ExtractLine) });
  const listAnnotated = db.prepare('SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id WHERE r.id IN (SELECT value FROM json_each(?))');
  const getReport = db.prepare('SELECT report FROM reports WHERE id = ?');
  type KeyRow = { keys: string; duplicate_of: string | null };
  const rowToKeyed = (r: KeyRow) => keyedFromRow(JSON.parse(r.keys) as StoryKeys, r.duplicate_of);
  const keysPage = db.prepare('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id > ? ORDER BY report_id LIMIT ?');
  const keysOf = db.prepare('SELECT keys, duplicate_of FROM annotations WHERE keys IS NOT NULL AND report_id IN (SELECT value FROM json_each(?))');
  const getReports = db.prepare('SELECT report FROM reports WHERE id IN (SELECT value FROM json_each(?))');
  let turn: Promise<unknown> = Promise.resolve();
  return {
    dialect: 'sqlite',
    exclusive: <T>(fn: () => Promise<T>): Promise<T> => {
      // Turns within this process first, so that only one of its callers polls the file lock.
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
    },
    putReports: async (reports) => putReports(reports),
    getReport: async (id) => {
      const r = getReport.get(id) as { report: string } | undefined;
      return r ? rowToReport(r) : null;
    },
    getReports: async (ids) => {
      const byId = new Map((getReports.all(JSON.stringify(ids)) as { report: string }[]).map(rowToReport).map((r) => [r.id, r]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    listReports: async (opts = {}) =>
      (db.prepare('SELECT report FROM reports ORDER BY seq LIMIT ? OFFSET ?').all(opts.limit ?? -1, opts.offset ?? 0) as { report: string }[]).map(rowToReport),
    countReports: async () => (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n,
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
    listAnnotated: async (ids) => {
      const byId = new Map((listAnnotated.all(JSON.stringify(ids)) as { report: string; line: string | null }[]).map(rowToAnnotated).map((a) => [a.report.id, a]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    listStoryKeys: async (page) => (keysPage.all(page.after ?? '', page.limit) as KeyRow[]).map(rowToKeyed),
    getStoryKeys: async (ids) => {
      const byId = new Map((keysOf.all(JSON.stringify(ids)) as KeyRow[]).map(rowToKeyed).map((k) => [k.keys.id, k]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    putDuplicates: async (found) => { putDuplicates(found); },
    listUnkeyed: async ({ unannotated }) =>
      (db.prepare(`SELECT r.report, a.line FROM reports r LEFT JOIN annotations a ON a.report_id = r.id
        WHERE a.keys IS NULL${unannotated ? ' AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.report_id = r.id)' : ' AND a.line IS NOT NULL'} ORDER BY r.seq`).all() as { report: string; line: string | null }[]).map(rowToAnnotated),
    putStory: async (id, title, record) => { putStory(id, title, record); },
    replaceStoriesFor: async (ids, stories) => replaceStoriesFor(ids, stories),
    getStory: async (id) => {
      const r = db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as { id: string; title: string; reports: string; record: string; updated_at: string } | undefined;
      return r ? { row: { id: r.id, title: r.title, reports: JSON.parse(r.reports), updatedAt: r.updated_at }, record: JSON.parse(r.record) as StoryRecord } : null;
    },
    listStories: async () =>
      (db.prepare('SELECT id, title, reports, updated_at FROM stories ORDER BY updated_at DESC').all() as { id: string; title: string; reports: string; updated_at: string }[])
        .map((r): StoryRow => ({ id: r.id, title: r.title, reports: JSON.parse(r.reports), updatedAt: r.updated_at })),
    search: async (q, limit = 50) => {
      const like = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      return (db.prepare("SELECT report FROM reports WHERE body LIKE ? ESCAPE '\\' OR title LIKE ? ESCAPE '\\' ORDER BY seq LIMIT ?").all(like, like, limit) as { report: string }[]).map(rowToReport);
    },
    close: async () => {
      files?.close();
      db.close();
    },
  };
}
