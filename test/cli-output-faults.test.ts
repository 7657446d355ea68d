// Output faults of the built CLI: an --out that cannot be written fails at once, before any work;
// a full disk gives one clear line and leaves no half-written file (the last complete output stays);
// a reader closing the pipe early ends the run quietly; a bad --port is a usage error that creates
// no file; the progress line shows on a terminal only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { BIN, BUILT, ROOT, cli, seedFor, writeCorpus } from './helpers/corpus.js';
import { tempDir } from './helpers/tmp.js';

const skip = BUILT ? false : 'dist/ is not built: run `npm run build` (npm test does)';
const tmp = tempDir('cc-out-');
const big = join(tmp, 'big');
if (BUILT) writeCorpus(big, 300, seedFor('cli-output-faults'));
const oneLine = (err: string) => err.trim().split('\n');
const noTrace = (err: string) => assert.ok(!/\n\s+at |EPIPE|internal error/.test(err), err);

test('--out on a path no folder can be made in fails at once with one line, before reading anything', { skip, timeout: 60_000 }, async () => {
  for (const out of [['--out', '/proc/forbidden'], ['--format', 'json', '--out', '/proc/forbidden/story.json']]) {
    // The missing input would be reported if the run had started reading.
    const r = await cli(['analyze', 'examples', join(tmp, 'missing.txt'), ...out], { timeoutMs: 30_000 });
    assert.equal(r.signal, null, `${out.join(' ')} still running after 30 s`);
    assert.equal(r.code, 1, r.err);
    assert.deepEqual(oneLine(r.err), [`crosscheck analyze: cannot create the folder /proc/forbidden: this file system does not allow it`]);
  }
});

test('--out under a file, or naming a folder for one file, fails before any work', { skip, timeout: 60_000 }, async () => {
  const file = join(tmp, 'a-file');
  writeFileSync(file, 'x');
  const under = await cli(['analyze', 'examples', join(tmp, 'missing.txt'), '--out', join(file, 'out')]);
  assert.equal(under.code, 1);
  assert.match(under.err, /^crosscheck analyze: cannot write under .*a-file: it is a file, not a folder\n$/);
  const folder = await cli(['extract', 'examples', join(tmp, 'missing.txt'), '--out', tmp]);
  assert.equal(folder.code, 1);
  assert.match(folder.err, /^crosscheck extract: cannot write .*: it is a folder \(give a file name\)\n$/);
});

/** A small tmpfs at `dir` when this process may mount one (root on Linux); else null. */
function smallDisk(dir: string, size: string): (() => void) | null {
  mkdirSync(dir, { recursive: true });
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) return null;
  return () => spawnSync('umount', [dir]);
}

test('a full disk: one clear line, no half-written file, the last complete output kept', { skip, timeout: 120_000 }, async (t) => {
  const disk = join(tmp, 'disk');
  const unmount = smallDisk(disk, '400k');
  if (!unmount) {
    t.diagnostic('cannot mount a tmpfs here: the full disk is simulated with /dev/full below');
    return;
  }
  try {
    const out = join(disk, 'out');
    const first = await cli(['analyze', 'examples', '--out', out]);
    assert.equal(first.code, 0, first.err);
    const before = readFileSync(join(out, 'story.json'), 'utf8');
    // Three hundred reports give about 1 MB of output: more than the disk holds.
    const full = await cli(['analyze', big, '--out', out]);
    assert.equal(full.code, 1);
    assert.match(full.err, /^crosscheck analyze: cannot write .*out\/\S+: no space left on the device\n$/);
    assert.deepEqual(readdirSync(out).sort(), ['facts.csv', 'facts.md', 'story.html', 'story.json'], 'no temporary file left behind');
    assert.equal(readFileSync(join(out, 'story.json'), 'utf8'), before, 'the earlier complete record is untouched');
    const single = await cli(['extract', big, '--out', join(disk, 'lines.jsonl')]);
    assert.equal(single.code, 1);
    assert.ok(!existsSync(join(disk, 'lines.jsonl')), 'no partial file under the final name');
    assert.deepEqual(readdirSync(disk).sort(), ['out']);
  } finally {
    unmount();
  }
});

test('stdout on a full device (/dev/full) or redirected to a full disk: one clear line, exit 1', { skip, timeout: 120_000 }, async () => {
  const viaShell = (target: string) => spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" extract "${big}" > ${target}`], { cwd: ROOT, encoding: 'utf8' });
  const dev = viaShell('/dev/full');
  assert.equal(dev.status, 1, dev.stderr);
  assert.deepEqual(oneLine(dev.stderr), ['crosscheck: cannot write to standard output: no space left on the device']);
  const disk = join(tmp, 'disk2');
  const unmount = smallDisk(disk, '64k');
  if (!unmount) return;
  try {
    // A redirect to a regular file: Node's stream would have truncated the output and exited 0.
    const file = viaShell(join(disk, 'x.jsonl'));
    assert.equal(file.status, 1, file.stderr);
    assert.deepEqual(oneLine(file.stderr), ['crosscheck extract: cannot write to standard output: no space left on the device']);
  } finally {
    unmount();
  }
});

