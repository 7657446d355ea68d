/**
 * One record per story. Reports are grouped into stories over their stored keys (names and
 * near-duplicate signature, under a kilobyte each), and only the stories whose reports changed
 * are rebuilt from their stored lines: of every report a reconcile reads only its keys, and it
 * reads lines and builds records for the stories it touched alone. A story is known by its
 * earliest report's id, so it keeps its id while later reports join it.
 */
import type { Store, StoryInput } from '../store/store.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { BandSet, decodeSignature, DuplicateIndex } from '../link/near-duplicate.js';
import { NameBook, StoryGrouper } from '../link/stories.js';
import { canonicalCompare } from '../pipeline/analyze.js';
import type { Context } from '../core/context.js';
import { buildStory } from '../reconcile/index.js';
import { storedDocs, storeMissingKeys } from './stored.js';

/** A story as grouping gives it, before its record is built. */
export interface StoryPlan {
  readonly id: string;
  readonly title: string;
  /** Its reports in canonical order, earliest first. */
  readonly reports: readonly string[];
  /** Its near-copies: copy id → original id, both of this story. */
  readonly copies: ReadonlyMap<string, string>;
}

export interface Reconciled {
  /** Stories in the store after this reconcile. */
  readonly stories: number;
  /** The stories rebuilt (new, grown or regrouped); every other story was left as it was. */
  readonly rebuilt: readonly StoryPlan[];
  /** Ids of stories that are no more: their reports joined other stories. */
  readonly removed: readonly string[];
}

/**
 * Changed stories are rebuilt about this many reports at a time (one story may be larger), each
 * batch stored in one transaction, so a reconcile holds one batch of documents however much changed.
 */
const REBUILD_REPORTS = 2000;

/** What grouping found a report copies (null: none). */
export interface Found { readonly reportId: string; readonly duplicateOf: string | null }

/** Story keys are read this many reports at a time. */
const KEYS_PAGE = 1000;

/**
 * The first read: every report's names in a NameBook (numbered in the order read), the reports by
 * that number in canonical order, the place in that order of the first not yet checked for
 * near-copies (-1: none), and the originals that stored answers name. Publication dates and the
 * checked flags are not kept past it.
 */
async function readNames(store: Store, pageSize: number): Promise<{ names: NameBook; ids: string[]; order: number[]; from: number; named: Set<string> }> {
  const names = new NameBook();
  const ids: string[] = [];
  const published: (string | null)[] = [];
  const unchecked = new Set<string>();
  const named = new Set<string>();
  // Each page is asked for as soon as the one before arrives, so the database reads it while this reads the last.
  for (let next = store.listStoryKeys({ after: null, limit: pageSize }); ;) {
    const page = await next;
    if (page.length === pageSize) next = prefetched(store.listStoryKeys({ after: page.at(-1)!.keys.id, limit: pageSize }));
    for (const { keys, checked, duplicateOf } of page) {
      names.add(keys.names);
      ids.push(keys.id);
      published.push(keys.published);
      if (!checked) unchecked.add(keys.id);
      else if (duplicateOf) named.add(duplicateOf);
    }
    if (page.length < pageSize) break;
  }
  const order = Array.from(ids, (_, i) => i).sort((a, b) => canonicalCompare(published[a]!, ids[a]!, published[b]!, ids[b]!));
  return { names, ids, order, from: order.findIndex((i) => unchecked.has(ids[i]!)), named };
}

/** A read started before it is awaited: should what runs meanwhile throw, its failure is not left unhandled. */
function prefetched<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}

/**
 * The stories of the stored reports, from their keys: near-copies found, then clustered by shared
 * names. Whether a report is a copy depends only on the reports before it in canonical order, so
 * the reports before the first one not yet checked keep their stored answer, and only the rest are
 * compared (usually just the new reports, the latest published): `found` is their answers, to store.
 *
 * The keys are read twice, a page at a time and never all at once: first every report's names (to
 * link names across all reports) and place in canonical order, then, in that order, the rest. What
 * is held between pages grows with the stories, the distinct names and the originals' signatures,
 * plus a few numbers per report: about 0.3 KB a report, where holding every report's keys took 3.5 KB.
 * `pageSize`: reports read at a time.
 */
