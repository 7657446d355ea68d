// Reads a store's story keys whole, page by page, as a test wants to see them.
import type { KeyedReport, Store } from '../../src/store/store.js';

export async function allStoryKeys(store: Store, limit = 100): Promise<KeyedReport[]> {
  const all: KeyedReport[] = [];
  for (let page = await store.listStoryKeys({ after: null, limit }); page.length; page = await store.listStoryKeys({ after: page.at(-1)!.keys.id, limit })) all.push(...page);
  return all;
}
