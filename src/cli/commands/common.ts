/**
 * Flags every command shares, and their translation into run options.
 */
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import type { StoryRecord } from '../../model/record.js';
import type { Options } from '../../core/options.js';
import { int } from '../args.js';

export const commonOptions = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  lexicon: { type: 'string', multiple: true },
  workers: { type: 'string' },
} as const;

/** The SQLite file used when --db is not given. */
export const DEFAULT_DB = 'crosscheck.db';

export function optionsFrom(values: { verbose?: boolean; lexicon?: string[]; workers?: string }): Partial<Options> {
  return {
    verbose: values.verbose ?? false,
    lexiconDirs: values.lexicon ?? [],
    // Every core by default: per-report stages run on worker threads when the input is large enough.
    workers: int('workers', values.workers, availableParallelism()),
  };
}

/** A story's id: stable for the same set of reports, whatever their order. */
export function storyIdOf(record: StoryRecord): string {
  const ids = record.reports.map((r) => r.id).sort().join(',');
  return createHash('sha256').update(ids).digest('hex').slice(0, 16);
}