export async function planStories(store: Store, ctx: Context, pageSize = KEYS_PAGE): Promise<{ plans: StoryPlan[]; found: Found[] }> {
  const { names, ids, order, from, named } = await readNames(store, pageSize);
  const linked = names.linked(order);

  const index = new DuplicateIndex(ctx.options.duplicateThreshold);
  const grouper = new StoryGrouper();
  // Reports by their place in the grouper (the order added); the place of each original by its
  // number in the index, and of each original a stored answer names by its id.
  const added: string[] = [];
  const originals: number[] = [];
  const placeOf = new Map<string, number>();
  const titles: (string | null)[] = [];
  const copies: Map<string, string>[] = [];
  const found: Found[] = [];
  const keysOf = (at: number) => prefetched(store.getStoryKeys(order.slice(at, at + pageSize).map((i) => ids[i]!)));
  // Only the reports from `from` on are compared, and only with the originals that share a bucket
  // with one of them: the others are not indexed, so what is held grows with the reports compared.
  const compareFrom = from === -1 ? order.length : from;
  const wanted = compareFrom > 0 ? new BandSet() : null;
  for (let at = compareFrom; wanted && at < order.length; at += pageSize) {
    for (const { keys } of await keysOf(at)) wanted.add(decodeSignature(keys.minhash));
  }
  for (let at = 0, next = keysOf(0); at < order.length; at += pageSize) {
    const batch = order.slice(at, at + pageSize);
    const got = new Map((await next).map((k) => [k.keys.id, k]));
    if (at + pageSize < order.length) next = keysOf(at + pageSize);
    batch.forEach((number, j) => {
      const id = ids[number]!;
      const { keys, duplicateOf } = got.get(id) ?? {};
      // Keys are replaced, never removed; should one be missing, the next reconcile places its report.
      if (!keys) return;
      const sig = decodeSignature(keys.minhash);
      const compare = at + j >= compareFrom;
      const like = compare ? index.check(sig) : -1;
      const original = compare ? (like === -1 ? -1 : originals[like]!) : placeOf.get(duplicateOf ?? '') ?? -1;
      const copyOf = compare ? (original === -1 ? undefined : added[original]) : duplicateOf ?? undefined;
      if (compare) found.push({ reportId: id, duplicateOf: copyOf ?? null });
      const story = grouper.add(keys.published, linked(number), original, keys.outlet ?? null);
      if (copyOf === undefined && (compare || wanted!.shares(sig))) {
        index.add(sig);
        originals.push(added.length);
      }
      if (named.has(id)) placeOf.set(id, added.length);
      added.push(id);
      if (story === titles.length) {
        titles.push(keys.title);
        copies.push(new Map());
      }
      if (copyOf !== undefined) copies[story]!.set(id, copyOf);
    });
  }
  const plans = grouper.stories().map((g) => {
    const reports = g.reports.map((i) => added[i]!);
    // Reports are added in canonical order, so the first is the earliest.
    return { id: reports[0]!, title: titles[g.drafts[0]!] || g.label || 'story', reports, copies: new Map(g.drafts.flatMap((k) => [...copies[k]!])) };
  });
  return { plans, found };
}

/**
 * Each story's record from its stored lines, its names linked across its own reports: the record
 * `analyze` gives for the story's reports alone.
 */
async function buildPlanned(store: Store, plans: readonly StoryPlan[], ctx: Context): Promise<StoryInput[]> {
  const docs = new Map((await storedDocs(store, plans.flatMap((p) => p.reports), ctx)).map((d) => [d.report.id, d]));
  return plans.map((p) => ({ id: p.id, title: p.title, record: buildStory(linkEntitiesAcross(p.reports.flatMap((id) => docs.get(id) ?? [])), p.copies, ctx) }));
}

/**
 * Groups the store's reports into stories and rebuilds those whose reports or title changed since
 * they were stored. A stored line is its report annotated alone and linked with nothing (names are
 * linked across a story only when it is built), so a story with the same reports has the same record. `annotateUnannotated`: annotate (and store) reports with
 * no line yet, as one-process writers (ingest, serve, watch) do; a worker leaves them to their
 * pending annotate jobs. `onRebuilt` sees each rebuilt story just before it is stored.
 */
export async function reconcileStore(store: Store, ctx: Context, opts: {
  annotateUnannotated: boolean;
  onRebuilt?: (story: StoryInput) => Promise<void>;
}): Promise<Reconciled> {
  // Read and write under one lock: writers in other processes (workers, watch) take turns.
  return store.exclusive(async () => {
    const keyed = new Set(await storeMissingKeys(store, ctx, opts));
    const { plans, found } = await planStories(store, ctx);
    if (found.length) await store.putDuplicates(found);
    const stored = new Map((await store.listStories()).map((s) => [s.id, s]));
    const unchanged = (p: StoryPlan) => {
      const s = stored.get(p.id);
      return !!s && s.title === p.title && s.reports.length === p.reports.length
        && s.reports.every((id, i) => id === p.reports[i] && !keyed.has(id));
    };
    const rebuilt = plans.filter((p) => !unchanged(p));
    const ids = new Set(plans.map((p) => p.id));
    const removed = [...stored.keys()].filter((id) => !ids.has(id));
    for (let i = 0; i < rebuilt.length;) {
      const batch: StoryPlan[] = [];
      for (let n = 0; i < rebuilt.length && (batch.length === 0 || n + rebuilt[i]!.reports.length <= REBUILD_REPORTS); i++) {
        n += rebuilt[i]!.reports.length;
        batch.push(rebuilt[i]!);
      }
      const stories = await buildPlanned(store, batch, ctx);
      for (const s of stories) await opts.onRebuilt?.(s);
      // Stories that merged away go with the last batch, so their reports are never in no story.
      await store.replaceStoriesFor([...batch.map((p) => p.id), ...(i === rebuilt.length ? removed : [])], stories);
    }
    if (rebuilt.length === 0 && removed.length) await store.replaceStoriesFor(removed, []);
    return { stories: plans.length, rebuilt, removed };
  });
}
