/**
 * The cleaned view of a report. Cleaning never moves text: `text` has the
 * original's length, with dropped boilerplate blanked (newlines kept), so an
 * offset into the clean view IS the offset into the original. The offset map
 * is therefore the identity, by construction, and `dropped` records what was
 * removed and why.
 */
import type { Range, Span } from './span.js';

export type CleanRule =
  | 'header'
  | 'embed-duplicate'
  | 'embed-signature'
  | 'also-read'
  | 'image-credit'
  | 'image-caption'
  | 'share-line'
  | 'subscribe-line'
  | 'advertisement'
  | 'published-line'
  | 'link';

export interface DroppedSpan extends Span {
  readonly rule: CleanRule;
  /** For a folded duplicate: the range of the copy that was kept. */
  readonly keptAs: Range | null;
}

/** An embedded social post: its body and its "— Name (@handle) Month D, YYYY" signature. */
export interface EmbeddedPost {
  readonly body: Range;
  readonly signature: Span;
  readonly author: string | null;
  readonly handle: string | null;
  readonly date: string | null;
}

export interface CleanView {
  /** Same length as the report text; dropped ranges are spaces (newlines kept). */
  readonly text: string;
  readonly dropped: readonly DroppedSpan[];
  readonly embeds: readonly EmbeddedPost[];
}
