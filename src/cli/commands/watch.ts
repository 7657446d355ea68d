/**
 * `crosscheck watch FEEDS…`: polls feed files, feed URLs or OPML lists,
 * ingests each new item once (the store keys reports by content hash),
 * re-reconciles the stories when something new arrived, and prints what
 * changed in each. Without a network, feed files on disk are watched.
 */
import type { Report } from '../../model/report.js';
import { runError } from '../../model/errors.js';
import { inferUndated, loadBytes, loadInputs } from '../../load/index.js';
import { makeContext, type Context } from '../../core/context.js';
import { reconcileStore } from '../../corpus/stories.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { diffRecords } from '../../watch/diff.js';
import { expandFeeds } from '../../watch/feeds.js';
import { fetchCapped, TooLarge } from '../../watch/fetch.js';
import { int, parse, UsageError } from '../args.js';
import { printErrors } from '../io.js';
import { commonOptions, DEFAULT_DB, optionsFrom } from './common.js';

export const watchHelp = `crosscheck watch FEEDS... [--db FILE|URL] [--interval SECONDS] [--once]
  Polls RSS/Atom files or URLs (or an OPML list), stores each new item once, re-reconciles
  the stories and prints what changed (new fact, changed value, new conflict). --once polls once.`;

/** What a fetched body is read as: its name picks the feed loader. */
const FEED_NAME = 'feed.xml';

/**
 * Reads one feed. A URL's body is fetched into memory under the input byte cap (counted after
 * decompression) and read as a feed; its reports and errors name the URL.
 */
async function readFeed(feed: string, ctx: Context): Promise<Report[]> {
  if (!/^https?:\/\//i.test(feed)) return loadInputs([feed], ctx);
  let bytes: Uint8Array;
  try {
    bytes = await fetchCapped(feed, ctx.options.maxInputBytes);
  } catch (e) {
    ctx.errors.push(runError(e instanceof TooLarge ? 'CC104' : 'CC105', 'watch', feed, e instanceof TooLarge ? (e as Error).message : `could not fetch (${(e as Error).message})`));
    return [];
  }
  const errorsBefore = ctx.errors.length;
  // Named as a feed file, so the loader reads the body as RSS or Atom whatever the URL's path.
  const reports = loadBytes(FEED_NAME, bytes, ctx);
  for (let i = errorsBefore; i < ctx.errors.length; i++) ctx.errors[i] = { ...ctx.errors[i]!, input: feed };
  return inferUndated(reports.map((r, i) => ({ ...r, source: `${feed}#${i + 1}` })));
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
      const ctx = makeContext(optionsFrom(values));
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
