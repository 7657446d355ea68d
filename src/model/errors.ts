/**
 * Failures on one input are values, not exceptions: the run goes on and the
 * user gets one line naming the input and the problem.
 */

/** Numbered codes, so a message can be looked up and tests can assert the cause. */
export const ERROR_CODES = {
  CC101: 'empty input',
  CC102: 'binary input',
  CC103: 'invalid text encoding',
  CC104: 'input too large',
  CC105: 'unreadable input',
  CC106: 'malformed HTML',
  CC107: 'malformed feed',
  CC108: 'malformed JSON Lines record',
  CC109: 'no reports found',
  CC110: 'unsupported input',
  CC111: 'report too long or too slow to annotate',
  CC201: 'malformed gold file',
  CC202: 'gold text not found in report',
  CC301: 'store error',
  CC401: 'bad option',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface RunError {
  readonly code: ErrorCode;
  /** The stage that failed ("load", "annotate"…). */
  readonly stage: string;
  /** The file, URL, `stdin` or item (`feed.xml#3`) the error is about. */
  readonly input: string;
  /** One line: what went wrong and, where known, the likely fix. */
  readonly message: string;
}

export function runError(code: ErrorCode, stage: string, input: string, message: string): RunError {
  return { code, stage, input, message };
}

/** The one-line form shown to users: `crosscheck: CC102 a.txt: binary input (NUL bytes at offset 12)`. */
export function formatRunError(e: RunError): string {
  return `${e.code} ${e.input}: ${e.message}`;
}
