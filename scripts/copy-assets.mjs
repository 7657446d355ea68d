// Copies the data files tsc does not emit (lexicons, UI assets) into dist/.
import { cpSync, existsSync } from 'node:fs';

for (const dir of ['lexicon', 'render/html/assets']) {
  if (existsSync(`src/${dir}`)) cpSync(`src/${dir}`, `dist/${dir}`, { recursive: true, filter: (p) => !p.endsWith('.ts') });
}
