/**
 * Entity mentions: runs of capitalised words (with "of", "de", "for" inside
 * names), acronyms and @handles; titles before a name are kept as `role`, not
 * in the span; types come from cue words in lexicon data; within a report a
 * surname resolves to the fullest name that ends with it.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { EntityMention, EntityType } from '../../model/mention.js';
import type { Context } from '../../pipeline/context.js';
import { defineStage } from '../../pipeline/stage.js';
import { lexicon, phraseSet } from '../../lexicon/index.js';

/** Lower-case role words right before a name ("rescue chief Tomas Reyl"). */
const ROLE_BEFORE = /((?:[a-z]+ ){0,2}[a-z]+)\s+$/;
const CHUNK = /(@\w+)|((?:[A-Z]{2,}-\d+|(?:[A-Z]\.){2,}|[A-Z][\p{L}'’-]*\p{L}|[A-Z])(?:[ \t]+(?:(?:of|de|del|for|the)[ \t]+)?(?:[A-Z]{2,}-\d+|(?:[A-Z]\.){2,}|[A-Z][\p{L}'’-]*\p{L}|[A-Z]))*)/gu;

interface EntityLexicon {
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly places: readonly string[];
  readonly aliases: Readonly<Record<string, string>>;
}

function typeOf(name: string, role: string | null, lex: EntityLexicon, places: ReadonlySet<string>): EntityType {
  if (name.startsWith('@')) return 'person';
  if (places.has(name.toLowerCase())) return 'place';
  const words = name.toLowerCase().split(/\s+/);
  // The head (last word) decides first: "Parliament Square" is a place, "Union of Public Workers" a union.
  const head = words[words.length - 1]!;
  for (const [type, cues] of Object.entries(lex.types)) if (cues.includes(head)) return type as EntityType;
  for (const [type, cues] of Object.entries(lex.types)) {
    if (cues.some((c) => words.includes(c))) return type as EntityType;
  }
  if (role) return 'person';
  if (/^[A-Z]{2,}$/.test(name)) return 'organization';
  return words.length >= 2 ? 'person' : 'other';
}

/**
 * "And" joins two names, not one ("Tren de Aragua and MS-13", "Trump and Noem"), except inside the
 * name of a body ("Department of Health and Human Services"): a name of an organization with "of"
 * in it takes the next name after "and" as its own.
 */
function joinAndNames(out: EntityMention[], text: string): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.type !== 'organization' || !/ of /.test(a.text) || text.slice(a.end, b.start) !== ' and ' || b.role) continue;
    const joined = text.slice(a.start, b.end);
    out.splice(i, 2, { ...a, end: b.end, text: joined, canonical: joined });
  }
}

const BRACKETED = /\[([A-Z][\p{L}'’-]+)\][ \t]+([A-Z][\p{L}'’-]*\p{L})/gu;

/** "President [Donald] Trump": a first name the editor put in brackets completes the name. */
function bracketedNames(out: EntityMention[], text: string, from: number): void {
  BRACKETED.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = BRACKETED.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const at = out.findIndex((e) => e.start < end && start < e.end);
    const role = at >= 0 ? out[at]!.role : null;
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && start < out[i]!.end) out.splice(i, 1);
    const entity: EntityMention = { kind: 'entity', start, end, text: m[0], type: 'person', canonical: `${m[1]} ${m[2]}`, role, via: ['recognizer/bracketed-first-name'] };
    const after = out.findIndex((e) => e.start > start);
    out.splice(after < 0 ? out.length : after, 0, entity);
  }
}

export function extractEntities(doc: Doc, _ctx: Context): EntityMention[] {
  const text = need(doc, 'clean').text;
  const lex = lexicon<EntityLexicon>('entities');
  const stop = phraseSet('entity-stopwords');
  const titles = phraseSet('titles');
  const places = new Set(lex.places.map((p) => p.toLowerCase()));
  const cue = new Set(Object.values(lex.types).flat());
  // "Interior Ministry", "National Library": a modifier before a word that names a kind of body stays in the name.
  const onlyCues = (ws: readonly string[]) => ws.length > 0 && ws.every((w) => !w.trim() || cue.has(w.toLowerCase()));
  const strippable = (w: string) => stop.has(w.toLowerCase()) || titles.has(w.toLowerCase()) || /^(of|for|and|the)$/i.test(w);
  const out: EntityMention[] = [];
  CHUNK.lastIndex = doc.report.bodyStart;
  let m: RegExpExecArray | null;
  while ((m = CHUNK.exec(text))) {
    let start = m.index;
    let words = m[0].replace(/[.’']+$/, (s) => (/(?:^|\s)(?:[A-Z]\.)+$/.test(m![0]) ? s : '')).split(/(\s+)/);
    let role: string | null = null;
    while (words.length && strippable(words[0]!) && (/^(of|for|and|the|a|an)$/i.test(words[0]!) || !onlyCues(words.slice(2)))) {
      if (titles.has(words[0]!.toLowerCase())) role = role ? `${role} ${words[0]}` : words[0]!;
      start += words[0]!.length + (words[1]?.length ?? 0);
      words = words.slice(2);
    }
    while (words.length && /^(of|for|and|the|de)$/i.test(words[words.length - 1]!)) words = words.slice(0, -2);
    // "El Salvadoran President Nayib Bukele": the name is what follows the last title word.
    let lastTitle = -1;
    for (let i = 0; i < words.length - 2; i += 2) if (titles.has(words[i]!.toLowerCase())) lastTitle = i;
    const rest = words.slice(lastTitle + 2).filter((w) => w.trim()).map((w) => w.toLowerCase());
    // A title inside the name of a body ("Union of Public Workers") leaves one word, no person's name.
    const bodyName = rest.length === 1 && words.slice(0, lastTitle).some((w) => cue.has(w.toLowerCase())) && words.includes('of');
    if (lastTitle >= 0 && !bodyName && rest.every((w) => !cue.has(w) && !titles.has(w)) && !places.has(rest.join(' '))) {
      const cut = words.slice(0, lastTitle + 2).join('');
      role = cut.trim();
      start += cut.length;
      words = words.slice(lastTitle + 2);
    }
    const name = words.join('');
    // A demonym closes no name ("El Salvadoran", "Venezuelan"): those are adjectives, not entities.
    if (!name || name.length < 2 || stop.has(name.toLowerCase()) || stop.has(words[words.length - 1]!.toLowerCase())) continue;
    const end = start + name.length;
    if (!role) role = ROLE_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? null;
    if (role && !titles.has(role.split(/\s+/).pop()!.toLowerCase())) role = null;
    out.push({ kind: 'entity', start, end, text: text.slice(start, end), type: typeOf(name, role, lex, places), canonical: lex.aliases[name] ?? name, role, via: ['recognizer/capitalised-chunk'] });
  }
  joinAndNames(out, text);
  bracketedNames(out, text, doc.report.bodyStart);
  const full = out.filter((e) => e.type === 'person' && e.canonical.includes(' '));
  return out.map((e) => {
    if (e.canonical.includes(' ') || e.type === 'place') return e;
    const handle = e.canonical.startsWith('@') ? e.canonical.slice(1).toLowerCase() : null;
    const long = full.find((f) => (handle ? handle.includes(f.canonical.split(' ').pop()!.toLowerCase()) : f.canonical.endsWith(` ${e.canonical}`)));
    return long ? { ...e, canonical: long.canonical, type: long.type, via: [...e.via, 'refiner/surname-to-full-name'] } : e;
  });
}

export const entityStage = defineStage({ name: 'annotate.entity', requires: ['clean', 'segments'], assigns: 'entity', run: extractEntities });
