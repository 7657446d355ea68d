/**
 * `crosscheck bench`: throughput per stage in domain units (words/s,
 * reports/s) and peak memory at growing corpus sizes, against
 * bench/baseline.json, on one core and on every core. A synthetic scale-up of the given reports: each copy
 * gets its own id and its dates moved, so linking sees distinct reports.
 */
import { createHash } from 'node:crypto';
import { compactDoc, type Doc } from '../model/doc.js';
import type { Report } from '../model/report.js';
import { DEFAULT_STAGES, runStages } from '../pipeline/compose.js';
import type { Context } from '../core/context.js';
import { countWords, segment } from '../segment/index.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { findDuplicates } from '../link/near-duplicate.js';
import { buildStory } from '../reconcile/index.js';
import { annotateInWorkers } from '../pipeline/analyze.js';

export interface StageRate {
  readonly stage: string;
  readonly seconds: number;
  readonly wordsPerSecond: number;
  readonly reportsPerSecond: number;
}

export interface SizeResult {
  readonly reports: number;
  readonly words: number;
  readonly stages: readonly StageRate[];
  /** Peak RSS while the per-report stages ran one report at a time (keeping no document unless on one core). */
  readonly streamingRssMb: number;
  /** Peak RSS with every document kept for linking and reconciling, as `analyze` needs. */
  readonly peakRssMb: number;
}

/** The i-th synthetic copy of a report: same text with a marker line, a new id. */
export function copyReport(r: Report, i: number): Report {
  if (i === 0) return r;
  const text = `${r.text}\n\n[copy ${i}]`;
  const hash = createHash('sha256').update(text).digest('hex');
  return { ...r, id: hash.slice(0, 16), contentHash: hash, source: `${r.source}#copy${i}`, text };
}

function rate(stage: string, seconds: number, words: number, reports: number): StageRate {
  return { stage, seconds, wordsPerSecond: words / seconds, reportsPerSecond: reports / seconds };
}

/**
 * Runs every per-report stage (timed one by one, on this thread, each report made just before and
 * dropped after, as a streaming run reads its input), the same stages on every core (worker
 * threads, `ctx.options.workers`), then linking and reconciling, over `n` reports. Only one set of
 * documents is kept, compacted as `analyze` does: the peak memory is what a real run needs.
 */
export async function benchSize(base: readonly Report[], n: number, ctx: Context): Promise<SizeResult> {
  const reportAt = (i: number) => copyReport(base[i % base.length]!, Math.floor(i / base.length));
  const cores = Math.max(1, ctx.options.workers);
  // With one core the documents timed stage by stage are the ones linked; with more, the workers' are.
  const kept: Doc[] = [];
  const times = new Map<string, number>();
  let words = 0;
  let tokenizer = 0;
  let streamingRss = 0;
  let t: number;
  for (let i = 0; i < n; i++) {
    const report = reportAt(i);
    words += countWords(report.text);
    t = performance.now();
    segment(report.text, report.bodyStart);
    tokenizer += performance.now() - t;
    let doc: Doc = { report };
    for (const s of DEFAULT_STAGES) {
      t = performance.now();
      doc = { ...doc, [s.assigns]: s.run(doc, ctx) };
      times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t);
    }
    if (cores === 1) kept.push(compactDoc(doc));
    if (i % 256 === 0) streamingRss = Math.max(streamingRss, process.memoryUsage.rss());
  }
  const reports = cores > 1 ? Array.from({ length: n }, (_, i) => reportAt(i)) : [];
  t = performance.now();
  // minChars 0: the threads are timed at every size, including those where analyze would not start them.
  const docs = cores > 1 ? await annotateInWorkers(reports, ctx, 0) : kept;
  const parallel = (performance.now() - t) / 1000;
  t = performance.now();
  const linked = linkEntitiesAcross(docs);
  const duplicates = findDuplicates(linked.map((d) => d.report), ctx.options.duplicateThreshold);
  const linkSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  // Synthetic copies are near-duplicates by design: reconcile them as independent reports, or it would time nothing.
  void duplicates;
  buildStory(linked, new Map(), ctx);
  const reconcileSeconds = (performance.now() - t) / 1000;
  const stages: StageRate[] = [rate('tokenizer (segment alone)', tokenizer / 1000, words, n)];
  let all = 0;
  let annotate = 0;
  for (const [name, ms] of times) {
    stages.push(rate(name, ms / 1000, words, n));
    all += ms / 1000;
    if (name.startsWith('annotate.')) annotate += ms / 1000;
  }
  stages.push(rate('annotate (all four extractors)', annotate, words, n));
  stages.push(rate('all per-report stages, 1 core', all, words, n));
  if (cores > 1) stages.push(rate(`all per-report stages, ${cores} cores`, parallel, words, n));
  stages.push(rate('link (entities + near-duplicates)', linkSeconds, words, n));
  stages.push(rate('reconcile (events, facts, story)', reconcileSeconds, words, n));
  return { reports: n, words, stages, streamingRssMb: streamingRss / 2 ** 20, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Linking and reconciling alone at `n` reports: each base report is annotated once and its document
 * copied (a new id, the same annotations), so 100,000 reports take seconds to set up, not minutes.
 * Copies share their annotations' objects, so the peak memory is not what a real run needs.
 */
export function benchLinking(base: readonly Report[], n: number, ctx: Context): SizeResult {
  const docs = base.map((r) => compactDoc(runStages({ report: r }, ctx)));
  const copies: Doc[] = Array.from({ length: n }, (_, i) => {
    const d = docs[i % docs.length]!;
    return { ...d, report: copyReport(d.report, Math.floor(i / docs.length)) };
  });
  const words = copies.reduce((sum, d) => sum + countWords(d.report.text), 0);
  let t = performance.now();
  const linked = linkEntitiesAcross(copies);
  const linkSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  buildStory(linked, new Map(), ctx);
  const reconcileSeconds = (performance.now() - t) / 1000;
  const stages = [rate('link (entities)', linkSeconds, words, n), rate('reconcile (events, facts, story)', reconcileSeconds, words, n)];
  return { reports: n, words, stages, streamingRssMb: 0, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

export function formatBench(results: readonly SizeResult[], baseline: Record<string, number> | null): string {
  const lines: string[] = [];
  for (const r of results) {
    const streaming = r.streamingRssMb ? ` (${r.streamingRssMb.toFixed(0)} MB streaming one report at a time)` : '';
    lines.push(`${r.reports} reports, ${r.words} words, peak RSS ${r.peakRssMb.toFixed(0)} MB${streaming}`);
    for (const s of r.stages) {
      const key = `${r.reports}:${s.stage}`;
      const was = baseline?.[key];
      const delta = was ? ` (${s.wordsPerSecond >= was ? '+' : ''}${(((s.wordsPerSecond - was) / was) * 100).toFixed(0)}% vs baseline)` : '';
      lines.push(`  ${s.stage.padEnd(36)} ${Math.round(s.wordsPerSecond).toLocaleString('en-US').padStart(12)} words/s ${s.reportsPerSecond.toFixed(0).padStart(9)} reports/s ${s.seconds.toFixed(2).padStart(8)} s${delta}`);
    }
  }
  return lines.join('\n');
}

/** The results as `size:stage → words/s`, the shape of bench/baseline.json. */
export function baselineOf(results: readonly SizeResult[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of results) for (const s of r.stages) out[`${r.reports}:${s.stage}`] = Math.round(s.wordsPerSecond);
  return out;
}
