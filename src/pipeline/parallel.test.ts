// The worker threads must give exactly the documents and errors one thread does. Worker threads
// cannot load TypeScript through tsx, so this runs the build, as test/cli.test.ts does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { loadInputs } from '../load/index.js';
import { copyReport } from '../bench/run.js';
import { makeContext } from '../core/context.js';

const built = new URL('../../dist/pipeline/analyze.js', import.meta.url);
const skip = existsSync(built) ? false : 'dist/ is not built: run `npm run build` (npm test does)';

test('annotating on 2 threads equals one thread: documents in input order, errors in place, the caller\'s reports reused', { skip }, async () => {
  const { annotateInWorkers, annotateReports } = (await import(built.href)) as typeof import('./analyze.js');
  const { linkEntitiesAcross } = (await import(new URL('../../dist/link/entities.js', import.meta.url).href)) as typeof import('../link/entities.js');
  const base = await loadInputs(['examples'], makeContext());
  const reports = Array.from({ length: 150 }, (_, i) => copyReport(base[i % base.length]!, Math.floor(i / base.length)));
  // Two reports no stage can read: each must become the same error, in the same place, on both.
  for (const i of [40, 120]) reports[i] = { ...reports[i]!, text: 42 as unknown as string };
  const one = makeContext({ workers: 1 });
  const two = makeContext({ workers: 2 });
  const serial = annotateReports(reports, one);
  // minChars 0: this small corpus would otherwise stay on one thread.
  const parallel = linkEntitiesAcross(await annotateInWorkers(reports, two, 0));
  assert.equal(parallel.length, reports.length - 2);
  assert.equal(one.errors.length, 2);
  assert.deepStrictEqual(parallel, serial);
  assert.equal(JSON.stringify(parallel), JSON.stringify(serial));
  assert.deepStrictEqual(two.errors, one.errors);
  assert.deepStrictEqual(parallel.map((d) => d.report), reports.filter((r) => typeof r.text === 'string'));
  for (const d of parallel) assert.ok(reports.includes(d.report), 'the caller\'s report object is reused');
});
