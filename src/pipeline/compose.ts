/**
 * THE one place the default pipeline is assembled. Every order-sensitive line
 * says why it stands where it does; `checkOrder` fails fast, naming the stage,
 * when a stage needs a slot no earlier stage assigns.
 */
import type { Doc, DocField } from '../model/doc.js';
import type { Context } from '../core/context.js';
import type { Stage } from '../core/stage.js';
import { cleanStage } from '../clean/index.js';
import { segmentStage } from '../segment/index.js';
import { timeStage } from '../annotate/time/index.js';
import { quantityStage } from '../annotate/quantity/index.js';
import { entityStage } from '../annotate/entity/index.js';
import { quoteStage } from '../annotate/quote/index.js';
import { cueStage } from '../annotate/attribution/index.js';
import { claimsStage } from '../claims/index.js';
import { figuresStage } from '../claims/figures.js';

/** The per-report stages, in order. */
export const DEFAULT_STAGES: readonly Stage[] = Object.freeze([
  // Cleaning first: every later stage reads the cleaned view (same offsets, boilerplate blanked).
  cleanStage,
  segmentStage,
  // Time before quantity: quantity skips spans time has claimed (years, "14-day").
  timeStage,
  quantityStage,
  entityStage,
  // Quotes need entities to name speakers canonically.
  quoteStage,
  // Cues need quotes to know which sentences are already attributed.
  cueStage,
  // Claims fill frames from all mention kinds.
  claimsStage,
  // Figure claims, what linking compares across reports, read here where reports run in parallel.
  figuresStage,
] as Stage[]);

/** Checks that each stage's `requires` is met by an earlier `assigns`. */
export function checkOrder(stages: readonly Stage[]): void {
  const have = new Set<DocField>();
  for (const s of stages) {
    for (const r of s.requires) {
      if (!have.has(r)) throw new Error(`pipeline: stage ${s.name} requires ${r}, which no earlier stage assigns`);
    }
    have.add(s.assigns);
  }
}

/** Describes the chain for `crosscheck pipeline --explain`. */
export function explain(stages: readonly Stage[] = DEFAULT_STAGES): string {
  return stages.map((s, i) => `${i + 1}. ${s.name}: requires [${s.requires.join(', ')}] assigns ${s.assigns}`).join('\n');
}

/** Runs the stages over one document; a failing stage becomes an error value and later stages are skipped. */
export function runStages(doc: Doc, ctx: Context, stages: readonly Stage[] = DEFAULT_STAGES): Doc {
  let current: Doc = doc;
  for (const s of stages) {
    const value = s.run(current, ctx);
    current = { ...current, [s.assigns]: value };
  }
  return current;
}

checkOrder(DEFAULT_STAGES);
