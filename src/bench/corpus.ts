/**
 * `crosscheck bench --corpus FILE`: words/s per stage on real text (any JSON
 * Lines of reports), each report streamed through the stages as `extract`
 * does, beside the same run of a bare tokenizer (wink-nlp, tokens only): the
 * physical anchor every figure is read against (issue 17).
 */
import type { Report } from '../model/report.js';
import type { Doc } from '../model/doc.js';
import type { Context } from '../core/context.js';
import type { Stage } from '../core/stage.js';
import { inferUndated, streamInputs } from '../load/index.js';
import { countWords } from '../segment/index.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { extractLine } from '../render/extract-line.js';

/** Reports run through the stages before the anchor runs over the same ones. */
const ANCHOR_BATCH = 256;

/**
 * This process's CPU time (user and system) in ms: what a stage and the anchor are timed by. On a shared
 * machine the wall clock also counts the time other loads take the core (the anchor alone moved 40%
 * between runs), which CPU time does not; both sides of the ratio are timed alike.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface CorpusStage {
  readonly stage: string;
  readonly seconds: number;
  readonly wordsPerSecond: number;
}

export interface CorpusResult {
  readonly reports: number;
  readonly words: number;
  readonly stages: readonly CorpusStage[];
  /** The tokenizer anchor's words/s, or null when wink-nlp is not installed (it is a dev dependency). */
  readonly anchor: number | null;
}

/** Tokens only, as the anchor is defined: wink-nlp's tokenizer with no pipeline after it. */
async function anchorTokenizer(): Promise<((text: string) => void) | null> {
  try {
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model, []);
    return (text) => void nlp.readDoc(text).tokens();
  } catch {
    return null;
  }
}

/**
 * Times reading `file` (JSON Lines), each of `stages` (those `extract` runs), linking entities
 * across the reports and writing each report's extract line. The anchor tokenizes each batch of
 * reports right after the stages ran on it: both see the same load on a shared machine, and the
 * anchor still runs in a loop of its own, as it was measured alone.
 */
export async function benchCorpus(file: string, ctx: Context, stages: readonly Stage[]): Promise<CorpusResult> {
  const times = new Map<string, number>();
  const add = (stage: string, since: number) => times.set(stage, (times.get(stage) ?? 0) + cpuMs() - since);
  let t = cpuMs();
  const read: Report[] = [];
  // Read as extract reads (record by record), so a file over the input limit is benched too.
  for await (const r of streamInputs([file], ctx)) read.push(r);
  const reports = inferUndated(read);
  add('read (JSON Lines to reports)', t);
  let words = 0;
  for (const r of reports) words += countWords(r.text);
  const tokenize = await anchorTokenizer();
  let anchorMs = 0;
  const docs: Doc[] = [];
  reports.forEach((report, i) => {
    let doc: Doc = { report };
    for (const s of stages) {
      t = cpuMs();
      doc = { ...doc, [s.assigns]: s.run(doc, ctx) };
      add(s.name, t);
    }
    docs.push({ report, ...(doc.time ? { time: doc.time } : {}), ...(doc.quantity ? { quantity: doc.quantity } : {}),
      ...(doc.quote ? { quote: doc.quote } : {}), ...(doc.entity ? { entity: doc.entity } : {}) });
    if (tokenize && ((i + 1) % ANCHOR_BATCH === 0 || i === reports.length - 1)) {
      t = cpuMs();
      for (const r of reports.slice(i - (i % ANCHOR_BATCH), i + 1)) tokenize(r.text);
      anchorMs += cpuMs() - t;
    }
  });
  t = cpuMs();
  const linked = linkEntitiesAcross(docs);
  add('link (entities across reports)', t);
  t = cpuMs();
  let bytes = 0;
  for (const d of linked) bytes += JSON.stringify(extractLine(d)).length;
  add('write (extract lines as JSON)', t);
  void bytes;
  const rates: CorpusStage[] = [];
  let all = 0;
  for (const [stage, ms] of times) {
    rates.push({ stage, seconds: ms / 1000, wordsPerSecond: words / (ms / 1000) });
    all += ms;
  }
  rates.push({ stage: 'extract, all of the above', seconds: all / 1000, wordsPerSecond: words / (all / 1000) });
  const anchor = tokenize ? words / (anchorMs / 1000) : null;
  return { reports: reports.length, words, stages: rates, anchor };
}

export function formatCorpusBench(r: CorpusResult): string {
  const lines = [`${r.reports} reports, ${r.words} words (seconds of CPU time)`];
  for (const s of r.stages) {
    const ratio = r.anchor ? `  ${(r.anchor / s.wordsPerSecond).toFixed(2).padStart(7)}× the anchor's time` : '';
    lines.push(`  ${s.stage.padEnd(34)} ${Math.round(s.wordsPerSecond).toLocaleString('en-US').padStart(12)} words/s ${s.seconds.toFixed(2).padStart(8)} s${ratio}`);
  }
  lines.push(r.anchor === null ? '  anchor: wink-nlp is not installed (npm install --include=dev)'
    : `  ${'anchor: wink-nlp tokens only'.padEnd(34)} ${Math.round(r.anchor).toLocaleString('en-US').padStart(12)} words/s`);
  return lines.join('\n');
}
