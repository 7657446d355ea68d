/**
 * Run options: one object, frozen at the entry point, defaults here with a comment per key.
 */

export interface Options {
  /** Directories of extra lexicon files merged over the bundled ones (`--lexicon`). */
  readonly lexiconDirs: readonly string[];
  /** Largest input file read, in bytes; larger files are refused with CC104. */
  readonly maxInputBytes: number;
  /** Worker threads for per-report stages; 1 runs everything on the main thread. */
  readonly workers: number;
  /** Jaccard similarity over shingles above which a report is a copy of an earlier one. */
  readonly duplicateThreshold: number;
  /** Publication time used when a report has none (eval hands in the gold's, like TempEval's DCT). */
  readonly defaultPublished: string | null;
  /** Debug namespaces to print (`CROSSCHECK_DEBUG=annotate.time,link`). */
  readonly debug: readonly string[];
  /** List skipped files and other notes on stderr. */
  readonly verbose: boolean;
}

export const DEFAULT_OPTIONS: Options = Object.freeze({
  lexiconDirs: [],
  // 64 MB: above the 50 MB a user may reasonably feed, far below what exhausts memory.
  maxInputBytes: 64 * 1024 * 1024,
  workers: 1,
  // 0.4 over word 5-shingles: a syndicated copy with a new headline, footer and no boilerplate
  // scores about 0.45-0.9 against its original; separate reports of one story stay below 0.2.
  duplicateThreshold: 0.4,
  defaultPublished: null,
  debug: [],
  verbose: false,
});

/** Merges user options over the defaults and freezes the result. */
export function makeOptions(partial: Partial<Options> = {}): Options {
  const debugEnv = process.env['CROSSCHECK_DEBUG'];
  const debug = partial.debug ?? (debugEnv ? debugEnv.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_OPTIONS.debug);
  return Object.freeze({ ...DEFAULT_OPTIONS, ...partial, debug: Object.freeze([...debug]) });
}
