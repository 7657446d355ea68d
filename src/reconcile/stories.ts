/**
 * One record per story. Reports are grouped into stories over their stored keys (names and
 * near-duplicate signature, under a kilobyte each), and only the stories whose reports changed
 * are rebuilt from their stored lines: of every report a reconcile reads only its keys, and it
 * reads lines and builds records for the stories it touched alone. A story is known by its
 * earliest report's id, so it keeps its id while later reports join it.
 */
import type { KeyedReport, Store, StoryInput } from '../store/store.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { decodeSignature, duplicatesBySignature } from '../link/near-duplicate.js';
import { clusterStories, linkNames } from '../link/stories.js';
import { canonicalCompare } from '../pipeline/analyze.js';
import type { Context } from '../pipeline/context.js';
import { buildStory } from './index.js';
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

/**
 * The stories of reports given by their stored keys: near-copies found, then clustered by shared
 * names. Whether a report is a copy depends only on the reports before it in canonical order, so
 * the reports before the first one not yet checked keep their stored answer, and only the rest are
 * compared (usually just the new reports, the latest published): `found` is their answers, to store.
 */
export function planStories(keyed: readonly KeyedReport[], ctx: Context): { plans: StoryPlan[]; found: Found[] } {
  const sorted = [...keyed].sort((a, b) => canonicalCompare(a.keys.published, a.keys.id, b.keys.published, b.keys.id));
  const ordered = sorted.map((k) => k.keys);
  const from = sorted.findIndex((k) => !k.checked);
  const known = new Map(sorted.flatMap((k) => (k.checked && k.duplicateOf ? [[k.keys.id, k.duplicateOf] as const] : [])));
  const duplicates = from === -1 ? known
    : duplicatesBySignature(ordered.map((k) => ({ id: k.id, sig: decodeSignature(k.minhash) })), ctx.options.duplicateThreshold, from, known);
  const found = from === -1 ? [] : ordered.slice(from).map((k) => ({ reportId: k.id, duplicateOf: duplicates.get(k.id) ?? null }));
  const { stories, storyOf } = clusterStories(linkNames(ordered), duplicates);
  const byId = new Map(ordered.map((k) => [k.id, k]));
  // A copy always joins its original's story, so each story's copies are its own.
  const copiesOf = new Map(stories.map((st) => [st.id, new Map<string, string>()]));
  for (const [copy, original] of duplicates) copiesOf.get(storyOf.get(copy)!)!.set(copy, original);
  const plans = stories.map((st) => {
    // Cluster members come in canonical order, so the first is the earliest.
    const first = byId.get(st.reports[0]!)!;
    return { id: first.id, title: first.title || st.label || 'story', reports: st.reports, copies: copiesOf.get(st.id)! };
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
    const { plans, found } = planStories(await store.listStoryKeys(), ctx);
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
