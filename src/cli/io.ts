/**
 * Terminal output for the commands: errors one line each, a progress bar on
 * stderr only when stderr is a terminal, and writing results to a file or stdout.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatRunError, type RunError } from '../model/errors.js';

export function printErrors(errors: readonly RunError[]): void {
  for (const e of errors) process.stderr.write(`crosscheck: ${formatRunError(e)}\n`);
}

export function note(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** A progress callback drawing `label n/total` on stderr, or nothing when stderr is not a TTY. */
export function progress(label: string, total: number): (n: number) => void {
  if (!process.stderr.isTTY || total < 2) return () => {};
  let last = 0;
  return (n) => {
    const now = Date.now();
    if (n < total && now - last < 100) return;
    last = now;
    const width = 30;
    const full = Math.round((n / total) * width);
    process.stderr.write(`\r${label} [${'#'.repeat(full)}${' '.repeat(width - full)}] ${n}/${total}${n >= total ? '\n' : ''}`);
  };
}

/** Writes `content` to `path` (creating folders), or to stdout when path is undefined or "-". */
export function writeOut(path: string | undefined, content: string): void {
  if (path === undefined || path === '-') {
    process.stdout.write(content.endsWith('\n') ? content : content + '\n');
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
