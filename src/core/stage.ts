/**
 * A stage: a plain function over one document, with the metadata that lets
 * compose.ts check the order (spaCy's pipeline components).
 */
import type { Doc, DocField, DocFields } from '../model/doc.js';
import type { Context } from './context.js';

export interface Stage<K extends DocField = DocField> {
  readonly name: string;
  /** Slots that must be assigned by earlier stages. */
  readonly requires: readonly DocField[];
  /** The one slot this stage fills. */
  readonly assigns: K;
  readonly run: (doc: Doc, ctx: Context) => DocFields[K];
}

export function defineStage<K extends DocField>(stage: Stage<K>): Stage<K> {
  return Object.freeze(stage);
}
