/**
 * `crosscheck stories`: lists the stories in the store.
 */
import { openStore } from '../../store/index.js';
import { parse } from '../args.js';
import { commonOptions, DEFAULT_DB } from './common.js';

export const storiesHelp = `crosscheck stories [--db FILE|URL] [--json]
  Lists the stored stories: id, reports, last update, title.`;

export async function storiesCommand(argv: readonly string[]): Promise<number> {
  const { values } = parse(argv, commonOptions);
  const store = await openStore(values.db ?? DEFAULT_DB);
  try {
    const rows = await store.listStories();
    if (values.json) process.stdout.write(JSON.stringify(rows) + '\n');
    else for (const r of rows) process.stdout.write(`${r.id}  ${String(r.reports.length).padStart(4)} reports  ${r.updatedAt}  ${r.title}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
