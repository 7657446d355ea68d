/**
 * The TempEval-3 training documents (TimeML) as crosscheck reports and gold
 * files, written to a folder outside the repository: the <TEXT> body with its
 * tags removed, a `published:` header from the DCT, and every TIMEX3 as a gold
 * time mention. Research use only: no TempEval text is written into the project.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { filesEndingWith } from './files.js';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e]!);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

/** Writes a report and a gold file per TimeML document of `src` into `out`; returns how many of each it wrote. */
export function convertTempEval(src: string, out: string): { docs: number; timexes: number } {
  mkdirSync(out, { recursive: true });
  let docs = 0;
  let timexes = 0;
  for (const path of filesEndingWith(src, '.tml')) {
    const xml = readFileSync(path, 'utf8');
    const dct = attr(/<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '', 'value');
    const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
    if (!dct || body === undefined) continue;
    const header = `published: ${dct.slice(0, 10)}\n\n`;
    let text = '';
    const mentions: Record<string, unknown>[] = [];
    const token = /<TIMEX3([^>]*)>([\s\S]*?)<\/TIMEX3>|<[^>]+>|[^<]+/g;
    let m: RegExpExecArray | null;
    while ((m = token.exec(body))) {
      if (m[1] !== undefined) {
        const inner = unescape(m[2]!.replace(/<[^>]+>/g, ''));
        const start = header.length + text.length;
        text += inner;
        mentions.push({ kind: 'time', text: inner, start, end: start + inner.length, type: attr(m[1], 'type'), value: attr(m[1], 'value'), mod: attr(m[1], 'mod') });
      } else if (!m[0].startsWith('<')) text += unescape(m[0]);
    }
    const full = header + text;
    for (const men of mentions) {
      const before = full.slice(0, men['start'] as number);
      let n = 0;
      for (let at = before.indexOf(men['text'] as string); at >= 0; at = before.indexOf(men['text'] as string, at + 1)) n++;
      men['occurrence'] = n + 1;
    }
    const name = basename(path, '.tml');
    writeFileSync(join(out, `${name}.txt`), full);
    writeFileSync(join(out, `${name}.gold.json`), JSON.stringify({ schema: 'crosscheck-gold/1', report: `${name}.txt`, published: dct.slice(0, 10), kinds: ['time'], mentions }));
    docs++;
    timexes += mentions.length;
  }
  return { docs, timexes };
}
