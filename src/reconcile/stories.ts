/**
 * One record per story: the corpus is grouped into stories once (near-copies found over all of
 * it, then clustered by shared names), and each story is reconciled on its own. A story is known
 * by its earliest report's id, so it keeps its id while later reports join it.
 */
import type { Doc } from '../model/doc.js';
import type { Store, StoryInput } from '../store/store.js';
import { findDuplicates } from '../link/near-duplicate.js';
import { clusterStories } from '../link/stories.js';
import type { Context } from '../pipeline/context.js';
import { buildStory } from './index.js';
import { storedDocs } from './stored.js';

/**
 * The stories of `docs` (canonical order, entities linked across them, as `storedDocs` gives),
 * each with its record. A corpus of one story gives the record `analyze` gives for it.
 */
export function storyRecords(docs: readonly Doc[], ctx: Context): StoryInput[] {
  const duplicates = findDuplicates(docs.map((d) => d.report), ctx.options.duplicateThreshold);
  const byId = new Map(docs.map((d) => [d.report.id, d]));
  const { stories, storyOf } = clusterStories(docs, duplicates);
  // A copy always joins its original's story, so each story's copies are its own.
  const copiesOf = new Map(stories.map((st) => [st.id, new Map<string, string>()]));
  for (const [copy, original] of duplicates) copiesOf.get(storyOf.get(copy)!)!.set(copy, original);
  return stories.map((st) => {
    // Cluster members come in the order of `docs`, so the first is the earliest.
    const members = st.reports.map((id) => byId.get(id)!);
    const first = members[0]!.report;
    return { id: first.id, title: first.meta.title || st.label || 'story', record: buildStory(members, copiesOf.get(st.id)!, ctx) };
  });
}

/**
 * Rebuilds every story of the store from the stored lines and stores them as the whole set.
 * `annotateUnannotated`: annotate (and store) reports with no line yet, as one-process writers
 * (ingest, serve, watch) do; a worker leaves them to their pending annotate jobs.
 */
export async function reconcileStore(store: Store, ctx: Context, opts: { annotateUnannotated: boolean }): Promise<StoryInput[]> {
  // Read and write under one lock: writers in other processes (workers, watch) take turns.
  return store.exclusive(async () => {
    const stories = storyRecords(await storedDocs(store, ctx, opts), ctx);
    await store.replaceStories(stories);
    return stories;
  });
}
