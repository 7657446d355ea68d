// The web UI over a store holding the examples and the development stories, each read from its
// file path (so a page that showed a report's source would show a path of this machine), for the
// browser tests and the screenshots script. Chromium is Debian's, driven by playwright-core.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeContext } from '../../src/core/context.js';
import { reconcileStore } from '../../src/corpus/stories.js';
import { loadInputs } from '../../src/load/index.js';
import { serve } from '../../src/server/app.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');
export const DEV = resolve(ROOT, '..', 'shared', 'corpus', 'dev');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** The development stories' folders, none when ../shared is absent. */
export const devStories = (): string[] => (existsSync(DEV) ? readdirSync(DEV).map((d) => join(DEV, d)).filter((p) => statSync(p).isDirectory()).sort() : []);

/** Serves a fresh in-memory store holding the reports of `inputs` (files or folders), grouped into stories. */
export async function serveInputs(inputs: readonly string[]): Promise<{ url: string; store: Store; close: () => Promise<void> }> {
  const store = await openStore(':memory:');
  const ctx = makeContext();
  await store.putReports(await loadInputs(inputs, ctx));
  await reconcileStore(store, ctx, { annotateUnannotated: true });
  const server = await serve({ port: 0, store });
  return { url: server.url, store, close: async () => { await server.close(); await store.close(); } };
}
