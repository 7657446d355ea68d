/**
 * The one ordered migration set, written once for both dialects: the few
 * differences (JSON column type) are filled in per dialect.
 */
export interface Migration { readonly id: number; readonly name: string; sql(json: string): string }

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'reports, annotations, stories',
    sql: (json) => `
      CREATE TABLE IF NOT EXISTS reports (
        seq ${json === 'JSONB' ? 'BIGSERIAL' : 'INTEGER'} PRIMARY KEY${json === 'JSONB' ? '' : ' AUTOINCREMENT'},
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        title TEXT,
        body TEXT NOT NULL,
        report ${json} NOT NULL
      );
      CREATE TABLE IF NOT EXISTS annotations (report_id TEXT PRIMARY KEY REFERENCES reports(id), line ${json} NOT NULL);
      CREATE TABLE IF NOT EXISTS stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, reports ${json} NOT NULL, record ${json} NOT NULL, updated_at TEXT NOT NULL);`,
  },
  {
    id: 2,
    // keys: null for lines stored before, until the next reconcile computes them from the line.
    // duplicate_of: null until a reconcile compares the report with those before it; then '' for
    // an original, else the id of the report it copies.
    name: 'story keys and near-duplicate status beside each line',
    sql: (json) => `ALTER TABLE annotations ADD COLUMN keys ${json}; ALTER TABLE annotations ADD COLUMN duplicate_of TEXT;`,
  },
  {
    id: 3,
    // A report the annotators gave up on (too long, too slow): kept, with why, so that no reconcile
    // tries it again and the user can see it; a line stored later removes it.
    name: 'reports that could not be annotated',
    sql: () => `CREATE TABLE IF NOT EXISTS failures (report_id TEXT PRIMARY KEY REFERENCES reports(id), code TEXT NOT NULL, message TEXT NOT NULL, failed_at TEXT NOT NULL);`,
  },
];
