/**
 * A place named inside a clock's zone ("às 18h, horário de Brasília", "a las 20.11, hora de
 * Canarias") says how a time is told, not where anything happened: it is no name of the report's, so
 * the figures beside it are not taken to be about that place. The zone phrases are those the time
 * extractor reads, `zones` in `lexicon/<lang>/time.json`.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { readingLanguage } from '../../common/language.js';

function zonePattern(lang: string): RegExp | null {
  return fromLexicons(`zone-names:${lang}`, () => {
    const zones = Object.keys(lexicon<{ zones?: Readonly<Record<string, string>> }>(`${lang}/time`).zones ?? {}).filter((z) => /\s/.test(z));
    if (!zones.length) return null;
    const alt = zones.sort((a, b) => b.length - a.length).map((z) => z.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
    return new RegExp(String.raw`(?<!\p{L})(?:${alt})(?!\p{L})`, 'giu');
  });
}

export const zoneNameRefiner: Refiner<EntityMention> = {
  name: 'zone-name',
  refine({ doc, text }, mentions) {
    const lang = readingLanguage(doc);
    const re = lang && lang !== 'en' ? zonePattern(lang) : null;
    if (!re) return mentions;
    const spans: [number, number][] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
    if (!spans.length) return mentions;
    return mentions.filter((e) => !spans.some(([s, t]) => e.start >= s && e.end <= t));
  },
};
