/**
 * Entity resolution across reports: a name that one report gives in full and
 * another by surname or handle resolves to the full name everywhere; an
 * abbreviation one report defines resolves in every report ("Nhf" where
 * another wrote "Northern Holding Facility (NHF)"); and names spelled
 * differently on two sides of the Atlantic ("Centre", "Center") resolve to the
 * spelling most reports use. A word capitalised only where sentences open
 * stays a name only if some report resolves it or writes it as one. Blocked
 * by key, so the cost grows with the mentions, never with their pairs.
 *
 * The same linker serves documents (`linkEntitiesAcross`) and the few names
 * stored per report for grouping stories (`linkNames` in stories.ts), so both
 * see one set of names.
 */
import type { Doc } from '../model/doc.js';
import type { FigureClaim } from '../model/claim.js';
import type { EntityMention, EntityType } from '../model/mention.js';
import { ACRONYM } from '../annotate/entity/words.js';
import { abbreviationKey } from '../annotate/entity/refiners/acronym-refiner.js';
import { OPENER_ONLY } from '../annotate/entity/refiners/sentence-opener-refiner.js';

/** A name as linking reads it: the words of a mention, what its own report resolved them to, and whether only sentence openers capitalise them. */
export interface LinkName {
  readonly text: string;
  readonly canonical: string;
  readonly type: EntityType;
  readonly openerOnly: boolean;
}

/** What a name is across the set: its canonical name and type, or null when it is no name at all. */
export type Linker = (n: LinkName) => { readonly canonical: string; readonly type: EntityType } | null;

export const linkNameOf = (e: EntityMention): LinkName => ({ text: e.text, canonical: e.canonical, type: e.type, openerOnly: e.via.includes(OPENER_ONLY) });

/** British and American spellings to one key ("centre", "center"; "organisation", "organization"; "defence", "defense"). */
function spellingKey(name: string): string {
  return name.toLowerCase().replace(/tre\b/g, 'ter').replace(/isation\b/g, 'ization').replace(/ence\b/g, 'ense').replace(/our\b/g, 'or');
}

/** An abbreviation written as a word ("Nhf", "NHF"). */
function abbreviationIn(n: LinkName): string | null {
  return !n.text.includes(' ') && n.text.length >= 3 && (ACRONYM.test(n.text) || /^[A-Z][a-z]+$/.test(n.text)) ? abbreviationKey(n.text) : null;
}

/** A name as names are compared across spellings: accents folded, lower case ("Vučić" ~ "vucic"). */
export const foldAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The key counted most (the first of equals), or undefined when none is. */
export function mostCounted<K>(counts: ReadonlyMap<K, number> | undefined): K | undefined {
  let best: [K, number] | undefined;
  for (const entry of counts ?? []) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}

/** A linker built as names are added: it reads every name once, and links only after all are added. */
export interface NameLinker {
  /** Adds a name written `times` times. */
  add(n: LinkName, times?: number): void;
  readonly link: Linker;
}

