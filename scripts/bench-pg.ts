// Times N reports through the PostgreSQL queue end to end: ingest → annotate → reconcile by worker
// processes (run: node --import tsx scripts/bench-pg.ts [N] [--workers 2] [--concurrency 1]
// [--story-size K] [--fresh-heap MB] [--keep] [--db NAME]). The reports are the bench's synthetic scale-up of examples/ (copyReport: each
// copy its own text and id), written as JSON Lines files of 1,000, one ingest job each. They all
// tell one story; with --story-size, every K reports in a row tell a story of their own (see
// `storyVariant`), as a news corpus holds many stories. Needs dist/ built and PostgreSQL on
// 127.0.0.1:5432; uses a fresh database it drops afterwards, unless --keep. With --db NAME it only
// times the fresh-process reconciles on a database an earlier --keep run left.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { copyReport } from '../src/bench/run.js';
import { loadInputs } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import type { Report } from '../src/model/report.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
const ADMIN = 'postgres://postgres@127.0.0.1:5432/test';
const CHUNK = 1000;

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  workers: { type: 'string', default: '2' }, concurrency: { type: 'string', default: '1' }, heap: { type: 'string' }, 'story-size': { type: 'string' }, 'fresh-heap': { type: 'string' },
  keep: { type: 'boolean', default: false }, db: { type: 'string' },
} });
const n = Number(positionals[0] ?? 1000);

const base = await loadInputs([join(ROOT, 'examples')], makeContext());
const storySize = values['story-size'] ? Number(values['story-size']) : null;

// The names of the examples: capitalized words never written in lower case, but for the calendar.
const bodies = base.map((r) => r.text.slice(r.bodyStart)).join('\n');
const CALENDAR = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mayor|The|An?)$/;
const NAMES = new Set((bodies.match(/\p{Lu}\p{L}+/gu) ?? []).filter((w) => !CALENDAR.test(w) && !new RegExp(`\\b${w.toLowerCase()}\\b`).test(bodies)));
const DAY = 86400000;

/**
 * The g-th story told with an example: its names and numbers its own (a suffix on every name, g
 * added to every number), a byline naming its own reporters, and published 60 days after story
 * g-1, so that neither names, dates nor near-duplicate text join it to another story.
 */
function storyVariant(r: Report, g: number): Report {
  let tag = '';
  for (let n = g + 1; n > 0; n = Math.floor(n / 20)) tag += 'aeioubdgklmnprstvzhf'[n % 20];
  const body = r.text.slice(r.bodyStart).replace(/\p{Lu}\p{L}+/gu, (w) => (NAMES.has(w) ? w + (w === w.toUpperCase() ? tag.toUpperCase() : tag) : w))
    .replace(/\d+/g, (d) => String(Number(d) + g));
  const byline = `Reporting by Ana Sorel${tag} and Piet Ordan${tag} for the Varnholt${tag} desk. Additional reporting by Marta Quell${tag} in Kessling${tag}.`;
  const published = r.meta.published ? new Date(Date.parse(r.meta.published.slice(0, 10)) + g * 60 * DAY).toISOString().slice(0, 10) : null;
  return { ...r, text: `${r.text.slice(0, r.bodyStart)}${body}\n\n${byline}`, meta: { ...r.meta, published } };
}
const dir = mkdtempSync(join(tmpdir(), 'cc-bench-pg-'));
const files: string[] = [];
for (let at = 0; !values.db && at < n; at += CHUNK) {
  const lines: string[] = [];
  for (let i = at; i < Math.min(n, at + CHUNK); i++) {
    const example = base[i % base.length]!;
    const r = copyReport(storySize ? storyVariant(example, Math.floor(i / storySize)) : example, Math.floor(i / base.length));
    lines.push(JSON.stringify({ url: r.meta.url, outlet: r.meta.outlet, published: r.meta.published, title: r.meta.title, text: r.text.slice(r.bodyStart) }));
  }
  files.push(join(dir, `chunk-${files.length}.jsonl`));
  writeFileSync(files.at(-1)!, lines.join('\n') + '\n');
}

