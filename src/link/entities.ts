/**
 * Entity resolution across reports: a name that one report gives in full and
 * another by surname or handle resolves to the full name everywhere. Blocked
 * by last name, so the cost grows with the mentions, never with their pairs.
 */
import type { Doc } from '../model/doc.js';
import type { EntityType } from '../model/mention.js';

interface Name { readonly canonical: string; readonly type: EntityType }

/** Surname (lowercased) → the longest full person name given for it, the first of equal lengths. */
export function fullNames(names: Iterable<Name>): Map<string, string> {
  const bySurname = new Map<string, string>();
  for (const e of names) {
    if (e.type !== 'person' || !e.canonical.includes(' ')) continue;
    const last = e.canonical.split(' ').pop()!.toLowerCase();
    const had = bySurname.get(last);
    if (!had || e.canonical.length > had.length) bySurname.set(last, e.canonical);
  }
  return bySurname;
}

/** The full name a person (or unplaced) name resolves to, or null when it stays as it is. */
export function linkedName(e: Name, bySurname: ReadonlyMap<string, string>): string | null {
  const key = e.canonical.startsWith('@') ? null : e.canonical.split(' ').pop()!.toLowerCase();
  const full = key ? bySurname.get(key) : null;
  return full && full !== e.canonical && (e.type === 'person' || e.type === 'other') ? full : null;
}

export function linkEntitiesAcross(docs: readonly Doc[]): Doc[] {
  const bySurname = fullNames(docs.flatMap((d) => d.entity ?? []));
  return docs.map((d) => {
    if (!d.entity) return d;
    const entity = d.entity.map((e) => {
      const full = linkedName(e, bySurname);
      return full ? { ...e, canonical: full, type: 'person' as const } : e;
    });
    const canon = new Map(entity.map((e) => [e.text, e.canonical]));
    const quote = d.quote?.map((q) => (q.speakerText && canon.get(q.speakerText) ? { ...q, speaker: canon.get(q.speakerText)! } : q));
    return { ...d, entity, ...(quote ? { quote } : {}) };
  });
}
