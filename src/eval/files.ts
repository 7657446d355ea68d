/** Files under a folder, in sorted order at every level, whose names end with `suffix`. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function filesEndingWith(dir: string, suffix: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesEndingWith(p, suffix, out);
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}
