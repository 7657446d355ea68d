/**
 * Extractors are built like chrono-node: small recognizers each propose
 * mentions, then refiners merge, resolve overlaps and filter, in the order a
 * kind's configuration.ts lists them.
 */
import type { Doc } from '../../model/doc.js';
import type { Span } from '../../model/span.js';
import type { Context } from '../../core/context.js';

export interface AnnotateInput {
  readonly doc: Doc;
  /** The cleaned view of the report text: same length and offsets as the original. */
  readonly text: string;
  readonly ctx: Context;
}

export interface Recognizer<M> {
  readonly name: string;
  recognize(input: AnnotateInput): M[];
}

/** `I`: what the refiner reads besides the mentions; a kind may hand its refiners more than the text (time: the publication date). */
export interface Refiner<M, I extends AnnotateInput = AnnotateInput> {
  readonly name: string;
  refine(input: I, mentions: M[]): M[];
}

export interface ExtractorConfiguration<M> {
  readonly recognizers: readonly Recognizer<M>[];
  readonly refiners: readonly Refiner<M>[];
}

/**
 * Runs every recognizer, then every refiner in order. Recognizers read the cleaned view (wire quote
 * marks made curly, boilerplate blanked); a mention's text is always the original's at its offsets.
 */
export function runExtractor<M extends Span>(config: ExtractorConfiguration<M>, input: AnnotateInput, ns: string): M[] {
  let found: M[] = [];
  for (const r of config.recognizers) {
    const got = r.recognize(input);
    input.ctx.debug(ns, () => `${r.name}: ${got.length}`);
    found = found.concat(got);
  }
  for (const f of config.refiners) {
    const before = found.length;
    found = f.refine(input, found);
    input.ctx.debug(ns, () => `${f.name}: ${before} -> ${found.length}`);
  }
  const original = input.doc.report.text;
  return found.map((m) => (original.slice(m.start, m.end) === m.text ? m : { ...m, text: original.slice(m.start, m.end) }));
}

/** A copy of each regex not in use by a running `matchesFrom`: copied once, not once per report. */
const idle = new WeakMap<RegExp, RegExp>();

/** Every match of the global regex `re` in `text` from `from` on, on a copy of `re` so callers share no state. */
export function* matchesFrom(re: RegExp, text: string, from: number): Generator<RegExpExecArray> {
  const copy = idle.get(re) ?? new RegExp(re.source, re.flags);
  // Taken while in use: a loop over the same regex inside this one gets a copy of its own.
  idle.delete(re);
  copy.lastIndex = from;
  try {
    let m: RegExpExecArray | null;
    while ((m = copy.exec(text))) yield m;
  } finally {
    idle.set(re, copy);
  }
}
