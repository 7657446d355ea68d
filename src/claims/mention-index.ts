/**
 * The mentions of one document indexed by place, built once per document: claims ask, for every
 * sentence and every figure, which mentions lie in or hold a range, and a scan of all of them each
 * time made a long report cost the square of its length.
 */
import type { Doc } from '../model/doc.js';
import type { CueMention, EntityMention, QuantityMention, QuoteMention, TimeMention } from '../model/mention.js';
import type { Range } from '../model/span.js';
import { SpanIndex } from '../annotate/common/span-index.js';

export interface MentionIndex {
  readonly time: SpanIndex<TimeMention>;
  readonly quantity: SpanIndex<QuantityMention>;
  readonly entity: SpanIndex<EntityMention>;
  readonly cue: SpanIndex<CueMention>;
  readonly quote: SpanIndex<QuoteMention>;
  /** Quotes by the span of the words naming their speaker. */
  readonly quoteSpeaker: SpanIndex<Range & { readonly quote: QuoteMention }>;
}

const built = new WeakMap<Doc, MentionIndex>();

export function mentionIndex(doc: Doc): MentionIndex {
  let index = built.get(doc);
  if (!index) {
    index = {
      time: new SpanIndex(doc.time ?? []),
      quantity: new SpanIndex(doc.quantity ?? []),
      entity: new SpanIndex(doc.entity ?? []),
      cue: new SpanIndex(doc.cue ?? []),
      quote: new SpanIndex(doc.quote ?? []),
      quoteSpeaker: new SpanIndex((doc.quote ?? []).flatMap((q) => (q.speakerSpan ? [{ start: q.speakerSpan.start, end: q.speakerSpan.end, quote: q }] : []))),
    };
    built.set(doc, index);
  }
  return index;
}
