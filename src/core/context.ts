/**
 * The run context handed to every stage: options, debug output, and the list
 * of per-input errors (failures on one report are values, not exceptions).
 */
import type { RunError } from '../model/errors.js';
import { makeOptions, type Options } from './options.js';
import { setLexiconDirs } from '../lexicon/index.js';

export interface Context {
  readonly options: Options;
  /** Errors collected so far; stages append, the CLI prints them one line each. */
  readonly errors: RunError[];
  /** Prints `msg()` on stderr when `ns` (or a prefix of it) is enabled; the closure is never called otherwise. */
  debug(ns: string, msg: () => string): void;
}

export function makeContext(options: Partial<Options> | Options = {}): Context {
  const opts = Object.isFrozen(options) ? (options as Options) : makeOptions(options);
  // Every context is built from the run's options, so the lexicon in use is always the one they name.
  setLexiconDirs(opts.lexiconDirs);
  const enabled = opts.debug;
  const on = (ns: string) => enabled.some((p) => p === '*' || ns === p || ns.startsWith(p + '.'));
  return {
    options: opts,
    errors: [],
    debug(ns, msg) {
      if (enabled.length > 0 && on(ns)) process.stderr.write(`[${ns}] ${msg()}\n`);
    },
  };
}
