import { makeContext } from '../src/core/context.js';
import { evaluate } from '../src/eval/run.js';
for (const dir of ['seeds', 'dev/belgrade-protest-2025-03', 'dev/crowdstrike-outage-2024-07', 'dev/uk-election-2024-07', 'dev/valencia-floods-2024-10']) {
  const r = await evaluate(`/work/shared/corpus/${dir}`, makeContext());
  const f = r.facts!;
  console.log(dir.padEnd(32), `recall ${f.recall.toFixed(3)} status ${f.statusAccuracy.toFixed(3)} conflicts ${f.conflictsCorrect}/${f.conflicts}`);
}
