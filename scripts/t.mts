import { makeContext } from '../src/core/context.js';
import { analyzeReports } from '../src/pipeline/analyze.js';
import { loadInputs } from '../src/load/index.js';
for (const s of ['belgrade-protest-2025-03', 'crowdstrike-outage-2024-07', 'uk-election-2024-07', 'valencia-floods-2024-10']) {
  const ctx = makeContext();
  const reports = await loadInputs([`../shared/corpus/dev/${s}`], ctx);
  const { record } = analyzeReports(reports, ctx);
  const st = (record['stories'] as { label: string; reports: string[] }[] | undefined) ?? [];
  console.log(s, st.length || 1, st.map((x) => `${x.reports.length}:${x.label}`).join(' || '));
}
