// User lexicons extend the bundled ones, and what is compiled from them follows a change of directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docOf } from '../../test/helpers/doc.js';

test('a cue verb added in a --lexicon directory is used by a run given it, and not by one without', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-lexicon-'));
  writeFileSync(join(dir, 'cue-verbs.json'), JSON.stringify(['chirped']));
  const quoteCue = (lexiconDirs: string[]) => docOf('"The water is falling," Mayor Ilse Marrow chirped.', '2025-03-16', { lexiconDirs }).quote?.[0]?.cue ?? null;
  assert.equal(quoteCue([]), null);
  assert.equal(quoteCue([dir]), 'chirped');
  assert.equal(quoteCue([]), null);
});
