/**
 * `crosscheck watch FEEDS…`: polls feed files, feed URLs or OPML lists,
 * ingests each new item once (the store keys reports by content hash),
 * re-reconciles the stories when something new arrived, and prints what
 * changed in each. Without a network, feed files on disk are watched.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../model/report.js';
import { loadInputs } from '../../load/index.js';
import { makeContext, type Context } from '../../core/context.js';
import { reconcileStore } from '../../corpus/stories.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { diffRecords } from '../../watch/diff.js';
import { expandFeeds } from '../../watch/feeds.js';
import { int, parse, UsageError } from '../args.js';
import { printErrors } from '../io.js';
import { commonOptions, DEFAULT_DB } from './common.js';

export const watchHelp = `crosscheck watch FEEDS... [--db FILE|URL] [--interval SECONDS] [--once]
  Polls RSS/Atom files or URLs (or an OPML list), stores each new item once, re-reconciles
  the stories and prints what changed (new fact, changed value, new conflict). --once polls once.`;

const scratch = () => mkdtempSync(join(tmpdir(), 'crosscheck-watch-'));

/** Reads one feed; a URL is fetched into a private scratch file so the loaders see bytes, never a user path. */
async function readFeed(feed: string, ctx: Context): Promise<Report[]> {
  if (!/^https?:\/\//i.test(feed)) return loadInputs([feed], ctx);
  try {
    const res = await fetch(feed, { signal: AbortSignal.timeout(20_000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const file = join(scratch(), `${createHash('sha256').update(feed).digest('hex').slice(0, 12)}.xml`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return (await loadInputs([file], ctx)).map((r, i) => ({ ...r, source: `${feed}#${i + 1}` }));
  } catch (e) {
    ctx.errors.push({ code: 'CC105', stage: 'watch', input: feed, message: `could not fetch (${(e as Error).message})` });
    return [];
  }
}

/** One poll: returns the printed change lines. */
export async function pollOnce(feeds: readonly string[], store: Store, ctx: Context): Promise<string[]> {
  const reports: Report[] = [];
  for (const f of feeds) reports.push(...(await readFeed(f, ctx)));
  const { inserted } = await store.putReports(reports);
  if (inserted.length === 0) return [];
  // Each rebuilt story against its stored record, read just before the new one replaces it.
  const changes: { title: string; messages: string[] }[] = [];
  const { stories } = await reconcileStore(store, ctx, {
    annotateUnannotated: true,
    onRebuilt: async (s) => {
      changes.push({ title: s.title, messages: diffRecords((await store.getStory(s.id))?.record ?? null, s.record).map((c) => c.message) });
    },
  });
  const lines = [`${inserted.length} new report(s)`];
  for (const { title, messages } of changes) lines.push(...messages.map((m) => (stories > 1 ? `[${title}] ${m}` : m)));
  return lines;
}

export async function watchCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...commonOptions, interval: { type: 'string' }, once: { type: 'boolean' } });
  if (positionals.length === 0) throw new UsageError('watch needs at least one feed (file, URL or .opml list)');
  const interval = int('interval', values.interval, 60);
  const feeds = expandFeeds(positionals);
  const store = await openStore(values.db ?? DEFAULT_DB);
  let stop = false;
  process.once('SIGINT', () => { stop = true; });
  try {
    do {
      const ctx = makeContext();
      const lines = await pollOnce(feeds, store, ctx);
      printErrors(ctx.errors);
      const stamp = new Date().toISOString();
      for (const l of lines) process.stdout.write(values.json ? JSON.stringify({ at: stamp, change: l }) + '\n' : `${stamp} ${l}\n`);
      if (values.once) break;
      await new Promise((r) => setTimeout(r, interval * 1000));
    } while (!stop);
  } finally {
    await store.close();
  }
  return 0;
}
