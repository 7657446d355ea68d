/**
 * What the store keeps of an annotated report, and the document rebuilt from it. The stored line
 * is the CONTRACT §1 extract line (extra fields are free there) whose mentions keep every field the
 * annotators set, plus the cues, claims and segment ranges that linking and reconciling read. So a
 * stored corpus is reconciled without running any annotator again: its cost is linking and
 * reconciling alone, however many reports are stored.
 */
import type { Claim } from '../model/claim.js';
import type { Doc } from '../model/doc.js';
import type { CueMention, EntityMention, QuantityMention, QuoteMention, TimeMention } from '../model/mention.js';
import type { ExtractLine } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { Paragraph, Sentence } from '../model/segments.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { annotateEach, canonicalOrder } from '../pipeline/analyze.js';
import type { Context } from '../pipeline/context.js';
import { extractLine } from '../render/extract-line.js';
import type { Store } from '../store/store.js';

type Scored = TimeMention | QuantityMention | QuoteMention | EntityMention;

/** A stored line: the §1 line with everything reconciling needs kept alongside. */
export interface StoredLine extends ExtractLine {
  /** The four contract kinds in text order, each mention with all its fields. */
  readonly mentions: readonly Scored[];
  readonly cues: readonly CueMention[];
  /** `quantities` and `times` index the line's quantity and time mentions, in the order they appear in `mentions`. */
  readonly claims: readonly Claim[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

/** For each index into `list`, the index of that item once `list` is sorted by place (a stable sort, as `mentions` is). */
function placeIndex(list: readonly { start: number; end: number }[]): number[] {
  const sorted = list.map((m, i) => ({ m, i })).sort((a, b) => byPlace(a.m, b.m));
  const at: number[] = new Array(list.length);
  sorted.forEach(({ i }, k) => { at[i] = k; });
  return at;
}

/**
 * Each report annotated on its own, its names linked within itself alone: what a stored line holds,
 * so that the line depends on its report only, whoever annotated it and with whichever others.
 */
export function annotateAlone(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): Doc[] {
  return annotateEach(reports, ctx, onDone).map((d) => linkEntitiesAcross([d])[0]!);
}

/** The line to store for an annotated (compacted) document. */
export function storedLine(doc: Doc, duplicateOf: string | null = null): StoredLine {
  const line = extractLine(doc, duplicateOf);
  // The line's mentions are sorted by place; claims must point into the same order.
  const q = placeIndex(doc.quantity ?? []);
  const t = placeIndex(doc.time ?? []);
  const mentions = [...(doc.time ?? []), ...(doc.quantity ?? []), ...(doc.quote ?? []), ...(doc.entity ?? [])].sort(byPlace);
  return {
    ...line,
    mentions,
    cues: doc.cue ?? [],
    claims: (doc.claims ?? []).map((c) => ({ ...c, quantities: c.quantities.map((i) => q[i]!), times: c.times.map((i) => t[i]!) })),
    paragraphs: doc.segments?.paragraphs ?? [],
    sentences: doc.segments?.sentences ?? [],
  };
}

/** The document a stored line stands for, as annotating gives it after compacting; null for a bare §1 line. */
export function docFromLine(report: Report, line: ExtractLine): Doc | null {
  const s = line as Partial<StoredLine>;
  if (!s.claims || !s.cues || !s.sentences || !s.paragraphs) return null;
  const of = <K extends Scored['kind']>(kind: K) => s.mentions!.filter((m): m is Extract<Scored, { kind: K }> => m.kind === kind);
  return {
    report,
    segments: { paragraphs: s.paragraphs, sentences: s.sentences, tokens: [] },
    time: of('time'),
    quantity: of('quantity'),
    quote: of('quote'),
    entity: of('entity'),
    cue: s.cues,
    claims: s.claims,
  };
}

/**
 * Every stored report as a document, from its stored line, in canonical order with entities linked
 * across them: what `analyzeReports` gives before reconciling. A report with a bare §1 line (stored
 * before lines kept the rest) is annotated again and its line replaced. A report with no line yet is
 * annotated here when `annotateUnannotated`; a worker leaves it to its pending annotate job instead.
 */
export async function storedDocs(store: Store, ctx: Context, opts: { annotateUnannotated: boolean }): Promise<Doc[]> {
  const docs: Doc[] = [];
  const redo: Report[] = [];
  for (const { report, line } of await store.listAnnotated()) {
    const doc = line ? docFromLine(report, line) : null;
    if (doc) docs.push(doc);
    else if (line || opts.annotateUnannotated) redo.push(report);
  }
  const done = annotateAlone(redo, ctx);
  await store.putAnnotations(done.map((d) => ({ reportId: d.report.id, line: storedLine(d) })));
  docs.push(...done);
  const order = new Map(canonicalOrder(docs.map((d) => d.report)).map((r, i) => [r.id, i]));
  return linkEntitiesAcross(docs.sort((a, b) => order.get(a.report.id)! - order.get(b.report.id)!));
}
