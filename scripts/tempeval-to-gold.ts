// Converts the TempEval-3 training documents (TimeML, in ../shared) into crosscheck reports and gold
// files in a folder OUTSIDE the repository: node --import tsx scripts/tempeval-to-gold.ts [OUT_DIR].
import { resolve } from 'node:path';
import { convertTempEval } from '../src/eval/tempeval.js';

const SRC = resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'tempeval3-train', 'TBAQ-cleaned');
const OUT = resolve(process.argv[2] ?? '/tmp/tempeval-gold');
const { docs, timexes } = convertTempEval(SRC, OUT);
process.stdout.write(`wrote ${docs} reports and ${timexes} TIMEX3 gold mentions to ${OUT}\n`);
