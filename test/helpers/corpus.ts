// Generated inputs for the crash, concurrency and load suites: reports written by a seeded
// generator (each run prints its seed, and the same seed gives the same files), the built CLI
// run as a child process, and PostgreSQL databases named for this process and dropped after.
import { after } from 'node:test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'crosscheck.js');
export const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
export const PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/test';

/** A small, fast PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for a suite: CROSSCHECK_SEED when given (to replay a failure), else a fresh one; printed either way. */
export function seedFor(suite: string): number {
  const given = process.env['CROSSCHECK_SEED'];
  const seed = given ? Number(given) : Math.floor(Math.random() * 2 ** 31);
  process.stdout.write(`# ${suite}: seed ${seed} (replay with CROSSCHECK_SEED=${seed})\n`);
  return seed;
}

const TOWNS = ['Varnholt', 'Kessling', 'Oberlin', 'Castrel', 'Dunmere', 'Halvik', 'Ostrava Nord', 'Brenholm'];
const WHAT = ['residents were moved', 'homes were flooded', 'workers walked out', 'people were rescued', 'roads were closed'];
const WHO = ['the mayor', 'a fire service spokesperson', 'the regional council', 'police', 'a union leader'];

/**
 * Writes `n` distinct reports into `dir` as `r00000.txt`… (`batches` > 1 spreads them over
 * subfolders b0, b1…) and returns the file paths. Reports fall into a few stories by town.
 */
export function writeCorpus(dir: string, n: number, seed: number, batches = 1): string[] {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const paths: string[] = [];
  for (let b = 0; b < batches; b++) mkdirSync(batches > 1 ? join(dir, `b${b}`) : dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length]!;
    const day = String(1 + Math.floor(rnd() * 27)).padStart(2, '0');
    const count = 3 + Math.floor(rnd() * 400);
    const body = `published: 2025-03-${day}\noutlet: ${pick(['Courier', 'Ledger', 'Herald', 'Gazette'])}\n\n`
      + `Report ${i} from ${town}: ${count} ${pick(WHAT)} on Sunday, ${pick(WHO)} said. `
      + `"We counted ${count + i} in all," said ${pick(WHO)} in ${town}.\n`;
    const p = join(dir, batches > 1 ? `b${i % batches}` : '', `r${String(i).padStart(5, '0')}.txt`);
    writeFileSync(p, body);
    paths.push(p);
  }
  return paths;
}

export interface Ran { code: number | null; signal: NodeJS.Signals | null; out: string; err: string }

/** Runs the built CLI to its end. */
export function cli(args: readonly string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<Ran> {
  return finished(start(args, opts.cwd), opts.timeoutMs ?? 120_000);
}

/** Starts the built CLI, its output collected for `finished`. */
export function start(args: readonly string[], cwd = ROOT): ChildProcess & { out: string; err: string } {
  const p = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }) as ChildProcess & { out: string; err: string };
  p.out = '';
  p.err = '';
  p.stdout!.on('data', (d) => (p.out += d));
  p.stderr!.on('data', (d) => (p.err += d));
  return p;
}

/** Waits for a started process to end (killing it after `timeoutMs`, which the result shows as a signal). */
export function finished(p: ChildProcess & { out: string; err: string }, timeoutMs = 120_000): Promise<Ran> {
  return new Promise((done) => {
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, out: p.out, err: p.err });
    });
  });
}

export async function pgReachable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** A fresh PostgreSQL database named for this process, dropped when the test file is done; its URL. */
export async function freshDatabase(tag: string): Promise<string> {
  const name = `cc_${tag}_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  after(async () => {
    const a = new pg.Client({ connectionString: PG_ADMIN });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  });
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

/** Rows of one query on a database, the connection closed after. */
export async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** What a store holds, read through the library (so the store must open after whatever happened). */
export interface StoreState {
  /** Stored reports' sources (their file paths), one entry per stored row. */
  readonly sources: string[];
  readonly ids: string[];
  /** Reports with a stored line. */
  readonly annotated: number;
  /** Report ids of every story's record, concatenated: a report in two stories, or twice in one, shows twice. */
  readonly inRecords: string[];
}

/** `reportsOnly` skips the annotations and records (0 and [] then), for checks run after every kill. */
export async function storeState(db: string, reportsOnly = false): Promise<StoreState> {
  const { openStore } = await import('../../src/store/index.js');
  const store = await openStore(db);
  try {
    const reports = await store.listReports();
    const ids = reports.map((r) => r.id);
    const inRecords: string[] = [];
    if (reportsOnly) return { sources: reports.map((r) => r.source), ids, annotated: 0, inRecords };
    const annotated = (await store.listAnnotated(ids)).filter((a) => a.line !== null).length;
    for (const s of await store.listStories()) inRecords.push(...((await store.getStory(s.id))?.record.reports.map((r) => r.id) ?? []));
    return { sources: reports.map((r) => r.source), ids, annotated, inRecords };
  } finally {
    await store.close();
  }
}

/** Counts of each value that occurs more than once. */
export function doubled(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => seen.has(v) || !seen.add(v));
}

export interface Served { readonly url: string; readonly pid: number; stop(): Promise<Ran> }

/** Starts `crosscheck serve` on a free port of 127.0.0.1 over `db`; stop() sends Ctrl-C and waits. */
export async function startServe(db: string, extra: readonly string[] = []): Promise<Served> {
  const p = start(['serve', '--port', '0', '--db', db, ...extra]);
  const end = finished(p, 600_000);
  const url = await new Promise<string>((ok, fail) => {
    const look = () => {
      const m = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(p.err);
      if (m) ok(m[1]!);
    };
    p.stderr!.on('data', look);
    void end.then((r) => fail(new Error(`serve ended before listening: ${r.err}`)));
  });
  return {
    url,
    pid: p.pid!,
    stop: () => {
      p.kill('SIGINT');
      return end;
    },
  };
}
