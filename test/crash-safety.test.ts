// Crash safety: kill -9 an ingest in the middle, start again; the database passes its integrity
// check, and the re-run stores every report exactly once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { tempDir } from './helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'crosscheck.js');
const built = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));

function corpus(n: number): string {
  const dir = tempDir('cc-crash-');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `r${i}.txt`), `published: 2025-03-${String((i % 27) + 1).padStart(2, '0')}\n\nReport ${i}: crews moved ${i + 3} residents of district ${i} on Sunday, the mayor said. "We are safe," said resident ${i}.\n`);
  }
  return dir;
}

async function killMidway(args: string[], ms: number): Promise<void> {
  const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: 'ignore' });
  const closed = new Promise((r) => p.on('close', r));
  await new Promise((r) => setTimeout(r, ms));
  p.kill('SIGKILL');
  await closed;
}

const N = 400;

test('SQLite: kill -9 during ingest, then re-run', { skip: built ? false : 'dist/ is not built', timeout: 180_000 }, async () => {
  const dir = corpus(N);
  const db = join(tempDir('cc-crashdb-'), 'c.db');
  spawnSync(process.execPath, [BIN, 'ingest', join(dir, 'r0.txt'), '--db', db], { cwd: ROOT });
  await killMidway(['ingest', dir, '--db', db], 1500);
  const check = new Database(db);
  assert.equal((check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  assert.ok((check.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n >= 1, 'the report stored before the crash is still there');
  check.close();
  const again = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  const after = new Database(db);
  const row = after.prepare('SELECT count(*) AS n, count(DISTINCT content_hash) AS d FROM reports').get() as { n: number; d: number };
  after.close();
  assert.equal(row.n, N);
  assert.equal(row.d, N);
});

const PG = 'postgres://postgres@127.0.0.1:5432/test';
async function pgUp(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG, connectionTimeoutMillis: 2000 });
  try { await c.connect(); await c.end(); return true; } catch { return false; }
}

test('PostgreSQL: kill -9 during ingest, then re-run', { skip: built && (await pgUp()) ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built)', timeout: 180_000 }, async () => {
  const name = `cc_crash_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = `postgres://postgres@127.0.0.1:5432/${name}`;
  try {
    const dir = corpus(N);
    spawnSync(process.execPath, [BIN, 'ingest', join(dir, 'r0.txt'), '--db', url], { cwd: ROOT });
    await killMidway(['ingest', dir, '--db', url], 1500);
    const again = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', url, '--json'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(again.status, 0, again.stderr);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const { rows } = await c.query('SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS d FROM reports');
    await c.end();
    assert.equal(rows[0].n, N);
    assert.equal(rows[0].d, N);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
