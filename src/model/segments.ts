/**
 * Segments of a report: paragraphs, sentences and tokens, all ranges of the original text.
 */
import type { Range } from './span.js';

export interface Paragraph extends Range {
  readonly index: number;
}

export interface Sentence extends Range {
  readonly index: number;
  readonly paragraph: number;
}

export type TokenShape = 'word' | 'number' | 'punct' | 'symbol' | 'handle' | 'url';

export interface Token extends Range {
  /** Lower-cased text. */
  readonly norm: string;
  readonly shape: TokenShape;
  /** Index of the sentence holding this token. */
  readonly sentence: number;
}

export interface Segments {
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}
