/**
 * The document that flows through the per-report stages: one report and what
 * each stage has assigned to it so far (spaCy's Doc with its extension slots).
 */
import type { Claim, FigureClaim } from './claim.js';
import type { CleanView } from './clean.js';
import type { CueMention, EntityMention, QuantityMention, QuoteMention, TimeMention } from './mention.js';
import type { Report } from './report.js';
import type { Segments } from './segments.js';

/** Every slot a stage may assign; a stage's `assigns` names one of these keys. */
export interface DocFields {
  clean: CleanView;
  segments: Segments;
  time: readonly TimeMention[];
  quantity: readonly QuantityMention[];
  entity: readonly EntityMention[];
  quote: readonly QuoteMention[];
  cue: readonly CueMention[];
  claims: readonly Claim[];
  figures: readonly FigureClaim[];
}

export type DocField = keyof DocFields;

export type Doc = { readonly report: Report } & { [K in DocField]?: DocFields[K] };

/** A doc whose slots `K` are known to be filled. */
export type DocWith<K extends DocField> = Doc & { readonly [P in K]: DocFields[P] };

/** Reads a slot a stage declared in `requires`; a missing one is a bug in composition, so it throws. */
export function need<K extends DocField>(doc: Doc, field: K): DocFields[K] {
  const value = doc[field];
  if (value === undefined) throw new Error(`pipeline bug: ${field} is not assigned for report ${doc.report.id}`);
  return value as DocFields[K];
}

/**
 * The doc as linking and reconciling need it: the cleaned copy of the text and the tokens are
 * dropped once the per-report stages are done. They are most of a doc's memory (a token object
 * per word), and keeping them for a whole corpus is what made memory grow with it.
 */
export function compactDoc(doc: Doc): Doc {
  const { clean: _clean, segments, ...rest } = doc;
  return segments ? { ...rest, segments: { ...segments, tokens: [] } } : rest;
}
