/**
 * A worker thread for `analyze --workers N`: runs the per-report stages over
 * the reports it is sent and posts the documents back (plain data, cloned).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Report } from '../model/report.js';
import { compactDoc } from '../model/doc.js';
import { setLexiconDirs } from '../lexicon/index.js';
import { runStages } from './compose.js';
import { makeContext } from './context.js';
import type { Options } from './options.js';

const { reports, options } = workerData as { reports: Report[]; options: Options };
const ctx = makeContext(options);
setLexiconDirs(options.lexiconDirs);
const docs = [];
for (const report of reports) {
  try {
    docs.push(compactDoc(runStages({ report }, ctx)));
  } catch (e) {
    ctx.errors.push({ code: 'CC110', stage: 'annotate', input: report.source, message: `could not annotate: ${(e as Error).message}` });
  }
}
parentPort!.postMessage({ docs, errors: ctx.errors });
