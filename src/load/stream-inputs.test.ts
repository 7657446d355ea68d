import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeContext } from '../core/context.js';
import { makeOptions } from '../core/options.js';
import { streamInputs } from './index.js';

const record = (text: string) => `${JSON.stringify({ published: '2025-03-09', text })}\n`;
const hasFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).status === 0;

test('a JSON Lines file is read record by record: the first report comes before the file ends', { skip: hasFifo ? false : 'no mkfifo', timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-stream-'));
  try {
    const fifo = join(dir, 'reports.jsonl');
    const go = join(dir, 'go');
    spawnSync('mkfifo', [fifo]);
    // The writer holds the second record back until the reader has the first: reading the file whole would wait for ever.
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('node:fs');
      const fd = fs.openSync(${JSON.stringify(fifo)}, 'w');
      fs.writeSync(fd, ${JSON.stringify(record('At least 40 residents left.'))});
      const wait = setInterval(() => {
        if (!fs.existsSync(${JSON.stringify(go)})) return;
        clearInterval(wait);
        fs.writeSync(fd, ${JSON.stringify(record('Water rose overnight.'))});
        fs.closeSync(fd);
      }, 20);`]);
    const ctx = makeContext(makeOptions());
    const texts: string[] = [];
    for await (const r of streamInputs([fifo], ctx)) {
      texts.push(r.text);
      if (!existsSync(go)) writeFileSync(go, '');
    }
    writer.kill();
    assert.deepEqual(texts, ['At least 40 residents left.', 'Water rose overnight.']);
    assert.deepEqual(ctx.errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a JSON Lines file larger than the input limit is read; a record larger than it is refused alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-stream-'));
  try {
    const file = join(dir, 'big.jsonl');
    const small = record('At least 40 residents left.');
    writeFileSync(file, small + record(`Water rose. ${'x'.repeat(small.length * 2)}`) + small + '\n{broken\n');
    const ctx = makeContext(makeOptions({ maxInputBytes: small.length * 2 }));
    const reports = [];
    for await (const r of streamInputs([file], ctx)) reports.push(r);
    assert.equal(reports.length, 2);
    assert.deepEqual(ctx.errors.map((e) => [e.code, e.input]), [['CC104', `${file}:2`], ['CC108', `${file}:5`]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
