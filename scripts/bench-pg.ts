// Times N reports through the PostgreSQL queue end to end: ingest → annotate → reconcile by worker
// processes (run: node --import tsx scripts/bench-pg.ts [N] [--workers 2] [--concurrency 1]).
// The reports are the bench's synthetic scale-up of examples/ (copyReport: each copy its own text
// and id), written as JSON Lines files of 1,000, one ingest job each. Needs dist/ built and
// PostgreSQL on 127.0.0.1:5432; uses a fresh database it drops afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { copyReport } from '../src/bench/run.js';
import { loadInputs } from '../src/load/index.js';
import { makeContext } from '../src/pipeline/context.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
const ADMIN = 'postgres://postgres@127.0.0.1:5432/test';
const CHUNK = 1000;

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  workers: { type: 'string', default: '2' }, concurrency: { type: 'string', default: '1' }, heap: { type: 'string' },
} });
const n = Number(positionals[0] ?? 1000);

const base = await loadInputs([join(ROOT, 'examples')], makeContext());
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-pg-'));
const files: string[] = [];
for (let at = 0; at < n; at += CHUNK) {
  const lines: string[] = [];
  for (let i = at; i < Math.min(n, at + CHUNK); i++) {
    const r = copyReport(base[i % base.length]!, Math.floor(i / base.length));
    lines.push(JSON.stringify({ url: r.meta.url, outlet: r.meta.outlet, published: r.meta.published, title: r.meta.title, text: r.text.slice(r.bodyStart) }));
  }
  files.push(join(dir, `chunk-${files.length}.jsonl`));
  writeFileSync(files.at(-1)!, lines.join('\n') + '\n');
}

const db = `cc_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
await admin.query(`CREATE DATABASE ${db}`);
const url = `postgres://postgres@127.0.0.1:5432/${db}`;

function run(args: string[]): ChildProcess {
  const env = values.heap ? { ...process.env, NODE_OPTIONS: `--max-old-space-size=${values.heap}` } : process.env;
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
}
const exited = (p: ChildProcess) => new Promise<number | null>((done) => p.on('close', done));
/** Peak resident memory of a live process, in MB (Linux). */
const peakMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const client = new pg.Client({ connectionString: url });
try {
  const t0 = performance.now();
  const enqueue = run(['worker', '--db', url, '--enqueue', ...files]);
  if ((await exited(enqueue)) !== 0) throw new Error('enqueue failed');
  const workers = Array.from({ length: Number(values.workers) }, () => run(['worker', '--db', url, '--concurrency', values.concurrency!]));
  const logs = workers.map(() => ({ text: '' }));
  workers.forEach((w, i) => w.stderr!.on('data', (d) => { logs[i]!.text = (logs[i]!.text + d).slice(-4000); }));
  await client.connect();
  const at: Record<string, number> = {};
  const peaks = workers.map(() => 0);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    workers.forEach((w, i) => { if (w.exitCode === null) peaks[i] = Math.max(peaks[i]!, peakMb(w.pid!)); });
    if (workers.some((w) => w.exitCode !== null)) throw new Error(`a worker exited:\n${logs.map((l) => l.text).join('\n')}`);
    const q = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    const s = (performance.now() - t0) / 1000;
    if (!at.ingested && (await q('SELECT count(*) AS n FROM reports').catch(() => 0)) >= n) at.ingested = s;
    if (!at.annotated && (await q('SELECT count(*) AS n FROM annotations').catch(() => 0)) >= n) at.annotated = s;
    if (at.annotated && (await q('SELECT count(*) AS n FROM graphile_worker.jobs')) === 0) {
      const stories = (await client.query('SELECT id, jsonb_array_length(reports) AS n FROM stories')).rows as { n: number }[];
      if (stories.reduce((sum, r) => sum + Number(r.n), 0) >= n) {
        at.reconciled = s;
        at.stories = stories.length;
        break;
      }
    }
  }
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map(exited));
  const total = at.reconciled!;
  process.stdout.write(`${n} reports, ${values.workers} workers (concurrency ${values.concurrency}), ${files.length} ingest jobs\n`
    + `  stored ${at.ingested!.toFixed(1)} s, annotated ${at.annotated!.toFixed(1)} s, reconciled (${at.stories} stories) ${total.toFixed(1)} s\n`
    + `  ${(n / total).toFixed(0)} reports/s end to end; peak RSS per worker ${peaks.map((p) => `${p.toFixed(0)} MB`).join(', ')}\n`);
  process.stdout.write(logs.map((l, i) => `worker ${i + 1}: ${l.text.trim().split('\n').slice(-2).join(' | ')}`).join('\n') + '\n');
} finally {
  await client.end().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
