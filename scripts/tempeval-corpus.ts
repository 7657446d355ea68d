// The real-text bench corpus of issue 17: the TempEval-3 training documents (TimeML, in ../shared)
// as one JSON Lines file OUTSIDE the repository, every document repeated REPEATS times (24: 6,144
// reports, about 2 M words). node --import tsx scripts/tempeval-corpus.ts [REPEATS] [OUT_FILE]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertTempEval } from '../src/eval/tempeval.js';
import { parseHeader } from '../src/load/index.js';

const SRC = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'tempeval3-train', 'TBAQ-cleaned');
const repeats = Number(process.argv[2] ?? 24);
const OUT = resolve(process.argv[3] ?? `/tmp/tempeval-x${repeats}.jsonl`);
const dir = mkdtempSync(join(tmpdir(), 'tempeval-'));
try {
  convertTempEval(SRC, dir);
  const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const { fields, bodyStart } = parseHeader(text);
    return JSON.stringify({ title: f.replace(/\.txt$/, ''), published: fields['published'], text: text.slice(bodyStart) });
  });
  writeFileSync(OUT, Array.from({ length: repeats }, () => lines.join('\n')).join('\n') + '\n');
  process.stdout.write(`wrote ${lines.length * repeats} reports (${lines.length} documents × ${repeats}) to ${OUT}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
