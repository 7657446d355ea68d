/**
 * The keys of all keyed patterns found in one pass over a text. Each key scanned alone by its regex costs a pass of
 * the regex engine over the whole body, about fifteen of them per report; here one automaton (Aho–Corasick, on the
 * ASCII letters folded to lower case) finds the places where any key's opening words begin, and each key's own regex,
 * tried there alone, decides. So the positions are the key's, exactly: the automaton only chooses where to ask.
 */

/** The letters, figures and spaces an alternative opens with, up to one a quantifier may leave out; and whether that is all of it. */
function opening(alternative: string): { readonly word: string; readonly whole: boolean } {
  const [, word, after] = /^(?:\\b)?([A-Za-z0-9 ]*)(.?)/.exec(alternative)!;
  // A letter under ?, * or {0,…} may be missing: the opening ends before it.
  if (/[?*{]/.test(after!)) return { word: word!.slice(0, -1), whole: false };
  return { word: word!, whole: after === '' };
}

/** Whether `source` holds a `|` outside brackets: an alternative of its own. */
function alternatesAtTop(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The words a match of `key` must begin with (any case), when its source says so plainly: alternatives of letters,
 * figures and spaces, each after an optional `\b`, or one `(?:…)` group of them, then what follows it (its opening
 * words go on each alternative said whole); the rest is the regex's to check. Null when the source is not of that form
 * (it is then scanned by its regex), or a start is shorter than 2 characters (a start that common saves nothing).
 */
export function keyStarts(key: RegExp): string[] | null {
  if (key.unicode && key.ignoreCase) return null; // its case folding reaches beyond ASCII ("K" for the Kelvin sign)
  const group = /^(?:\\b)?\(\?:([^()[\]\\]*)\)/.exec(key.source);
  const rest = group ? key.source.slice(group[0].length) : '';
  const alternatives = group ? group[1]! : key.source;
  if (/[()[\]]|\\\|/.test(alternatives) || /^[?*{]/.test(rest) || alternatesAtTop(rest)) return null;
  const after = opening(rest).word;
  const starts: string[] = [];
  for (const alternative of alternatives.split('|')) {
    const { word, whole } = opening(alternative);
    const start = (whole ? word + after : word).toLowerCase();
    if (start.length < 2) return null;
    starts.push(start.slice(0, MAX_START));
  }
  // A start that begins with another of the key's adds no place to ask.
  return starts.filter((w, i) => !starts.some((o, j) => j !== i && w.startsWith(o) && (o !== w || j < i)));
}

/** The longest start kept: a longer one adds states to the automaton, and the key's regex checks the rest anyway. */
const MAX_START = 8;
/** Characters the automaton tells apart: ASCII, folded to lower case; any other is one no start holds. */
const CODES = 128;
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

export class KeyScanner {
  /**
   * Each ASCII code's class: 0 for a character no start holds, else the same number for the two cases of a letter. The
   * automaton's table is by class, not code: small enough to stay in the processor's nearest cache.
   */
  private readonly classOf = new Uint8Array(CODES);
  private readonly classes: number;
  /**
   * Per state and class, the next state's row in this table (its number times the classes), doubled, plus 1 when
   * starts end there: one load a character, where the next state and its outputs were three.
   */
  private readonly step: Int32Array;
  /** Per state, its outputs as a range of `outKey`/`outLength`: the starts that end there. */
  private readonly outFrom: Int32Array;
  private readonly outTo: Int32Array;
  private readonly outKey: number[] = [];
  private readonly outLength: number[] = [];
  /** The length of the longest start. */
  readonly longest: number;
  /** Each key as a sticky regex, to try at a place where one of its starts begins. */
  private readonly sticky: RegExp[];
  /** Whether each key has starts: the others' positions are not this scanner's to give. */
  private readonly scanned: boolean[];

  /** `keys[i]` with its starts, or null: a key without starts is not scanned here. */
  constructor(keys: readonly { readonly key: RegExp; readonly starts: readonly string[] | null }[]) {
    this.sticky = keys.map(({ key }) => new RegExp(key.source, key.flags.replace('g', '') + 'y'));
    this.scanned = keys.map(({ starts }) => starts !== null);
    this.longest = Math.max(0, ...keys.flatMap(({ starts }) => (starts ?? []).map((w) => w.length)));
    let classes = 1;
    for (const { starts } of keys) {
      for (const w of starts ?? []) {
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (this.classOf[c] === 0) this.classOf[c] = classes++;
        }
      }
    }
    for (let c = 0; c < CODES; c++) this.classOf[c] = this.classOf[fold(c)]!;
    this.classes = classes;
    const goto: number[][] = [[]];
    const ends: { key: number; length: number }[][] = [[]];
    keys.forEach(({ starts }, key) => {
      for (const w of starts ?? []) {
        let s = 0;
        for (let i = 0; i < w.length; i++) {
          const c = this.classOf[w.charCodeAt(i)]!;
          if (goto[s]![c] === undefined) {
            goto[s]![c] = goto.length;
            goto.push([]);
            ends.push([]);
          }
          s = goto[s]![c]!;
        }
        ends[s]!.push({ key, length: w.length });
      }
    });
    // Breadth first: each state's failure (its longest proper suffix that is a state) is known before its children's.
    const n = goto.length;
    const next = new Int32Array(n * classes);
    const fail = new Int32Array(n);
    const outputs: { key: number; length: number }[][] = ends.map((e) => [...e]);
    const queue: number[] = [];
    for (let c = 0; c < classes; c++) {
      const s = goto[0]![c];
      next[c] = s ?? 0;
      if (s !== undefined) queue.push(s);
    }
    for (let q = 0; q < queue.length; q++) {
      const r = queue[q]!;
      outputs[r]!.push(...outputs[fail[r]!]!);
      for (let c = 0; c < classes; c++) {
        const s = goto[r]![c];
        if (s === undefined) {
          next[r * classes + c] = next[fail[r]! * classes + c]!;
        } else {
          fail[s] = next[fail[r]! * classes + c]!;
          next[r * classes + c] = s;
          queue.push(s);
        }
      }
    }
    this.outFrom = new Int32Array(n);
    this.outTo = new Int32Array(n);
    outputs.forEach((out, s) => {
      this.outFrom[s] = this.outKey.length;
      for (const o of out) {
        this.outKey.push(o.key);
        this.outLength.push(o.length);
      }
      this.outTo[s] = this.outKey.length;
    });
    this.step = next.map((s) => s * classes * 2 + (outputs[s]!.length > 0 ? 1 : 0));
  }

  /**
   * Every position where each scanned key matches in `text`, as a global scan of it finds them one past each match:
   * `into[k]` for key k (left as it is for a key without starts). Only the starts that end before `end` are looked
   * for; each key's regex reads the whole text.
   */
  scan(text: string, into: (number[] | undefined)[], end = text.length): void {
    const { classOf, classes, step, outFrom, outTo, outKey, outLength, sticky } = this;
    const found: number[][] = sticky.map(() => []);
    let row = 0;
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      const v = step[row + (c < CODES ? classOf[c]! : 0)]!;
      row = v >> 1;
      if ((v & 1) === 0) continue;
      const s = row / classes;
      for (let o = outFrom[s]!, to = outTo[s]!; o < to; o++) {
        const k = outKey[o]!;
        const at = i + 1 - outLength[o]!;
        const re = sticky[k]!;
        re.lastIndex = at;
        if (re.test(text)) found[k]!.push(at);
      }
    }
    for (let k = 0; k < found.length; k++) {
      if (!this.scanned[k]) continue;
      const at = found[k]!;
      // Starts of one key of unequal length end in another order than they begin; so it is rare, and then sorted.
      for (let i = 1; i < at.length; i++) {
        if (at[i]! < at[i - 1]!) {
          at.sort((a, b) => a - b);
          break;
        }
      }
      into[k] = at;
    }
  }
}