export function nameLinker(): NameLinker {
  const bySurname = new Map<string, string>();
  /**
   * Each abbreviation's long forms, in the order reports define them: "Terrorism Confinement Center (CECOT)"
   * and "Centro de Confinamiento del Terrorismo (CECOT)" are one place told in two languages.
   */
  const longForms = new Map<string, Map<string, LinkName>>();
  const abbreviationOfLong = new Map<string, string>();
  const spellings = new Map<string, Map<string, number>>();
  /** Each canonical name's entry in `spellings`, so a name met again is only counted. */
  const spelledAs = new Map<string, Map<string, number>>();
  const asName = new Set<string>();
  /** How often each canonical name is given each type other than 'other', for a report that could not tell. */
  const typed = new Map<string, Map<EntityType, number>>();
  /** The names read so far, by text, then canonical name, then type: a name met again adds nothing but its count. */
  const read = new Map<string, Map<string, Set<EntityType>>>();
  /**
   * What each name links to once all are added (by text, canonical name, then type and opener flag): a corpus
   * writes the same names many times.
   */
  const linked = new Map<string, Map<string, Map<string, ReturnType<Linker>>>>();
  const add = (n: LinkName, times = 1) => {
    let spelled = spelledAs.get(n.canonical);
    if (!spelled) {
      const key = spellingKey(n.canonical);
      spelled = spellings.get(key) ?? spellings.set(key, new Map()).get(key)!;
      spelledAs.set(n.canonical, spelled);
    }
    spelled.set(n.canonical, (spelled.get(n.canonical) ?? 0) + times);
    if (!n.openerOnly) asName.add(n.text);
    if (n.type !== 'other') {
      const types = typed.get(n.canonical) ?? typed.set(n.canonical, new Map()).get(n.canonical)!;
      types.set(n.type, (types.get(n.type) ?? 0) + times);
    }
    // Maps in turn, not one joined key: a new string per mention costs more to build and hash than the lookups.
    const byText = read.get(n.text) ?? read.set(n.text, new Map()).get(n.text)!;
    const typesRead = byText.get(n.canonical) ?? byText.set(n.canonical, new Set()).get(n.canonical)!;
    if (typesRead.has(n.type)) return;
    typesRead.add(n.type);
    const key = abbreviationIn(n);
    if (key && ACRONYM.test(n.text) && n.canonical.includes(' ')) {
      const forms = longForms.get(key) ?? longForms.set(key, new Map()).get(key)!;
      if (!forms.has(n.canonical)) forms.set(n.canonical, n);
      abbreviationOfLong.set(n.canonical, key);
    }
    if (n.type !== 'person' || !n.canonical.includes(' ')) return;
    const last = n.canonical.split(' ').pop()!.toLowerCase();
    const had = bySurname.get(last);
    if (!had || n.canonical.length > had.length) bySurname.set(last, n.canonical);
  };
  const commonest = (canonical: string) => {
    const counts = spelledAs.get(canonical) ?? spellings.get(spellingKey(canonical));
    return counts && counts.size > 1 ? mostCounted(counts)! : canonical;
  };
  /** The long form of an abbreviation most often written, the first defined of equals. */
  const chosenLong = (key: string): LinkName | undefined => {
    const forms = longForms.get(key);
    if (!forms) return undefined;
    let best: LinkName | undefined;
    let most = -1;
    for (const f of forms.values()) {
      let n = 0;
      for (const c of spelledAs.get(f.canonical)?.values() ?? []) n += c;
      if (n > most) { best = f; most = n; }
    }
    return best;
  };
  const resolve = (n: LinkName): { canonical: string; type: EntityType } => {
    const key = n.canonical.startsWith('@') ? null : n.canonical.split(' ').pop()!.toLowerCase();
    const full = key ? bySurname.get(key) : null;
    if (full && full !== n.canonical && (n.type === 'person' || n.type === 'other')) return { canonical: full, type: 'person' };
    const abbreviation = n.canonical === n.text ? abbreviationIn(n) : null;
    const long = abbreviation ? chosenLong(abbreviation) : undefined;
    if (long && long.canonical !== n.canonical) return { canonical: commonest(long.canonical), type: long.type };
    const shared = abbreviationOfLong.has(n.canonical) ? chosenLong(abbreviationOfLong.get(n.canonical)!) : undefined;
    if (shared && shared.canonical !== n.canonical) return { canonical: commonest(shared.canonical), type: shared.type };
    const canonical = commonest(n.canonical);
    // A name one report could not type ("through central Castrel") takes the type other reports give it ("in Castrel").
    return { canonical, type: (n.type === 'other' ? mostCounted(typed.get(canonical)) : undefined) ?? n.type };
  };
  const link: Linker = (n) => {
    const byText = linked.get(n.text) ?? linked.set(n.text, new Map()).get(n.text)!;
    const byCanonical = byText.get(n.canonical) ?? byText.set(n.canonical, new Map()).get(n.canonical)!;
    const key = n.openerOnly ? `${n.type} opener` : n.type;
    if (byCanonical.has(key)) return byCanonical.get(key)!;
    const r = resolve(n);
    const out = n.openerOnly && r.canonical === n.text && !asName.has(n.text) ? null : r;
    byCanonical.set(key, out);
    return out;
  };
  return { add, link };
}

/**
 * A report's figure claims with the names they are about, and their sources, as linked across
 * reports ("Bukele" now "Nayib Bukele"): read with the report alone, they named its own forms.
 */
function renamedFigures(figures: readonly FigureClaim[], before: readonly EntityMention[], after: readonly EntityMention[]): readonly FigureClaim[] {
  const now = new Map(after.map((e) => [e.start, e.canonical]));
  // A name is renamed as its mentions were; one none of whose mentions is kept (a capitalised sentence opener) is dropped.
  const renamed = new Map<string, string | null>();
  for (const e of before) {
    const c = now.get(e.start) ?? null;
    if (c !== null || !renamed.has(e.canonical)) renamed.set(e.canonical, c);
  }
  if ([...renamed].every(([from, to]) => from === to)) return figures;
  const name = (n: string | null) => (n === null ? null : renamed.has(n) ? renamed.get(n)! : n);
  return figures.map((f) => ({
    ...f, subject: name(f.subject), attributedTo: name(f.attributedTo) ?? f.attributedTo,
    about: [...new Set(f.about.flatMap((a) => name(a) ?? []))],
  }));
}

export function linkEntitiesAcross(docs: readonly Doc[]): Doc[] {
  const names = docs.map((d) => (d.entity ?? []).map(linkNameOf));
  const linker = nameLinker();
  for (const list of names) for (const n of list) linker.add(n);
  const link = linker.link;
  return docs.map((d, i) => {
    if (!d.entity) return d;
    // A loop, not flatMap: an array for each mention kept was most of what linking allocated.
    const entity: EntityMention[] = [];
    for (let k = 0; k < d.entity.length; k++) {
      const e = d.entity[k]!;
      const r = link(names[i]![k]!);
      if (r) entity.push(r.canonical === e.canonical && r.type === e.type ? e : { ...e, ...r });
    }
    const canon = new Map(entity.map((e) => [e.text, e.canonical]));
    const quote = d.quote?.map((q) => (q.speakerText && canon.get(q.speakerText) ? { ...q, speaker: canon.get(q.speakerText)! } : q));
    const figures = d.figures ? renamedFigures(d.figures, d.entity, entity) : undefined;
    return { ...d, entity, ...(quote ? { quote } : {}), ...(figures ? { figures } : {}) };
  });
}
