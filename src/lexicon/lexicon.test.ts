// User lexicons extend the bundled ones, and what is compiled from them follows a change of directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLexiconDirs } from './index.js';
import { docOf } from '../../test/helpers/doc.js';

test('a cue verb added in a --lexicon directory is used at once, and dropped with the directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-lexicon-'));
  writeFileSync(join(dir, 'cue-verbs.json'), JSON.stringify(['chirped']));
  const quoteCue = () => docOf('"The water is falling," Mayor Ilse Marrow chirped.').quote?.[0]?.cue ?? null;
  try {
    assert.equal(quoteCue(), null);
    setLexiconDirs([dir]);
    assert.equal(quoteCue(), 'chirped');
  } finally {
    setLexiconDirs([]);
  }
  assert.equal(quoteCue(), null);
});
