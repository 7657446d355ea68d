// SQLite's `exclusive` holds across processes: two processes take turns, and one killed while it
// holds the lock does not leave the store locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './helpers/tmp.js';

const HOLD = resolve(import.meta.dirname, 'helpers', 'hold-lock.ts');

const hold = (db: string, name: string, ms: number, log: string): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', HOLD, db, name, String(ms), log], { stdio: ['ignore', 'ignore', 'inherit'] });
const exited = (p: ChildProcess) => new Promise<number | null>((done) => p.on('close', (code) => done(code)));
const lines = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

test('sqlite: two processes take turns under exclusive', { timeout: 60_000 }, async () => {
  const dir = tempDir('cc-sqlite-lock-');
  const db = join(dir, 'store.db');
  const log = join(dir, 'log');
  const codes = await Promise.all([hold(db, 'one', 400, log), hold(db, 'two', 400, log)].map(exited));
  assert.deepEqual(codes, [0, 0]);
  const seen = lines(log);
  assert.equal(seen.length, 4);
  // Whichever went first left before the other entered.
  const first = seen[0]!.split(' ')[0];
  const second = first === 'one' ? 'two' : 'one';
  assert.deepEqual(seen, [`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
});

test('sqlite: a process killed while it holds the lock does not leave the store locked', { timeout: 60_000 }, async () => {
  const dir = tempDir('cc-sqlite-lock-');
  const db = join(dir, 'store.db');
  const log = join(dir, 'log');
  const holder = hold(db, 'killed', 600_000, log);
  while (!lines(log).includes('killed in')) await new Promise((r) => setTimeout(r, 50));
  holder.kill('SIGKILL');
  await exited(holder);
  assert.equal(await exited(hold(db, 'next', 10, log)), 0);
  assert.deepEqual(lines(log), ['killed in', 'next in', 'next out']);
});
