/**
 * Entity resolution across reports: a name that one report gives in full and
 * another by surname or handle resolves to the full name everywhere; an
 * abbreviation one report defines resolves in every report ("Nhf" where
 * another wrote "Northern Holding Facility (NHF)"); and names spelled
 * differently on two sides of the Atlantic ("Centre", "Center") resolve to the
 * spelling most reports use. A word capitalised only where sentences open
 * stays a name only if some report resolves it or writes it as one. Blocked
 * by key, so the cost grows with the mentions, never with their pairs.
 */
import type { Doc } from '../model/doc.js';
import type { EntityMention } from '../model/mention.js';
import { ACRONYM } from '../annotate/entity/words.js';
import { abbreviationKey } from '../annotate/entity/refiners/acronym-refiner.js';
import { OPENER_ONLY } from '../annotate/entity/refiners/sentence-opener-refiner.js';

/** British and American spellings to one key ("centre", "center"; "organisation", "organization"; "defence", "defense"). */
function spellingKey(name: string): string {
  return name.toLowerCase().replace(/tre\b/g, 'ter').replace(/isation\b/g, 'ization').replace(/ence\b/g, 'ense').replace(/our\b/g, 'or');
}

/** An abbreviation written as a word ("Nhf", "NHF"), resolved in its own report to a longer name. */
function abbreviationIn(e: EntityMention): string | null {
  return !e.text.includes(' ') && e.text.length >= 3 && (ACRONYM.test(e.text) || /^[A-Z][a-z]+$/.test(e.text)) ? abbreviationKey(e.text) : null;
}

export function linkEntitiesAcross(docs: readonly Doc[]): Doc[] {
  const bySurname = new Map<string, string>();
  const byAbbreviation = new Map<string, EntityMention>();
  const spellings = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const e of d.entity ?? []) {
      const spelled = spellings.get(spellingKey(e.canonical)) ?? new Map<string, number>();
      spellings.set(spellingKey(e.canonical), spelled.set(e.canonical, (spelled.get(e.canonical) ?? 0) + 1));
      const key = abbreviationIn(e);
      if (key && ACRONYM.test(e.text) && e.canonical.includes(' ') && !byAbbreviation.has(key)) byAbbreviation.set(key, e);
      if (e.type !== 'person' || !e.canonical.includes(' ')) continue;
      const last = e.canonical.split(' ').pop()!.toLowerCase();
      const had = bySurname.get(last);
      if (!had || e.canonical.length > had.length) bySurname.set(last, e.canonical);
    }
  }
  const commonest = (canonical: string) => {
    const counts = [...(spellings.get(spellingKey(canonical)) ?? [])];
    return counts.length > 1 ? counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0] : canonical;
  };
  // Words capitalised only where sentences open, which no report resolves or writes as a name elsewhere.
  const asName = new Set(docs.flatMap((d) => (d.entity ?? []).filter((e) => !e.via.includes(OPENER_ONLY)).map((e) => e.text)));
  return docs.map((d) => {
    if (!d.entity) return d;
    const entity = d.entity.map((e) => {
      const key = e.canonical.startsWith('@') ? null : e.canonical.split(' ').pop()!.toLowerCase();
      const full = key ? bySurname.get(key) : null;
      if (full && full !== e.canonical && (e.type === 'person' || e.type === 'other')) return { ...e, canonical: full, type: 'person' as const };
      const abbreviation = e.canonical === e.text ? abbreviationIn(e) : null;
      const long = abbreviation ? byAbbreviation.get(abbreviation) : undefined;
      if (long && long.canonical !== e.canonical) return { ...e, canonical: commonest(long.canonical), type: long.type };
      const spelled = commonest(e.canonical);
      return spelled === e.canonical ? e : { ...e, canonical: spelled };
    }).filter((e) => !e.via.includes(OPENER_ONLY) || e.canonical !== e.text || asName.has(e.text));
    const canon = new Map(entity.map((e) => [e.text, e.canonical]));
    const quote = d.quote?.map((q) => (q.speakerText && canon.get(q.speakerText) ? { ...q, speaker: canon.get(q.speakerText)! } : q));
    return { ...d, entity, ...(quote ? { quote } : {}) };
  });
}
