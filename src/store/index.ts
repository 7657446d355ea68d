/** Opens the store a `--db` value names: a `postgres://` URL or an SQLite file path. */
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite-store.js';
import { openPostgresStore } from './postgres-store.js';

export type { Annotated, AnnotationInput, Failure, FailureInput, KeyedReport, Pending, Store, IngestResult, StoryInput, StoryRow } from './store.js';

export async function openStore(url: string): Promise<Store> {
  return /^postgres(ql)?:\/\//.test(url) ? openPostgresStore(url) : openSqliteStore(url);
}
