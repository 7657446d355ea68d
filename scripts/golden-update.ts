// Rewrites golden expectations for a person to review: npm run golden:update -- [slug...]. Never run in CI.
import { writeFileSync } from 'node:fs';
import { available, CASES, goldenPath, produce } from '../test/golden/golden.js';

if (process.env['CI']) {
  process.stderr.write('golden:update refuses to run in CI: expectations are reviewed by a person\n');
  process.exit(2);
}
const wanted = process.argv.slice(2);
for (const c of CASES) {
  if (wanted.length && !wanted.includes(c.slug)) continue;
  if (!available(c.dir)) {
    process.stderr.write(`skipped ${c.slug}: ${c.dir} is absent\n`);
    continue;
  }
  writeFileSync(goldenPath(c.slug), JSON.stringify(await produce(c.dir, c.withText, c.lexiconDirs), null, 1) + '\n');
  process.stdout.write(`wrote ${goldenPath(c.slug)}: review the diff before committing\n`);
}