const db = values.db ?? `cc_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
if (!values.db) await admin.query(`CREATE DATABASE ${db}`);
const url = `postgres://postgres@127.0.0.1:5432/${db}`;

function run(args: string[]): ChildProcess {
  const env = values.heap ? { ...process.env, NODE_OPTIONS: `--max-old-space-size=${values.heap}` } : process.env;
  return spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
}
/** CPU seconds a live process has used (user + system, /proc counts ticks of 1/100 s): against wall time, how busy it kept its core. */
const cpuSeconds = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((sum, t) => sum + Number(t), 0) / 100;
const exited = (p: ChildProcess) => new Promise<number | null>((done) => p.on('close', done));
/** Peak resident memory of a live process, in MB (Linux). */
const peakMb = (pid: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** One reconcile of the store in a process of its own: its time, and its peak RSS against the RSS before it. */
async function reconcileInFreshProcess(db: string): Promise<{ seconds: number; peakMb: number; startMb: number }> {
  const code = `
    const { openStore } = await import(${JSON.stringify(join(ROOT, 'dist', 'store', 'index.js'))});
    const { reconcileStore } = await import(${JSON.stringify(join(ROOT, 'dist', 'reconcile', 'stories.js'))});
    const { makeContext } = await import(${JSON.stringify(join(ROOT, 'dist', 'pipeline', 'context.js'))});
    const store = await openStore(${JSON.stringify(db)});
    const startMb = process.memoryUsage().rss / 2 ** 20;
    const t = performance.now();
    await reconcileStore(store, makeContext(), { annotateUnannotated: false });
    const seconds = (performance.now() - t) / 1000;
    await store.close();
    process.stdout.write(JSON.stringify({ seconds, peakMb: process.resourceUsage().maxRSS / 1024, startMb }));`;
  // --fresh-heap MB caps its heap, to show the memory the reconcile needs rather than what V8 lets grow.
  const heap = values['fresh-heap'] ? [`--max-old-space-size=${values['fresh-heap']}`] : [];
  const p = spawn(process.execPath, [...heap, '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  if ((await exited(p)) !== 0) throw new Error('the fresh reconcile failed');
  return JSON.parse(out);
}

const client = new pg.Client({ connectionString: url });
/** Ingests, annotates and reconciles the reports through the workers, printing how long each took. */
async function throughWorkers() {
  const t0 = performance.now();
  const enqueue = run(['worker', '--db', url, '--enqueue', ...files]);
  if ((await exited(enqueue)) !== 0) throw new Error('enqueue failed');
  const workers = Array.from({ length: Number(values.workers) }, () => run(['worker', '--db', url, '--concurrency', values.concurrency!]));
  const logs = workers.map(() => ({ text: '' }));
  workers.forEach((w, i) => w.stderr!.on('data', (d) => { logs[i]!.text = (logs[i]!.text + d).slice(-4000); }));
  // Every reconcile's log line ("… stories rebuilt … in S s"), from either worker.
  const reconciles: string[] = [];
  workers.forEach((w) => w.stderr!.on('data', (d) => reconciles.push(...String(d).split('\n').filter((l) => / stories (rebuilt|reconciled)/.test(l)))));
  const at: Record<string, number> = {};
  const peaks = workers.map(() => 0);
  // CPU seconds per worker when the last report was stored, and used from then until the last was annotated.
  let ingestedCpu = workers.map(() => 0);
  let annotateCpu = workers.map(() => 0);
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    workers.forEach((w, i) => { if (w.exitCode === null) peaks[i] = Math.max(peaks[i]!, peakMb(w.pid!)); });
    if (workers.some((w) => w.exitCode !== null)) throw new Error(`a worker exited:\n${logs.map((l) => l.text).join('\n')}`);
    const q = async (sql: string) => Number((await client.query(sql)).rows[0].n);
    const s = (performance.now() - t0) / 1000;
    if (!at.ingested && (await q('SELECT count(*) AS n FROM reports').catch(() => 0)) >= n) {
      at.ingested = s;
      ingestedCpu = workers.map((w) => cpuSeconds(w.pid!));
    }
    if (!at.annotated && (await q('SELECT count(*) AS n FROM annotations').catch(() => 0)) >= n) {
      at.annotated = s;
      annotateCpu = workers.map((w, i) => cpuSeconds(w.pid!) - ingestedCpu[i]!);
    }
    if (at.annotated && (await q('SELECT count(*) AS n FROM graphile_worker.jobs')) === 0) {
      const stories = (await client.query('SELECT id, jsonb_array_length(reports) AS n FROM stories')).rows as { n: number }[];
      if (stories.reduce((sum, r) => sum + Number(r.n), 0) >= n) {
        at.reconciled = s;
        at.stories = stories.length;
        break;
      }
    }
  }
  const cpu = workers.map((w) => cpuSeconds(w.pid!));
  for (const w of workers) w.kill('SIGTERM');
  await Promise.all(workers.map(exited));
  const total = at.reconciled!;
  process.stdout.write(`${n} reports, ${values.workers} workers (concurrency ${values.concurrency}), ${files.length} ingest jobs\n`
    + `  stored ${at.ingested!.toFixed(1)} s, annotated ${at.annotated!.toFixed(1)} s, reconciled (${at.stories} stories) ${total.toFixed(1)} s\n`
    + `  ${(n / total).toFixed(0)} reports/s end to end; peak RSS per worker ${peaks.map((p) => `${p.toFixed(0)} MB`).join(', ')}; `
    + `CPU per worker ${cpu.map((c) => `${c.toFixed(0)} s`).join(', ')} (${(cpu.reduce((a, b) => a + b, 0) / total / workers.length * 100).toFixed(0)}% of a core each over the run, `
    + `${at.annotated! > at.ingested! ? (annotateCpu.reduce((a, b) => a + b, 0) / (at.annotated! - at.ingested!) / workers.length * 100).toFixed(0) : '-'}% while annotating after the last report was stored)\n`);
  const seconds = reconciles.map((l) => Number(/ in ([\d.]+) s$/.exec(l)?.[1] ?? NaN)).filter((x) => !Number.isNaN(x));
  process.stdout.write(`  ${reconciles.length} reconciles${seconds.length ? `, slowest ${Math.max(...seconds).toFixed(1)} s` : ''}; last: ${reconciles.at(-1)?.replace(/^crosscheck worker: /, '') ?? 'none'}\n`);
}

try {
  await client.connect();
  if (!values.db) await throughWorkers();
  // A reconcile in a fresh process, so that its peak memory is its own: after every story row is
  // removed, after one is (what a reconcile does when one story received reports), after none, and
  // with the latest reports to compare for near-copies again (as when they have just arrived).
  for (const [label, sql] of [['every story rebuilt', 'DELETE FROM stories'], ['one story rebuilt', 'DELETE FROM stories WHERE id = (SELECT id FROM stories ORDER BY id LIMIT 1)'],
    ['nothing changed', 'SELECT 1'],
    ['the latest 1,000 reports compared for near-copies again', `UPDATE annotations SET duplicate_of = NULL WHERE report_id IN
      (SELECT report_id FROM annotations ORDER BY keys->>'published' DESC, report_id DESC LIMIT 1000)`]] as const) {
    await client.query(sql);
    const r = await reconcileInFreshProcess(url);
    process.stdout.write(`  fresh process, ${label}: ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMb.toFixed(0)} MB (${r.startMb.toFixed(0)} MB before)\n`);
  }
} finally {
  await client.end().catch(() => {});
  if (values.keep) process.stdout.write(`  database kept: --db ${db}\n`);
  else await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}
