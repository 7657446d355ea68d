/**
 * `crosscheck eval DIR`: runs the pipeline over every report that has a gold
 * file, handing it the gold publication date (as TempEval hands systems the
 * DCT), and scores mentions per kind, date inference, and FACTS.json.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Doc } from '../model/doc.js';
import { SCORED_KINDS, type ScoredKind } from '../model/mention.js';
import type { Report } from '../model/report.js';
import { loadInputs } from '../load/index.js';
import { annotateReports, canonicalOrder } from '../pipeline/analyze.js';
import { countWords } from '../segment/index.js';
import type { Context } from '../core/context.js';
import { filesEndingWith } from './files.js';
import { findDuplicates } from '../link/near-duplicate.js';
import { buildStory } from '../reconcile/index.js';
import { extractLine } from '../render/extract-line.js';
import { readFacts, readGold, type GoldReport } from './gold.js';
import { emptyTallies, finish, scoreKind, type KindScore, type KindTallies, type Miss } from './score-mentions.js';
import { scoreFacts, type FactScore } from './score-facts.js';
import { readVoiceGold, scoreVoice, type VoiceScore } from './score-voice.js';

export interface DateScore {
  readonly reports: number;
  /** Reports whose loaded date (header, sidecar or inference, never the gold) has the gold's day or month. */
  readonly correct: number;
  readonly missing: number;
  readonly bySource: Readonly<Record<string, number>>;
}

export interface EvalResult {
  readonly dir: string;
  readonly reports: number;
  readonly words: number;
  readonly kinds: Partial<Record<ScoredKind, KindScore>>;
  readonly facts: FactScore | null;
  readonly voice: VoiceScore | null;
  readonly dates: DateScore;
  readonly misses: readonly Miss[];
  /** SHA-256 over the gold files' and the fact sheet's bytes, sorted by path: the eval gate's corpus fingerprint. */
  readonly fingerprint: string;
  readonly seconds: number;
}


function withPublished(report: Report, published: string | null): Report {
  if (!published) return report;
  return { ...report, meta: { ...report.meta, published, publishedSource: 'metadata', publishedHow: 'gold file' } };
}

/** `voicePath`: a voice gold file (eval/README.md) scored against the story record's fact values. */
export async function evaluate(dir: string, ctx: Context, only?: readonly ScoredKind[], voicePath?: string): Promise<EvalResult> {
  const t0 = performance.now();
  const fingerprint = createHash('sha256');
  const golds: GoldReport[] = [];
  const reports: Report[] = [];
  const bySource: Record<string, number> = {};
  let correct = 0;
  let missing = 0;
  for (const goldPath of filesEndingWith(dir, '.gold.json')) {
    fingerprint.update(relative(dir, goldPath)).update(readFileSync(goldPath));
    let loaded: Report | undefined;
    const gold = await readGold(goldPath, async (reportPath) => {
      [loaded] = await loadInputs([reportPath], ctx);
      return loaded?.text ?? null;
    }, ctx.errors);
    if (!gold || !loaded) continue;
    const got = loaded.meta.published;
    bySource[loaded.meta.publishedSource ?? 'none'] = (bySource[loaded.meta.publishedSource ?? 'none'] ?? 0) + 1;
    if (!got) missing++;
    else if (gold.published && (got.startsWith(gold.published.slice(0, 10)) || gold.published.startsWith(got))) correct++;
    golds.push(gold);
    reports.push(withPublished(loaded, gold.published));
  }
  // A story folder with a fact sheet is scored on all its reports, gold-annotated or not.
  const factsPath = join(dir, 'FACTS.json');
  if (existsSync(factsPath)) fingerprint.update('FACTS.json').update(readFileSync(factsPath));
  if (existsSync(factsPath) && !only) {
    const annotated = new Set(golds.map((g) => g.reportPath));
    for (const r of await loadInputs([dir], ctx)) if (!annotated.has(r.source)) reports.push(r);
  }
  // In the order analyze reads them, so that the record scored is the one analyze writes.
  const docs: Doc[] = annotateReports(canonicalOrder(reports), ctx);
  const tallies = new Map<ScoredKind, KindTallies>();
  const misses: Miss[] = [];
  let words = 0;
  for (const doc of docs) words += countWords(doc.report.text.slice(doc.report.bodyStart));
  const docOf = new Map(docs.map((d) => [d.report.source, d]));
  golds.forEach((gold) => {
    const doc = docOf.get(gold.reportPath);
    if (!doc) return;
    const line = extractLine(doc);
    const name = basename(gold.reportPath);
    for (const kind of gold.kinds) {
      if (only && !only.includes(kind)) continue;
      const t = tallies.get(kind) ?? emptyTallies();
      tallies.set(kind, t);
      scoreKind(kind, line.mentions, gold.mentions, t, name, misses);
    }
  });
  const kinds: Partial<Record<ScoredKind, KindScore>> = {};
  for (const k of SCORED_KINDS) {
    const t = tallies.get(k);
    if (t) kinds[k] = finish(t, k);
  }
  let facts: FactScore | null = null;
  let voice: VoiceScore | null = null;
  if ((existsSync(factsPath) || voicePath) && !only) {
    const duplicates = findDuplicates(docs.map((d) => d.report), ctx.options.duplicateThreshold);
    const record = buildStory(docs, duplicates, ctx);
    const key = new Map(docs.map((d) => [d.report.id, basename(d.report.source)]));
    const texts = new Map(docs.map((d) => [basename(d.report.source), d.report.text]));
    const goldFacts = existsSync(factsPath) ? readFacts(factsPath, ctx.errors) : null;
    const languages = new Map(record.reports.map((r) => [key.get(r.id) ?? r.id, r.language ?? 'en']));
    if (goldFacts) facts = scoreFacts(goldFacts, record, key, (r) => texts.get(r) ?? null, (r) => languages.get(r) ?? 'en');
    const voiceGold = voicePath ? readVoiceGold(voicePath, ctx.errors) : null;
    if (voiceGold) voice = scoreVoice(voiceGold, record, key);
  }
  return {
    dir,
    reports: docs.length,
    words,
    kinds,
    facts,
    voice,
    dates: { reports: golds.length, correct, missing, bySource },
    misses,
    fingerprint: fingerprint.digest('hex'),
    seconds: (performance.now() - t0) / 1000,
  };
}
