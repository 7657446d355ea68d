/**
 * The Store interface: one contract for SQLite and PostgreSQL (kysely's
 * dialects over one schema). Reports are keyed by content hash, so storing the
 * same text twice stores it once; each ingest call is one transaction.
 */
import type { ExtractLine, StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { StoryKeys } from '../model/story.js';

export interface IngestResult {
  /** Ids of reports newly stored. */
  readonly inserted: readonly string[];
  /** Ids of reports that were already stored (same content hash). */
  readonly existing: readonly string[];
}

export interface StoryRow {
  readonly id: string;
  readonly title: string;
  readonly reports: readonly string[];
  readonly updatedAt: string;
}

export interface StoryInput {
  readonly id: string;
  readonly title: string;
  readonly record: StoryRecord;
}

export interface AnnotationInput {
  readonly reportId: string;
  readonly line: ExtractLine;
  /** What grouping into stories reads of the report, from the same document as the line. */
  readonly keys: StoryKeys;
}

/** A report's story keys as stored, with what the last grouping found it copies. */
export interface KeyedReport {
  readonly keys: StoryKeys;
  /** Whether a grouping has compared it with the reports before it since its line was stored. */
  readonly checked: boolean;
  /** When checked: the id of the report it is a near-copy of, or null for an original. */
  readonly duplicateOf: string | null;
}

/** A row's keys and its duplicate_of column (null: not checked; '': an original; else the original's id). */
export const keyedFromRow = (keys: StoryKeys, duplicateOf: string | null): KeyedReport => ({ keys, checked: duplicateOf !== null, duplicateOf: duplicateOf || null });

/** A report the annotators gave up on, and why. */
export interface FailureInput {
  readonly reportId: string;
  /** The error code (CC111: too long or too slow). */
  readonly code: string;
  readonly message: string;
}

/** A stored failure, with the report's source and when it failed. */
export interface Failure extends FailureInput {
  readonly source: string;
  readonly failedAt: string;
}

/** A failures row joined with its report's source. */
export interface FailureRow { report_id: string; code: string; message: string; failed_at: string; source: string }

export const failureFromRow = (r: FailureRow): Failure => ({ reportId: r.report_id, code: r.code, message: r.message, failedAt: r.failed_at, source: r.source });

/** Reports a search answers when the caller names no limit. */
export const SEARCH_LIMIT = 50;

/** A LIKE pattern for text holding `q`, its wildcards and backslashes escaped with a backslash. */
export const likePattern = (q: string) => `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/** `rows` in the order of `ids`, each found by `idOf`; an id with no row is left out. */
export function inOrder<T>(ids: readonly string[], rows: readonly T[], idOf: (row: T) => string): T[] {
  const byId = new Map(rows.map((r) => [idOf(r), r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Work the store holds that no story shows yet. */
export interface Pending {
  /** Reports stored with neither a line nor a failure: annotation pending (a writer or a job still at work, or one that stopped). */
  readonly unannotated: number;
  /** Reports the annotators gave up on. */
  readonly failed: number;
  /** Jobs in the worker queue not done yet (PostgreSQL, once a worker has made the queue); 0 elsewhere. */
  readonly queued: number;
}

/** A stored report with its line, null when not annotated yet. */
export interface Annotated {
  readonly report: Report;
  readonly line: ExtractLine | null;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Stores reports in one transaction; all or nothing. */
  putReports(reports: readonly Report[]): Promise<IngestResult>;
  getReport(id: string): Promise<Report | null>;
  /** The stored reports of these ids, in the order given, in one query; an id not stored is left out. */
  getReports(ids: readonly string[]): Promise<Report[]>;
  /** Reports in ingest order. */
  listReports(opts?: { limit?: number; offset?: number }): Promise<Report[]>;
  countReports(): Promise<number>;
  /** Records reports the annotators gave up on, in one transaction, replacing older records of them. */
  putFailures(entries: readonly FailureInput[]): Promise<void>;
  /** The failures, in ingest order of their reports. */
  listFailures(): Promise<Failure[]>;
  /** How much work waits: reports not annotated yet, and reports that failed. */
  pending(): Promise<Pending>;
  /** Stores reports' annotations (their extract lines and story keys) in one transaction, replacing older ones and clearing their failures. */
  putAnnotations(entries: readonly AnnotationInput[]): Promise<void>;
  getAnnotations(reportId: string): Promise<ExtractLine | null>;
  /** These reports with their lines, in the order given, in one query; an id not stored is left out. */
  listAnnotated(ids: readonly string[]): Promise<Annotated[]>;
  /**
   * A page of the story keys of the reports stored with them, by report id: the first `limit` after
   * the id `after` (null: from the first), so no caller holds them all at once.
   */
  listStoryKeys(page: { readonly after: string | null; readonly limit: number }): Promise<KeyedReport[]>;
  /** The story keys of these reports, in the order given, in one query; a report without keys is left out. */
  getStoryKeys(ids: readonly string[]): Promise<KeyedReport[]>;
  /** Stores, in one statement, what grouping found each of these reports copies (null: none); storing a report's line again clears it. */
  putDuplicates(found: readonly { reportId: string; duplicateOf: string | null }[]): Promise<void>;
  /**
   * Reports whose line was stored without story keys (before lines kept them), and with
   * `unannotated` also the reports with no line yet and no failure; in ingest order.
   */
  listUnkeyed(opts: { unannotated: boolean }): Promise<Annotated[]>;
  /** Stores or replaces a story and its record. */
  putStory(id: string, title: string, record: StoryRecord): Promise<void>;
  /**
   * Replaces the stories of `ids` with `stories`, in one transaction: a story of `ids` that is not
   * among `stories` is removed (its reports merged into another), and every other story is left as
   * it was, its row not rewritten.
   */
  replaceStoriesFor(ids: readonly string[], stories: readonly StoryInput[]): Promise<void>;
  /**
   * Runs `fn` while no other reconcile of this store runs, in this process or another (a
   * PostgreSQL advisory lock; for SQLite, a lock on a file beside the database), so one that read
   * an older corpus cannot store its stories after one that read a newer.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  getStory(id: string): Promise<{ row: StoryRow; record: StoryRecord } | null>;
  listStories(): Promise<StoryRow[]>;
  /** Reports whose text or title contains `query` (case-insensitive). */
  search(query: string, limit?: number): Promise<Report[]>;
  close(): Promise<void>;
}
