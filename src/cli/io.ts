/**
 * Terminal output for the commands: errors one line each, a progress line on
 * stderr only when stderr is a terminal, and results written to stdout or to
 * files (checked before any work, written whole or not at all).
 */
import { accessSync, closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatRunError, type RunError } from '../model/errors.js';

/** An output that cannot be written: one line on stderr, exit status 1. */
export class OutputError extends Error {}

export function printErrors(errors: readonly RunError[]): void {
  for (const e of errors) process.stderr.write(`crosscheck: ${formatRunError(e)}\n`);
}

export function note(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/** A progress line: phases of a run, some counted (`annotating [###   ] 120/400`). */
export interface Progress {
  /** Starts a phase; `total` when it counts reports. */
  phase(label: string, total?: number): void;
  /** `n` of the phase's total are done. */
  step(n: number): void;
  /** Clears the line, so what follows starts on a clean one. */
  end(): void;
}

const QUIET: Progress = { phase: () => {}, step: () => {}, end: () => {} };
/** Runs shorter than this show no progress at all: a line that flashes by only clutters the terminal. */
const SHOW_AFTER_MS = 300;
const REDRAW_MS = 100;
const BAR = 30;

/** A progress line on stderr, or nothing when stderr is not a terminal (piped output stays clean). */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  const start = Date.now();
  let label = '';
  let total = 0;
  let done = 0;
  let phaseStart = start;
  let drawn = 0;
  let shown = false;
  const draw = (force: boolean) => {
    const now = Date.now();
    if (now - start < SHOW_AFTER_MS || (!force && now - drawn < REDRAW_MS)) return;
    drawn = now;
    shown = true;
    const secs = `${((now - phaseStart) / 1000).toFixed(1)} s`;
    const full = total ? Math.min(BAR, Math.round((done / total) * BAR)) : 0;
    // A streamed phase knows no total: it counts what is done.
    const line = total ? `${label} [${'#'.repeat(full)}${' '.repeat(BAR - full)}] ${done}/${total} ${secs}` : `${label}${done ? ` ${done}` : ''}… ${secs}`;
    stream.write(`\r\x1b[K${line}`);
  };
  let ticker: NodeJS.Timeout | undefined;
  return {
    phase(next, count = 0) {
      // Uncounted phases (reading, linking) still show time passing; unref'd so it never keeps the process up.
      ticker ??= setInterval(() => draw(false), 250).unref();
      label = next;
      total = count;
      done = 0;
      phaseStart = Date.now();
      draw(true);
    },
    step(n) {
      done = n;
      draw(total > 0 && n >= total);
    },
    end() {
      clearInterval(ticker);
      ticker = undefined;
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'a file is in the way',
  EIO: 'input/output error',
};

/** A file system error in a few words, without the syscall and path Node puts in its message. */
export function reasonOf(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return (err.code && REASONS[err.code]) ?? err.message.split('\n')[0]!;
}

/**
 * Whether `path` is a device, a pipe or a socket ("--out /dev/null"): written in place, never
 * replaced by a file renamed over it.
 */
const special = (p: string) => {
  const st = exists(p);
  return !!st && !st.isFile() && !st.isDirectory();
};

const exists = (p: string) => {
  try {
    return statSync(p);
  } catch {
    return null;
  }
};

/**
 * Creates `dir` and its missing parents one level at a time. Node's own `mkdirSync(…, {recursive})`
 * loops for ever on a path it can neither create nor find (`/proc/x`), so it is not used.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  let st = exists(at);
  while (!st) {
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
    st = exists(at);
  }
  if (st && !st.isDirectory()) throw new OutputError(`cannot write under ${at}: it is a file, not a folder`);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // The parent exists, so ENOENT here means a file system that takes no new folders (/proc, /sys).
      if (code === 'ENOENT') throw new OutputError(`cannot create the folder ${d}: this file system does not allow it`);
      if (code !== 'EEXIST') throw new OutputError(`cannot create the folder ${d}: ${reasonOf(e)}`);
    }
  }
}

const toStdout = (path: string | undefined): path is undefined | '-' => path === undefined || path === '-';

/**
 * Fails at once, before any work, when `path` cannot be written: creates the folders it needs and
 * creates and removes a file there. `kind` says whether `path` names the file or the folder of files.
 */
export function checkWritable(path: string | undefined, kind: 'file' | 'folder'): void {
  if (toStdout(path)) return;
  if (kind === 'file' && special(path)) {
    // Not opened to try: a pipe's reader would take the close for the end of the output.
    try {
      accessSync(path, constants.W_OK);
      return;
    } catch (e) {
      throw new OutputError(`cannot write ${path}: ${reasonOf(e)}`);
    }
  }
  const dir = kind === 'folder' ? path : dirname(path);
  if (kind === 'file' && exists(path)?.isDirectory()) throw new OutputError(`cannot write ${path}: it is a folder (give a file name)`);
  makeDirs(dir);
  const probe = join(dir, `.crosscheck-probe-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch (e) {
    throw new OutputError(`cannot write to ${dir}: ${reasonOf(e)}`);
  }
}

/**
 * Writes each file whole or not at all: every content goes to a temporary file beside its
 * target, flushed to disk, and only when all are written are they renamed into place. On any
 * failure the temporary files are removed, so no half-written file is left looking complete.
 */
export function writeFiles(files: ReadonlyArray<readonly [path: string, content: string]>): void {
  const temps: string[] = [];
  // A device or a pipe is written in place, after the files; the files go through a temporary file each.
  const inPlace = files.filter(([path]) => special(path));
  const renamed = files.filter((f) => !inPlace.includes(f));
  let failed = files[0]?.[0] ?? '';
  try {
    for (const [path, content] of renamed) {
      failed = path;
      makeDirs(dirname(path));
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      temps.push(temp);
      const fd = openSync(temp, 'w');
      try {
        writeFileSync(fd, content);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    renamed.forEach(([path], i) => renameSync(temps[i]!, path));
    for (const [path, content] of inPlace) {
      failed = path;
      writeFileSync(path, content);
    }
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    if (e instanceof OutputError) throw e;
    throw new OutputError(`cannot write ${failed}: ${reasonOf(e)}`);
  }
}

/** An output written piece by piece: to stdout as it comes, to a file whole or not at all. */
export interface OutStream {
  write(text: string): void;
  /** Writes what is held; a file is flushed to disk and renamed into place. */
  close(): void;
  /** Drops a file not yet closed (stdout has already had its part). */
  abort(): void;
}

/** Text held before a write: large enough that system calls cost nothing beside the text. */
const OUT_CHUNK = 1 << 20;

/** A piece-by-piece writer to `path`, or to stdout when path is undefined or "-" (see writeOut for why a descriptor). */
export function openOut(path: string | undefined): OutStream {
  const stdout = toStdout(path);
  const inPlace = !stdout && special(path);
  const temp = stdout || inPlace ? null : join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd = 1;
  if (temp || inPlace) {
    if (temp) makeDirs(dirname(path!));
    try {
      fd = openSync(temp ?? path!, 'w');
    } catch (e) {
      throw new OutputError(`cannot write ${path}: ${reasonOf(e)}`);
    }
  }
  const toFile = temp !== null || inPlace || fstatSync(1).isFile();
  let held = '';
  const flush = () => {
    if (!held) return;
    const text = held;
    held = '';
    if (!toFile) {
      process.stdout.write(text);
      return;
    }
    try {
      writeFileSync(fd, text);
    } catch (e) {
      throw new OutputError(`cannot write ${temp || inPlace ? path : 'to standard output'}: ${reasonOf(e)}`);
    }
  };
  return {
    write(text) {
      held += text;
      if (held.length >= OUT_CHUNK) flush();
    },
    close() {
      flush();
      if (inPlace) closeSync(fd);
      if (!temp) return;
      try {
        fsyncSync(fd);
        closeSync(fd);
        renameSync(temp, path!);
      } catch (e) {
        rmSync(temp, { force: true });
        throw new OutputError(`cannot write ${path}: ${reasonOf(e)}`);
      }
    },
    abort() {
      held = '';
      if (inPlace) closeSync(fd);
      if (!temp) return;
      try { closeSync(fd); } catch { /* already closed */ }
      rmSync(temp, { force: true });
    },
  };
}

/** Writes `content` to `path`, or to stdout when path is undefined or "-". */
export function writeOut(path: string | undefined, content: string): void {
  if (toStdout(path)) {
    const text = content.endsWith('\n') ? content : content + '\n';
    if (!fstatSync(1).isFile()) {
      process.stdout.write(text);
      return;
    }
    // Redirected to a file: Node's stdout stream takes a short write on a full disk as success and
    // truncates the output without a word; writing to the descriptor goes on until done or refused.
    try {
      writeFileSync(1, text);
    } catch (e) {
      throw new OutputError(`cannot write to standard output: ${reasonOf(e)}`);
    }
    return;
  }
  writeFiles([[path, content]]);
}
