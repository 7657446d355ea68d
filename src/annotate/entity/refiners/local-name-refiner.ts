/**
 * Names in Spanish and Portuguese reports, after the shared refiners, from
 * `lexicon/<lang>/entities.json`:
 * - names split at a lower-case particle are one ("Ana de la Vega",
 *   "Câmara dos Comuns");
 * - a leading article or opener leaves the name ("O Partido Trabalhista" →
 *   "Partido Trabalhista"), and a lone word that opens a sentence and is a
 *   common word of the language ("Volaron", "Apesar", "Cinco") is no name;
 * - the first word types the name, since these languages put the head first
 *   ("Guardia Civil", "Comunitat Valenciana"), as does a type word written
 *   just before it ("la galería Tate Modern", "la localidad de Paiporta");
 * - places and bodies the lexicon knows resolve to their English name
 *   ("Reino Unido" → "United Kingdom"), so reports in several languages
 *   name one entity alike; a demonym alone is an adjective, not a name.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { readingLanguage } from '../../common/language.js';
import { entityWords } from '../words.js';

/** The English gazetteer's places, lower-cased. */
const gazetteer = () => entityWords().places;

interface NameLexicon {
  readonly articles: readonly string[];
  readonly particles: readonly string[];
  readonly openers: readonly string[];
  readonly types: Readonly<Partial<Record<EntityType, readonly string[]>>>;
  readonly places: Readonly<Record<string, string>>;
  readonly bodies: Readonly<Record<string, readonly [string, EntityType]>>;
  readonly demonyms: Readonly<Record<string, string>>;
}

interface NameWords {
  readonly lex: NameLexicon;
  readonly articles: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  readonly typeOf: ReadonlyMap<string, EntityType>;
}

/** A lone word opening a sentence with a verb's ending: "Volaron", "Llegaron", "Chegaram". */
const VERB_FORM = /(?:aron|ieron|aban|ían|aram|eram|iram|avam)$/iu;
const TYPE_BEFORE = /(\p{Ll}[\p{L}]*)\s+(?:(?:de|del|da|do|dos|das)\s+)?$/u;

function words(lang: string): NameWords {
  return fromLexicons(`local-names:${lang}`, () => {
    const lex = lexicon<NameLexicon>(`${lang}/entities`);
    const typeOf = new Map<string, EntityType>();
    for (const [type, list] of Object.entries(lex.types) as [EntityType, readonly string[]][]) for (const w of list) typeOf.set(w, type);
    return { lex, typeOf, articles: new Set(lex.articles), particles: new Set(lex.particles), openers: new Set(lex.openers) };
  });
}

/** Joins names split at a particle: "Ana" + " de la " + "Vega". */
function joinParticles(text: string, mentions: readonly EntityMention[], w: NameWords): EntityMention[] {
  const out: EntityMention[] = [];
  for (const e of mentions) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, e.start) : '';
    const nameLike = (x: EntityMention) => x.type === 'person' || x.type === 'other';
    if (prev && /^\s+\S.*\s+$/u.test(between) && w.particles.has(between.trim()) && !/\n/.test(between) && nameLike(prev) && nameLike(e)) {
      const joined = text.slice(prev.start, e.end);
      out[out.length - 1] = { ...prev, end: e.end, text: joined, canonical: joined, via: [...prev.via, 'refiner/local-particle'] };
    } else out.push(e);
  }
  return out;
}

function refineOne(e: EntityMention, text: string, starts: ReadonlySet<number>, w: NameWords): EntityMention | null {
  let m = e;
  // "Fuentes de Zarzuela": the opener goes, and the particle it leaves at the front with it.
  // "El Salvador", "La Habana": a place or body whose name opens with an article keeps it.
  const known = (t: string) => !!(w.lex.places[t] || w.lex.bodies[t] || gazetteer().has(t.toLowerCase()));
  for (let first = /^(\S+)\s+/u.exec(m.text); first && !known(m.text) && (w.articles.has(first[1]!) || w.openers.has(first[1]!.toLowerCase()) || w.particles.has(first[1]!)); first = /^(\S+)\s+/u.exec(m.text)) {
    const cut = first[0].length;
    const rest = m.text.slice(cut);
    m = { ...m, start: m.start + cut, text: rest, canonical: m.canonical === m.text ? rest : m.canonical.replace(first[0], ''), via: [...m.via, 'refiner/local-article'] };
  }
  const lower = m.text.toLowerCase();
  const single = !/\s/.test(m.text);
  if (single && (w.openers.has(lower) || w.articles.has(m.text) || w.lex.demonyms[lower] || (starts.has(m.start) && VERB_FORM.test(m.text) && m.type === 'other'))) return null;
  const body = w.lex.bodies[m.text];
  if (body) return { ...m, canonical: body[0], type: body[1], via: [...m.via, 'lexicon/entities-local'] };
  const place = w.lex.places[m.text];
  if (place) return { ...m, canonical: place, type: 'place', via: [...m.via, 'lexicon/entities-local'] };
  // A type word written before the name says what it is ("la galería Serra Azul"); else its first word does.
  const before = TYPE_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const type = (before ? w.typeOf.get(before[1]!) : undefined) ?? w.typeOf.get(lower.split(/\s+/)[0]!);
  return type && type !== m.type ? { ...m, type, via: [...m.via, 'refiner/local-type'] } : m;
}

export const localNameRefiner: Refiner<EntityMention> = {
  name: 'local-name',
  refine({ doc, text }, mentions) {
    const lang = readingLanguage(doc);
    if (!lang || lang === 'en') return mentions;
    const w = words(lang);
    const starts = new Set((doc.segments?.sentences ?? []).map((s) => s.start));
    const refined = joinParticles(text, mentions, w).map((e) => refineOne(e, text, starts, w)).filter((e): e is EntityMention => e !== null);
    // A name resolved here ("Mazón" is "Carlos Mazón") keeps the canonical its fuller mention now has.
    const full = new Map(refined.filter((e) => e.canonical !== e.text).map((e) => [e.text, e.canonical] as const));
    return refined.map((e) => (full.has(e.canonical) ? { ...e, canonical: full.get(e.canonical)! } : e));
  },
};
