/**
 * A report's tokens kept as columns of numbers, their objects made only when `tokens` is read. An
 * object and a lower-cased string for each of 2.4M tokens (TempEval ×24) were most of the segment
 * stage and of the garbage collection after it: the tokens live through every later stage of the
 * report, so each was copied by the young generation's collections. `extract` reads the columns
 * (tokenTable); the objects are for the stages that read `tokens` (claims).
 */
import type { Paragraph, Segments, Sentence, Token, TokenShape } from '../model/segments.js';

/** The shapes by code, as the table holds them. */
export const TOKEN_SHAPES: readonly TokenShape[] = ['word', 'number', 'punct', 'symbol', 'handle', 'url'];
export const WORD_SHAPE = 0;
export const URL_SHAPE = 5;

/** Token `i` is `text[start[i], end[i])`, of shape `TOKEN_SHAPES[shape[i]]`, in sentence `sentence[i]`. */
export interface TokenTable {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly sentence: Int32Array;
  readonly shape: Uint8Array;
}

/**
 * `text[start, end)` lower-cased. A token with no capital and nothing outside ASCII is its own
 * lower case; toLowerCase on a slice of a two-byte text goes to ICU even then.
 */
function lowered(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c >= 65 && c <= 90) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
}

/** Tokens written one by one into buffers shared by every report, then copied out at their count. */
export class TokenTableBuilder {
  #count = 0;
  #start = new Int32Array(1024);
  #end = new Int32Array(1024);
  #sentence = new Int32Array(1024);
  #shape = new Uint8Array(1024);

  add(start: number, end: number, shape: TokenShape, sentence: number): void {
    if (this.#count === this.#start.length) this.#grow();
    const i = this.#count++;
    this.#start[i] = start;
    this.#end[i] = end;
    this.#sentence[i] = sentence;
    this.#shape[i] = TOKEN_SHAPES.indexOf(shape);
  }

  /** The table of the tokens added since the last call, its columns in one buffer (each buffer was a sizable cost); the builder is empty again. */
  take(): TokenTable {
    const count = this.#count;
    this.#count = 0;
    const buffer = new ArrayBuffer(13 * count);
    const column = <T extends Int32Array | Uint8Array>(into: T, from: T): T => (into.set(from.subarray(0, count)), into);
    return {
      count,
      start: column(new Int32Array(buffer, 0, count), this.#start),
      end: column(new Int32Array(buffer, 4 * count, count), this.#end),
      sentence: column(new Int32Array(buffer, 8 * count, count), this.#sentence),
      shape: column(new Uint8Array(buffer, 12 * count, count), this.#shape),
    };
  }

  #grow(): void {
    const n = 2 * this.#start.length;
    const grown = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.#start = grown(this.#start, new Int32Array(n));
    this.#end = grown(this.#end, new Int32Array(n));
    this.#sentence = grown(this.#sentence, new Int32Array(n));
    this.#shape = grown(this.#shape, new Uint8Array(n));
  }
}

/** Segments as segment() makes them: `tokens` built from the table when first read. */
export class TabledSegments implements Segments {
  readonly #text: string;
  readonly #table: TokenTable;
  #tokens: Token[] | undefined;

  constructor(readonly paragraphs: readonly Paragraph[], readonly sentences: readonly Sentence[], text: string, table: TokenTable) {
    this.#text = text;
    this.#table = table;
  }

  get tokens(): readonly Token[] {
    if (this.#tokens) return this.#tokens;
    const { count, start, end, sentence, shape } = this.#table;
    const tokens: Token[] = [];
    for (let i = 0; i < count; i++) {
      tokens.push({ start: start[i]!, end: end[i]!, norm: lowered(this.#text, start[i]!, end[i]!), shape: TOKEN_SHAPES[shape[i]!]!, sentence: sentence[i]! });
    }
    return (this.#tokens = tokens);
  }

  static tableOf(segments: Segments): TokenTable | undefined {
    return #table in segments ? segments.#table : undefined;
  }
}

/** The tokens of `segments` as a table: segment()'s own, or made from `tokens` for segments made elsewhere. */
export function tokenTable(segments: Segments): TokenTable {
  const own = TabledSegments.tableOf(segments);
  if (own) return own;
  const builder = new TokenTableBuilder();
  for (const t of segments.tokens) builder.add(t.start, t.end, t.shape, t.sentence);
  return builder.take();
}