test('--out naming a pipe or a device writes into it, never renaming a file over it', { skip, timeout: 120_000 }, async () => {
  const fifo = join(tmp, 'out.fifo');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (d: Buffer) => { read += d.toString(); });
  const done = new Promise((resolve) => reader.on('close', resolve));
  const r = await cli(['extract', join(ROOT, 'examples', '01-estmark-courier.txt'), '--out', fifo], { timeoutMs: 60_000 });
  await done;
  assert.equal(r.code, 0, r.err);
  assert.ok(statSync(fifo).isFIFO(), 'the pipe is still a pipe');
  assert.match(read, /"mentions"/);
  const full = await cli(['extract', join(ROOT, 'examples', '01-estmark-courier.txt'), '--out', '/dev/full'], { timeoutMs: 60_000 });
  assert.equal(full.code, 1, full.err);
  assert.deepEqual(oneLine(full.err), ['crosscheck extract: cannot write /dev/full: no space left on the device']);
  assert.ok(statSync('/dev/full').isCharacterDevice(), '/dev/full is still a device');
});

test('a reader that closes the pipe early (| head) ends the run quietly', { skip, timeout: 120_000 }, async () => {
  for (const args of [['extract', big, '--format', 'json'], ['analyze', big, '--format', 'json']]) {
    const p = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    // Read the first chunk, then close our end, as `head -c` does.
    p.stdout.once('data', () => p.stdout.destroy());
    const code = await new Promise<number | null>((done) => p.on('close', (c) => done(c)));
    assert.equal(code, 0, `${args[0]}: ${err}`);
    noTrace(err);
  }
});

test('serve: an out-of-range or non-numeric port is a usage error and creates no file', { skip, timeout: 60_000 }, async () => {
  const cwd = join(tmp, 'serve-cwd');
  mkdirSync(cwd, { recursive: true });
  for (const p of ['99999', '-1', 'http', '']) {
    const r = await cli(['serve', `--port=${p}`], { cwd, timeoutMs: 20_000 });
    assert.equal(r.code, 2, `--port ${p}: ${r.err}`);
    assert.deepEqual(oneLine(r.err), [`crosscheck serve: --port must be a port number from 0 to 65535 (got "${p}")`]);
    assert.deepEqual(readdirSync(cwd), [], `--port ${p} left a file`);
  }
});

test('progress: a line on stderr when it is a terminal, nothing when piped', { skip, timeout: 120_000 }, async (t) => {
  const piped = await cli(['analyze', big, '--workers', '1', '--format', 'json', '--out', join(tmp, 'p.json')]);
  assert.equal(piped.code, 0, piped.err);
  assert.ok(!piped.err.includes('\r') && !/annotating/.test(piped.err), piped.err);
  if (spawnSync('script', ['--version']).status !== 0) {
    t.diagnostic('no `script` command to give the run a terminal: the terminal half is not checked');
    return;
  }
  // Enough reports that annotating outlasts the 300 ms before a bar shows, on a fast machine too: 300
  // were annotated before it once.
  const many = join(tmp, 'many');
  writeCorpus(many, 1000, seedFor('cli-output-faults-tty'));
  // `script` runs the command on a pseudo-terminal, so stderr is a TTY as in a user's shell.
  const cmd = `"${process.execPath}" "${BIN}" ingest "${many}" --db "${join(tmp, 'tty.db')}" --workers 1`;
  const tty = spawnSync('script', ['-qfec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  assert.equal(tty.status, 0, tty.stdout);
  // Each redraw starts with a carriage return and "erase line" (ESC [K).
  const ESC = String.fromCharCode(27);
  assert.match(tty.stdout, new RegExp(`\r${ESC}\\[Kannotating \\[#* *\\] \\d+/1000`));
  assert.match(tty.stdout, new RegExp(`\r${ESC}\\[K\r?\n?crosscheck: stored 1000 new reports`));
});

test('serve on a port already in use: one line, exit 1', {
  skip,
  timeout: 60_000,
}, async () => {
  const holder = createServer();
  await new Promise<void>((ok) => holder.listen(0, '127.0.0.1', () => ok()));
  try {
    const { port } = holder.address() as AddressInfo;
    const r = await cli(['serve', '--port', String(port), '--db', join(tmp, 'in-use.db')], { timeoutMs: 20_000 });
    assert.equal(r.code, 1, r.err);
    assert.equal(oneLine(r.err).length, 1, r.err);
    assert.match(r.err, new RegExp(`port ${port}`));
    noTrace(r.err);
  } finally {
    holder.close();
  }
});
