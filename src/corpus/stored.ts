/**
 * What the store keeps of an annotated report, and the document rebuilt from it. The stored line
 * is the CONTRACT §1 extract line (extra fields are free there) whose mentions keep every field the
 * annotators set, plus the cues, claims and segment ranges that linking and reconciling read. So a
 * stored corpus is reconciled without running any annotator again: its cost is linking and
 * reconciling alone, however many reports are stored.
 */
import type { Claim, FigureClaim } from '../model/claim.js';
import type { Doc } from '../model/doc.js';
import type { CueMention, EntityMention, QuantityMention, QuoteMention, TimeMention } from '../model/mention.js';
import type { ExtractLine } from '../model/record.js';
import type { Report } from '../model/report.js';
import type { Paragraph, Sentence } from '../model/segments.js';
import { annotateEach, annotateSome, type Failed } from '../pipeline/analyze.js';
import type { Context } from '../core/context.js';
import { extractLine } from '../render/extract-line.js';
import { storyKeys } from '../link/stories.js';
import { rangeBound } from '../claims/figures.js';
import type { AnnotationInput, FailureInput, Store } from '../store/store.js';

type Scored = TimeMention | QuantityMention | QuoteMention | EntityMention;

/** A stored line: the §1 line with everything reconciling needs kept alongside. */
export interface StoredLine extends ExtractLine {
  /** The four contract kinds in text order, each mention with all its fields. */
  readonly mentions: readonly Scored[];
  readonly cues: readonly CueMention[];
  /** `quantities` and `times` index the line's quantity and time mentions, in the order they appear in `mentions`. */
  readonly claims: readonly Claim[];
  /** The figure claims, each `mention` an index into `mentions`; absent from lines stored before figures were kept. */
  readonly figures?: readonly StoredFigure[];
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
}

type StoredFigure = Omit<FigureClaim, 'mention'> & { readonly mention: number };

const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

/** For each index into `list`, the index of that item once `list` is sorted by place (a stable sort, as `mentions` is). */
function placeIndex(list: readonly { start: number; end: number }[]): number[] {
  const sorted = list.map((m, i) => ({ m, i })).sort((a, b) => byPlace(a.m, b.m));
  const at: number[] = new Array(list.length);
  sorted.forEach(({ i }, k) => { at[i] = k; });
  return at;
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
    ...(doc.figures ? { figures: storedFigures(doc.figures, mentions) } : {}),
    paragraphs: doc.segments?.paragraphs ?? [],
    sentences: doc.segments?.sentences ?? [],
  };
}

function storedFigures(figures: readonly FigureClaim[], mentions: readonly Scored[]): StoredFigure[] {
  const at = new Map<Scored, number>(mentions.map((m, i) => [m, i]));
  return figures.flatMap((f) => {
    // An end of a range is stored as the range it is read from.
    const i = f.bound ? mentions.findIndex((m) => m.kind === 'quantity' && m.start <= f.mention.start && f.mention.end <= m.end && m.value === null) : at.get(f.mention);
    return i === undefined ? [] : [{ ...f, mention: i }];
  });
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
    ...(s.figures ? { figures: s.figures.map((f) => {
      const m = s.mentions![f.mention] as QuantityMention | TimeMention;
      return { ...f, mention: f.bound && m.kind === 'quantity' ? rangeBound(report.text, m, f.bound) : m };
    }) } : {}),
  };
}

/** What the store keeps of an annotated document: its line and its story keys. */
export function annotationOf(doc: Doc, duplicateOf: string | null = null): AnnotationInput {
  return { reportId: doc.report.id, line: storedLine(doc, duplicateOf), keys: storyKeys(doc) };
}

/** What the store keeps of reports the annotators gave up on. */
export function failuresOf(failed: readonly Failed[]): FailureInput[] {
  return failed.map((f) => ({ reportId: f.report.id, code: f.error.code, message: f.error.message }));
}

/**
 * Stores story keys for the reports that have none: a line stored before lines kept them is read
 * (or annotated again when it is a bare §1 line), and with `annotateUnannotated` a report with no
 * line yet (and no failure) is annotated here, as one-process writers (ingest, watch) do; a worker and
 * the server leave it to whoever stored it. One that cannot be annotated is stored as a failure.
 * Returns the ids given keys.
 */
export async function storeMissingKeys(store: Store, ctx: Context, opts: { annotateUnannotated: boolean }): Promise<string[]> {
  const entries: AnnotationInput[] = [];
  const redo: Report[] = [];
  for (const { report, line } of await store.listUnkeyed({ unannotated: opts.annotateUnannotated })) {
    const doc = line ? docFromLine(report, line) : null;
    if (doc) entries.push({ reportId: report.id, line: line!, keys: storyKeys(doc) });
    else redo.push(report);
  }
  const { docs, failed } = annotateSome(redo, ctx);
  for (const doc of docs) entries.push(annotationOf(doc));
  if (entries.length) await store.putAnnotations(entries);
  // Kept as failures, so the next reconcile does not try them again.
  if (failed.length) await store.putFailures(failuresOf(failed));
  return entries.map((e) => e.reportId);
}

/**
 * The documents of these stored reports, from their lines, in the order given and not yet linked
 * across them. A bare §1 line (stored before lines kept the rest) is annotated again and replaced;
 * a report with no line is left out.
 */
export async function storedDocs(store: Store, ids: readonly string[], ctx: Context): Promise<Doc[]> {
  const docs = new Map<string, Doc>();
  const redo: Report[] = [];
  for (const { report, line } of await store.listAnnotated(ids)) {
    const doc = line ? docFromLine(report, line) : null;
    if (doc) docs.set(report.id, doc);
    else if (line) redo.push(report);
  }
  const done = annotateEach(redo, ctx);
  if (done.length) await store.putAnnotations(done.map((d) => annotationOf(d)));
  for (const d of done) docs.set(d.report.id, d);
  return ids.flatMap((id) => docs.get(id) ?? []);
}
