/**
 * Figure claims: what one sentence says about one value (a count, an amount, a date, a time, a
 * duration). Each names its measure, what is counted (its head, through the synonyms of
 * lexicon/heads.json), its role (lexicon/roles.json: killed, injured, cancelled, won…), the names
 * of its clause, the content words around it, and its as-of time: what cross-report linking
 * compares, never the value alone.
 */
import type { Doc } from '../model/doc.js';
import type { EntityMention, QuantityMention, TimeMention } from '../model/mention.js';
import type { FigureClaim, Measure } from '../model/claim.js';
import type { Range } from '../model/span.js';
import type { FactValueData } from '../model/story.js';
import { READ_LANGUAGES } from '../model/report.js';
import { fromLexicons, lexicon } from '../lexicon/index.js';
import { mentionIndex } from './mention-index.js';
import { lemma as quantityLemma } from '../annotate/quantity/counted.js';
import { partPhraseAfter } from '../annotate/quantity/part-phrase.js';
import { alternation } from '../annotate/common/phrases.js';
import { BEFORE_DAY, figureVoice, saidWhen, yearOfName } from './figure-voice.js';
import { clockWording } from './clock-wording.js';
import { defineStage } from '../core/stage.js';

interface RoleLexicon {
  readonly roles: Readonly<Record<string, readonly string[]>>;
  readonly weak: readonly string[];
  /** A role read otherwise when what it qualifies is a count, not a share ("turnout" of a crowd is its attendance). */
  readonly countAliases: Readonly<Record<string, string>>;
  readonly countsPeople: readonly string[];
  /** Roles in which a count naming nothing counts people, though a noun of the role keeps its own head ("with 64 on board"; "six crew"). */
  readonly barePeople?: readonly string[];
  /** Words of a role that yield to any other role word of the clause ("ficou com 121 cadeiras", but "a participação ficou em 60%"). */
  readonly weakWords?: readonly string[];
  /** Words that give a percentage its role ("14% of the vote": a share). */
  readonly percentRoles?: Readonly<Record<string, string>>;
  /** Verbs between a figure and the role word of its predicate ("5.000 resultaron heridas", "40 were injured"). */
  readonly predicates?: readonly string[];
  /** Verbs that move a running figure to a new value ("rose to", "ascendió a"): a day right after that value is when it was given. */
  readonly updates?: readonly string[];
  /** Words that make a figure a running count at some hour, not a day's ("so far today", "hasta ahora"). */
  readonly soFar: readonly string[];
  /** Roles only a count or an amount has ("carrying 242 people" is on board; a time in that sentence is not). */
  readonly countOnly?: readonly string[];
  /** Roles of counts that an amount with a unit never has ("a magnitude 6.8 quake, killing 42": the magnitude counts no dead). */
  readonly notAmounts?: readonly string[];
  /** Words that open a relative clause ("the jet that crashed"). */
  readonly relatives?: readonly string[];
  /** Words between a verb and the figure it governs ("killing all 132 people"). */
  readonly quantifiers?: readonly string[];
  /** Words before a participle that make it describe the noun after it ("the collapsed tower"). */
  readonly determiners?: readonly string[];
  /** The only roles a measurement has (in km, mm, °C: not a share, a sum of money or a reading): "came down 3 km short" is no loss. */
  readonly measuredRoles?: readonly string[];
  /** Roles only a measurement has ("35 km southwest of the city"; "20 people in the south" is no distance). */
  readonly measureOnly?: readonly string[];
  /** The only roles a reading on a named scale has ("a 5.1 aftershock"; "the 6.7 quake struck at a depth of 12 km" is no depth). */
  readonly readingRoles?: readonly string[];
  /** Roles only a date or a time has ("took off at 6:52" is the departure; "a takeoff with 62 aboard" counts no departure). */
  readonly momentOnly?: readonly string[];
}
interface HeadLexicon {
  readonly synonyms: Readonly<Record<string, string>>;
  readonly sameUnits: Readonly<Record<string, string>>;
  readonly notHeads: readonly string[];
  readonly peopleLike: readonly string[];
}

/** Words of a clause read on each side of a figure for its context. */
const CONTEXT_REACH = 8;
/** Words after a figure read for the verb of its predicate, and after that verb for the role it leads to. */
const PREDICATE_REACH = 3;
/** The same past a phrase of being on board, which may name the craft ("a bordo de um avião da Skyline Airways"). */
const ABOARD_REACH = 10;
/** A clause shorter than this many words borrows the clause before it ("..., Labour had 412 seats"). */
const SHORT_CLAUSE = 4;

const WORD = /[\p{L}][\p{L}'’-]*/gu;
/**
 * Between two counts of one noun, the second eliding it: a clause, then a conjunction or a word of
 * comparison ("… had collapsed and", "… on Wednesday night, up from").
 */
const JOINED = /^[^.;:()]{0,60}?(?:,\s*|\s)(?:and|while|but|up|down|from|than|against|compared|y|e|mientras|enquanto|frente|contra)\s+(?:\p{L}+\s+){0,2}$/iu;

const roleOfWord = () => fromLexicons('figure-roles', () => {
  const lex = lexicon<RoleLexicon>('roles');
  const out = new Map<string, string>();
  for (const [role, words] of Object.entries(lex.roles)) for (const w of words) if (!out.has(w)) out.set(w, role);
  const soFar = new RegExp(`(?<![\\p{L}])(?:${alternation(lex.soFar)})(?![\\p{L}])`, 'iu');
  const updated = new RegExp(`(?<![\\p{L}])(?:${alternation(lex.updates ?? [])})\\s+$`, 'iu');
  return { table: out, updated, weak: new Set(lex.weak), weakWords: new Set(lex.weakWords ?? []), percent: new Map(Object.entries(lex.percentRoles ?? {})), predicates: new Set(lex.predicates ?? []),
    countAliases: lex.countAliases, countsPeople: new Set(lex.countsPeople), barePeople: new Set(lex.barePeople ?? []), soFar, countOnly: new Set(lex.countOnly ?? []),
    notAmounts: new Set(lex.notAmounts ?? []), readingRoles: new Set(lex.readingRoles ?? []), measureOnly: new Set(lex.measureOnly ?? []), measuredRoles: new Set(lex.measuredRoles ?? []), momentOnly: new Set(lex.momentOnly ?? []), quantifiers: new Set(lex.quantifiers ?? []), relatives: new Set(lex.relatives ?? []), determiners: new Set(lex.determiners ?? []),
    readings: new Set(Object.values(lexicon<{ readings: Record<string, string> }>('quantity-units').readings).map((u) => `amount:${u}`)) };
});
/** Whether an amount's unit is a reading on a named scale (a magnitude): one measurement of one event, never a running figure. */
export const isReading = (unit: string | null | undefined) => !!unit && roleOfWord().readings.has(`amount:${unit}`);
const stopwords = () => fromLexicons('context-stopwords', () => new Set(lexicon<string[]>('context-stopwords')));
/** Whether a lower-case word says something of its own (not "the", "is", "not", "said"). */
export const isContentWord = (w: string) => !stopwords().has(w);
const heads = () => fromLexicons('figure-heads', () => {
  const lex = lexicon<HeadLexicon>('heads');
  return { synonyms: new Map(Object.entries(lex.synonyms)), sameUnits: new Map(Object.entries(lex.sameUnits)), notHeads: new Set(lex.notHeads), peopleLike: new Set(lex.peopleLike) };
});

/** A word's plain singular, enough to meet its other forms ("flights" ~ "flight", "lives" ~ "life"). */
const lemmas = new Map<string, string>();

/** A number as written: digits with group or decimal marks. */
const WRITTEN_NUMBER = /\d+(?:[.,]\d+)*/;

/**
 * The precision a number was written to, in its value's units: "11.1%" 0.1, "$1.08 billion" 10
 * million, "3,403" and "1.500 millones" 1 and a million (a mark before three digits groups, before
 * one or two it is decimal), a number in words 1.
 */
export function writtenStep(text: string, value: number): number {
  const written = WRITTEN_NUMBER.exec(text)?.[0];
  if (!written) return 1;
  const parts = written.split(/[.,]/);
  const last = parts.at(-1)!;
  const decimals = parts.length > 1 && last.length <= 2 ? last.length : 0;
  const mantissa = Number(decimals ? `${parts.slice(0, -1).join('')}.${last}` : parts.join(''));
  const scale = mantissa > 0 && value !== 0 ? 10 ** Math.round(Math.log10(Math.abs(value) / mantissa)) : 1;
  return scale * 10 ** -decimals;
}

/** A quantity as reconciling compares it: its value or bounds, and the precision it was written to. */
export function countData(m: QuantityMention): Extract<FactValueData, { type: 'count' }> {
  return { type: 'count', value: m.value, min: m.min, max: m.max, minExclusive: m.minExclusive, maxExclusive: m.maxExclusive, approx: m.approx, unit: m.unit,
    ...(m.value !== null && !m.approx ? { step: writtenStep(m.text, m.value) } : {}) };
}

export function lemma(word: string): string {
  let l = lemmas.get(word);
  if (l === undefined) {
    l = singular(word);
    // Bounded: a corpus's vocabulary, not its every word.
    if (lemmas.size > 200_000) lemmas.clear();
    lemmas.set(word, l);
  }
  return l;
}

/**
 * A word's singular as a counted phrase's head takes it (irregular plurals from the lexicon, "lives" →
 * "life"), less a possessive: "-ves" is no rule of its own, so "conservatives" stays "conservative".
 */
function singular(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, '');
  return w.length <= 3 ? w : quantityLemma(w);
}

/** The canonical head of what is counted: a synonym's target, else the lemma; null for a word that counts nothing. */
export function canonicalHead(head: string): string | null {
  const { synonyms, notHeads } = heads();
  const l = lemma(head);
  const canonical = synonyms.get(head.toLowerCase()) ?? synonyms.get(l) ?? l;
  return notHeads.has(canonical) ? null : canonical;
}

export function isPeopleLike(head: string): boolean {
  // People counted by their nationality ("238 venezolanos") are people as "238 members" are.
  return heads().peopleLike.has(head) || head.startsWith(NATIONALS);
}

/** Each gazetteer place by the stem its demonyms are made of ("venezuel" → Venezuela, "salvador" → El Salvador). */
const placeOfStem = () => fromLexicons('figure-demonym-stems', () => {
  const out = new Map<string, string>();
  for (const p of lexicon<{ places: readonly string[] }>('entities').places) {
    const last = p.split(' ').pop()!.toLowerCase();
    // "Honduras" gives "Honduran", as "Venezuela" gives "Venezuelan".
    for (const stem of [last.replace(/[aeiouy]$/, ''), last.replace(/as$/, '')]) if (stem.length >= 3 && !out.has(stem)) out.set(stem, p);
  }
  return out;
});
const DEMONYM_ENDINGS = ['ians', 'ian', 'eans', 'ean', 'ans', 'an', 'ese', 'is', 'i'];

/**
 * The place a counted demonym names its people by ("238 Venezuelans", "238 venezolanos", "23
 * salvadorenhos"): from the language's demonyms, or for English from the gazetteer's stems; null
 * for any other word.
 */
function demonymPlace(head: string, language: string | null): string | null {
  const w = head.toLowerCase();
  if (language && language !== 'en' && READ_LANGUAGES.has(language)) {
    const d = lexicon<{ demonyms?: Readonly<Record<string, string>> }>(`${language}/entities`).demonyms ?? {};
    return d[w] ?? null;
  }
  for (const end of DEMONYM_ENDINGS) {
    if (!w.endsWith(end)) continue;
    const place = placeOfStem().get(w.slice(0, -end.length));
    if (place) return place;
  }
  return null;
}

/** When a counted phrase ends on a word that counts nothing ("flight cancellations worldwide"), the word before it. */
function headBefore(words: readonly { w: string; at: number }[], counted: Range | null, raw: string): string | null {
  if (!counted) return null;
  const inPhrase = words.filter(({ at }) => at >= counted.start && at < counted.end);
  const last = inPhrase.map(({ w }) => w).lastIndexOf(raw.toLowerCase());
  const before = last > 0 ? inPhrase[last - 1]!.w : null;
  return before ? canonicalHead(before) : null;
}

/** What a duration is of: "three days of national mourning", "two hours of talks", "two years of rest from work". */
const DURATION_OF = /^\s+(?:of|de)\s+([\p{L}-]{3,})(?:\s+([\p{L}-]{3,}))?/u;

function durationHead(text: string, m: Range): string | null {
  const of = DURATION_OF.exec(text.slice(m.end, m.end + 60));
  if (!of) return null;
  const second = of[2]?.toLowerCase();
  return canonicalHead(second && isContentWord(second) ? second : of[1]!.toLowerCase());
}

/** Words that make a clause a source's aside ("police said", "según la Delegación"). */
const ASIDE = /\b(?:said|says|according|told|reported|según|dijo|afirmó|informó|segundo|disse|afirmou|informou)\b/i;

/** Where the clause after an aside starting at `from` ends, or null when no aside starts there. */
function afterAside(text: string, from: number, limit: number, boundary: RegExp): number | null {
  const rest = text.slice(from + 1, limit);
  boundary.lastIndex = 0;
  const close = boundary.exec(rest);
  if (!close || !ASIDE.test(rest.slice(0, close.index))) return null;
  const next = boundary.exec(rest);
  return next ? from + 1 + next.index : limit;
}

/** The clause holding `r`: bounded by ; : — and by commas that are not inside a number. */
function clauseOf(text: string, r: Range, sentence: Range): Range {
  const boundary = /[;:—–()]|,(?!\d)|\s-\s/g;
  let start = sentence.start;
  let end = sentence.end;
  const before: number[] = [];
  boundary.lastIndex = 0;
  const s = text.slice(sentence.start, sentence.end);
  for (let m = boundary.exec(s); m; m = boundary.exec(s)) {
    const at = sentence.start + m.index;
    if (at < r.start) before.push(at + m[0].length);
    else if (at >= r.end) { end = at; break; }
  }
  start = before.at(-1) ?? sentence.start;
  const words = (a: number, b: number) => (text.slice(a, b).match(WORD) ?? []).length;
  if (words(start, end) < SHORT_CLAUSE) {
    // "..., Labour had 412 seats" borrows what comes before; "Some 130,000 people, police said,
    // marched..." opens its sentence and takes the clause after the source's aside.
    if (before.length >= 1) start = before.at(-2) ?? sentence.start;
    else end = afterAside(text, end, sentence.end, boundary) ?? end;
  }
  return { start, end };
}

/** Words in a time's own text that give its day ("8.12pm on Tuesday", "las 20.11 del martes"). */
const DAY_WORDS = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:yesterday|today|tonight|lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|segunda|terça|quarta|quinta|sexta|ontem|hoje)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b/i;

/** Whether a time's own words give its day ("8.12pm on Tuesday", "2024-10-29 20:11"), not just its hour ("20:11", "las 20.11 horas"). */
export const givesItsDay = (text: string) => (text.match(/\d+/g)?.length ?? 0) > 2 || DAY_WORDS.test(text);

/** Whether a date earlier in the sentence reaches the figure: not across a colon or semicolon, after which another statement begins. */
const reaches = (text: string, t: Range, m: Range) => !/[:;]/.test(text.slice(t.end, m.start));

/** The word before a date that makes it where a count started, not the count's moment. */
const SINCE = /\b(?:since|desde|dende)\s+(?:the\s+|el\s+|o\s+)?$/i;
const SINCE_REACH = 12;

/** Characters a time standing alone may have beside it: a zone, a dash, a bullet. */
const ALONE_SLACK = 12;

/** Whether a time is all its sentence says, but for its zone ("19:32 GMT" as a heading). */
function standsAlone(text: string, m: TimeMention | QuantityMention, sentence: Range): boolean {
  if (m.kind !== 'time' || sentence.end - sentence.start > m.end - m.start + ALONE_SLACK) return false;
  const rest = `${text.slice(sentence.start, m.start)} ${text.slice(m.end, sentence.end)}`;
  return (rest.match(WORD) ?? []).filter((w) => !/^(?:GMT|UTC|BST|CET|CEST|[AP]\.?M)$/i.test(w)).length === 0;
}

/** Of some mentions, the one nearest `m` by the characters between them. */
function nearest<T extends Range>(items: readonly T[], m: Range): T | undefined {
  const gap = (r: Range) => (r.end <= m.start ? m.start - r.end : r.start - m.end);
  let best: T | undefined;
  for (const r of items) if (!best || gap(r) < gap(best)) best = r;
  return best;
}

const inside = (r: Range, s: Range) => r.start >= s.start && r.end <= s.end;

/** The word or dash between a range's two numbers, and the "between" before the first. */
const RANGE_JOIN = /\s+(?:and|to|y|e|a)\s+|\s?[–—-]\s?/iu;
const RANGE_OPEN = /^(?:between|entre)\s+/i;

/**
 * One end of a closed range ("between $540m and $1.8bn": "$540m" at 540,000,000, or "$1.8bn"), as a
 * single value with its own span, so that each end meets the same end in other reports.
 */
export function rangeBound(text: string, m: QuantityMention, bound: 'lower' | 'upper'): QuantityMention {
  const digit = /\d/.exec(m.text)?.index ?? 0;
  const join = RANGE_JOIN.exec(m.text.slice(digit));
  const at = join ? digit + join.index : m.text.length;
  const start = bound === 'lower' ? m.start + (RANGE_OPEN.exec(m.text)?.[0].length ?? 0) : m.start + at + (join?.[0].length ?? 0);
  const end = bound === 'lower' ? m.start + at : m.end;
  return { ...m, start, end, text: text.slice(start, end), value: bound === 'lower' ? m.min : m.max, min: null, max: null, minExclusive: false, maxExclusive: false,
    via: [...m.via, `refiner/range-${bound}`] };
}

/** A quantity as figures read it: a closed range as its two ends, anything else as itself. */
function figureMentions(text: string, m: QuantityMention | TimeMention): { m: QuantityMention | TimeMention; bound?: 'lower' | 'upper' }[] {
  if (m.kind !== 'quantity' || m.value !== null || m.min === null || m.max === null) return [{ m }];
  return [{ m: rangeBound(text, m, 'lower'), bound: 'lower' }, { m: rangeBound(text, m, 'upper'), bound: 'upper' }];
}

function measureOf(m: QuantityMention | TimeMention): Measure | null {
  if (m.kind === 'quantity') return m.unit ? `amount:${heads().sameUnits.get(m.unit) ?? m.unit}` : 'count';
  if (m.type === 'DURATION') return 'duration';
  if (m.type === 'SET') return null;
  if (/_REF$/.test(m.value) || /^X/.test(m.value)) return null;
  if (/T\d/.test(m.value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}/.test(m.value)) return 'date';
  // A decade ("the 1790s", 179) or a century ("18th-century", 17) is a year told coarsely.
  if (/^\d{2,4}$/.test(m.value)) return 'year';
  return /^\d{4}-/.test(m.value) ? 'date' : null;
}

/**
 * The nearest word of a role, within the clause, outside the figure's own words and those governing another
 * count; a percentage also reads `percentRoles`.
 */
function roleNear(
  words: readonly { w: string; at: number }[], m: Range, counted: Range | null, measure: Measure, postNominal: boolean, othersGoverned: ReadonlySet<number> | null,
): string | null {
  const { table, weak, weakWords, percent, predicates, countOnly, notAmounts, readingRoles, measuredRoles, measureOnly, momentOnly, readings, quantifiers, relatives } = roleOfWord();
  const counts = measure === 'count' || measure.startsWith('amount:');
  let best: { role: string; d: number } | null = null;
  // The verbs of the figure's predicate, right after it or after a short phrase of place ("más de 5.000 resultaron
  // heridas", "241 people on board were killed"): the role word they lead to is the figure's.
  const after = words.filter(({ at }) => at >= m.end);
  // "All 132 people on board a Skyline jet were killed": a phrase of being on board may name the craft; "the
  // four crew members died": those on board, then what befell them.
  const aboard = [...words.filter(({ at }) => at >= m.start && at < m.end), ...after.slice(0, 2)].some((x) => table.get(x.w) === 'on-board');
  const verb = after.slice(0, aboard ? ABOARD_REACH : PREDICATE_REACH).findIndex(({ w }) => predicates.has(w));
  const roleOf = (w: string) => table.get(w) ?? table.get(lemma(w));
  // "the 242 on board the jet that crashed": a relative clause tells of the craft, not of those on it.
  const untilRelative = (list: typeof after) => { const r = list.findIndex(({ w }) => relatives.has(w)); return r < 0 ? list : list.slice(0, r); };
  const led = verb < 0
    // "All 132 people aboard a Skyline Boeing died": past being on board, the verb is the role.
    ? aboard ? untilRelative(after.slice(0, ABOARD_REACH)).find(({ w }) => { const r = roleOf(w); return !!r && r !== 'on-board'; }) : undefined
    : after.slice(verb + 1, verb + 1 + PREDICATE_REACH).find(({ w }) => !predicates.has(w) && !!roleOf(w));
  const predicateEnd = led?.at ?? -1;
  // The word right before the figure, when it is a role, governs it ("identified 32 victims", "killed at least 40").
  // "killing all 132 people", "identificó a todos los 132": a quantifier between them leaves the verb governing.
  const before = words.filter(({ at }) => at < m.start);
  while (before.length > 1 && quantifiers.has(before.at(-1)!.w)) before.pop();
  const governing = before.at(-1)?.at ?? -1;
  // In Spanish and Portuguese an adjective after the counted noun is read ("20 votos necessários", "5.000 militares
  // desplegados"), as English puts it before; the figure's other words are not.
  const headAt = counted && postNominal ? words.find(({ at }) => at >= counted.start && at < counted.end)?.at : undefined;
  for (const { w, at } of words) {
    const inCounted = counted !== null && at >= counted.start && at < counted.end;
    // What it counts may give its role ("3,408 injured"); in Spanish and Portuguese only from the noun on.
    if (at >= m.start && at < m.end && !(inCounted && (headAt === undefined || at >= headAt)) || othersGoverned?.has(at)) continue;
    const role = roleOf(w) ?? (measure === 'amount:%' ? percent.get(w) : undefined);
    // "put the magnitude at 7.9": a role that only names the figure's own scale says nothing more.
    if (!role || (!counts && countOnly.has(role)) || (!MEASURED.test(measure) && measureOnly.has(role)) || (measure !== 'date' && measure !== 'time' && momentOnly.has(role)) || measure === `amount:${role}` || (measure.startsWith('amount:') && notAmounts.has(role))
      || (readings.has(measure) ? !readingRoles.has(role) : MEASURED.test(measure) && !measuredRoles.has(role))) continue;
    const d = at < m.start ? m.start - at : at - m.end;
    // The governing verb, then the predicate, then what is counted ("the dead", "cancellations"), then the
    // nearest; a word of change ("rose to 211") yields to a role of the clause ("the death toll rose to 211").
    const rank = at === governing ? 0 : at === predicateEnd ? 0.25 : inCounted ? 0.5 : d;
    const own = rank + (weak.has(role) || weakWords.has(w) ? 1000 : 0);
    if (!best || own < best.d) best = { role, d: own };
  }
  return best?.role ?? null;
}

/** Whether a name is the figure's source, also when the source was read shorter ("Delegación" of "Delegación del Gobierno"). */
function isSource(e: EntityMention, source: string | null): boolean {
  return source !== null && (e.canonical === source || e.canonical.startsWith(`${source} `) || source.startsWith(`${e.canonical} `));
}

/** The words between a counted noun and the name it takes by "of", in the languages read. */
const OF_NAME = /^\s+(?:of(?: the)?|de(?: la| las| los)?|del|da|do|das|dos)\s+$/i;

/** The name of the clause nearest the figure, by characters between them. */
function subjectOf(text: string, entities: readonly EntityMention[], m: Range, source: string | null): EntityMention | null {
  let best: EntityMention | null = null;
  let gap = Infinity;
  for (const e of entities) {
    if (isSource(e, source)) continue;
    // A name the figure's noun takes by "of" ("21 membros da MS-13") is its subject, before a nearer one.
    const d = e.end <= m.start ? m.start - e.end : e.start >= m.end ? (OF_NAME.test(text.slice(m.end, e.start)) ? 0 : e.start - m.end) : 0;
    if (d < gap) { best = e; gap = d; }
  }
  return best;
}

/** Names a figure is about: those of its clause, else those of its sentence before it; never its source. */
function aboutOf(entities: readonly EntityMention[], clause: Range, m: Range, source: string | null, outlet: string | null, short: ReadonlyMap<string, string>): string[] {
  const keep = (e: EntityMention) => !isSource(e, source) && e.canonical !== outlet;
  // The clause's names, and those the sentence gives before it ("In Paiporta, at least 62 people died").
  const names = entities.filter((e) => (inside(e, clause) || e.end <= m.start) && keep(e));
  return [...new Set(names.map((e) => short.get(e.canonical) ?? e.canonical))];
}

/** An abbreviation as a name's own: letters and digits, mostly capitals ("MS-13", "CECOT", "AEMET"). */
const ABBREVIATION = /^[\p{Lu}\d][\p{Lu}\d&.-]{1,11}$/u;

/**
 * The abbreviation a report defines for a name in brackets after it ("la Mara Salvatrucha (MS-13)"), by the
 * name's canonical form: reports in other languages give the long form in their own words, but share the
 * abbreviation, so a figure is about the abbreviation.
 */
function abbreviationsOf(text: string, entities: readonly EntityMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < entities.length; i++) {
    const long = entities[i]!;
    const short = entities[i + 1]!;
    if (ABBREVIATION.test(short.text) && !ABBREVIATION.test(long.text) && /^\s*\(\s*$/.test(text.slice(long.end, short.start)) && /^\s*\)/.test(text.slice(short.end, short.end + 3))) {
      out.set(long.canonical, short.canonical);
    }
  }
  return out;
}

/**
 * The words a figure's role is read from: its clause's; for a year only its own clause's (it mostly names a
 * thing's age: "the 18th-century Act", "the 1798 law").
 */
function roleWords(text: string, words: readonly { w: string; at: number }[], m: Range, measure: Measure, sentence: Range): readonly { w: string; at: number }[] {
  if (measure === 'year') {
    const own = clauseOf(text, m, sentence);
    return words.filter(({ at }) => at >= own.start && at < own.end);
  }
  // "appeared at 19:25 EDT, although it is unclear when the flights departed": a departure is read in the time's own clause.
  if (measure === 'date' || measure === 'time') {
    const { table, momentOnly } = roleOfWord();
    const own = clauseOf(text, m, sentence);
    return words.filter(({ w, at }) => !momentOnly.has(table.get(w) ?? '') || (at >= own.start && at < own.end));
  }
  return words;
}

const partitions = () => fromLexicons('figure-partitions', () => {
  const lex = lexicon<{ roles: readonly string[]; parts: Readonly<Record<string, readonly string[]>>; whole: readonly string[]; countedParts?: Readonly<Record<string, readonly string[]>> }>('partitions');
  const parts = Object.entries(lex.parts).flatMap(([part, phrases]) => phrases.map((p) => [part, p] as const));
  return {
    roles: new Set(lex.roles),
    part: new Map(parts.map(([part, p]) => [p.toLowerCase(), part])),
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation(parts.map(([, p]) => p))})(?![\\p{L}])`, 'giu'),
    whole: new RegExp(`(?<![\\p{L}])(?:${alternation(lex.whole)})(?![\\p{L}])`, 'iu'),
    counted: new Map(Object.entries(lex.countedParts ?? {}).flatMap(([part, words]) => words.map((w) => [w, part] as const))),
  };
});

/** The part a count's own noun puts it in: "58 passengers", "57 ocupantes" are on board. */
function countedPart(words: readonly { w: string; at: number }[], counted: Range | null): string | undefined {
  if (!counted) return undefined;
  const { counted: parts } = partitions();
  const own = words.find(({ w, at }) => at >= counted.start && at < counted.end && parts.has(w));
  return own ? parts.get(own.w) : undefined;
}

/** A sentence opening on the whole its counts are parts of: "Of the 242 people on board, ...", "De los ...". */
const OF_OPENING = /^\s*(?:of|de|dos|das)\s[^,;:]*,/i;

/**
 * The part of a whole a count's clause puts it in: the phrase of a part nearest the count ("241
 * people on board were killed", "29 died on the ground"), or one in the sentence's opening whole ("Of
 * the 242 people on board the flight, 241 were killed"), unless a word of the whole or another count
 * stands between ("rose to 265, including people on the ground": the whole). Another clause's phrase
 * is not the count's ("41 bodies were recovered, two days after the crash killed all 67 aboard").
 * Counts of the roles partitions.json lists only.
 */
function partOf(text: string, m: Range, clause: Range, sentence: Range, counts: readonly Range[]): string | undefined {
  const { part, pattern, whole } = partitions();
  const opening = OF_OPENING.exec(text.slice(sentence.start, sentence.end));
  const from = opening && sentence.start + opening[0].length <= clause.start ? sentence.start : clause.start;
  const said = text.slice(from, clause.end);
  // "killing all four crew and 11 people on the ground": a count between them takes the phrase, unless
  // it is the whole this one is part of ("57 of the 62 people on board").
  const others = counts.filter((q) => q.start !== m.start && !(q.start >= m.end && OF_WHOLE.test(text.slice(m.end, q.start))));
  let best: { part: string; gap: number } | undefined;
  pattern.lastIndex = 0;
  for (let p = pattern.exec(said); p; p = pattern.exec(said)) {
    const start = from + p.index;
    const end = start + p[0].length;
    const between = end <= m.start ? text.slice(end, m.start) : text.slice(m.end, start);
    const takenBy = (q: Range) => (end <= m.start ? q.start >= end && q.end <= m.start : q.start >= m.end && q.end <= start);
    if (whole.test(between) || others.some(takenBy)) continue;
    const gap = end <= m.start ? m.start - end : Math.max(0, start - m.end);
    if (!best || gap < best.gap) best = { part: part.get(p[0].toLowerCase().replace(/\s+/g, ' '))!, gap };
  }
  return best?.part;
}

/**
 * Whether `word` is a participle describing the noun after it ("the collapsed tower", "its damaged roof"):
 * it names what happened to that noun, not to the figure, unless it is the figure's own ("the 40 injured").
 */
function describesNoun(word: { w: string; at: number }, before: { w: string; at: number } | undefined, counted: Range | null): boolean {
  return word.w.endsWith('ed') && !!before && roleOfWord().determiners.has(before.w) && !(counted && word.at >= counted.start && word.at < counted.end);
}

/** The head of people counted by their nationality, before the place ("nationals of Venezuela"). */
const NATIONALS = 'nationals of ';

/** Amounts in a unit of measurement: not a share, not money (nor money a year). */
export const MEASURED = /^amount:(?!%$|pp$|[A-Z]{3}(?:\/|$))/;

/** The role of a date a source spoke on. */
export const STATEMENT = 'statement';
/**
 * A copula, then up to two words before the noun they qualify, then the noun, after a bare count; then
 * what it is "of" up to the clause's end ("members of the MS-13 gang").
 */
const COPULA_NOUN = /^\s+(\p{L}+)\s+(?:\p{L}+\s+){0,2}?(\p{L}+)(?=\s*(?:$|[,.;:]|\s(?:of|from|in|and|de|del|da|do|en|em|y|e)\b))((?:\s+(?:of|de|del|da|do)\s[^,.;:]{1,40})?)/u;

/**
 * What a bare count is said to be ("of the 261, 101 were Venezuelans and 21 were Salvadoran members of
 * the MS-13 gang"): the noun after a copula, as a head, and the words naming it; null for a participle
 * or a role ("21 were killed").
 */
function predicateNoun(text: string, m: Range, language: string | null): { head: string; span: Range } | null {
  const found = COPULA_NOUN.exec(text.slice(m.end, m.end + 100));
  if (!found || !roleOfWord().predicates.has(found[1]!.toLowerCase())) return null;
  const noun = found[2]!;
  const lower = noun.toLowerCase();
  // "10 were killed there": a role after the copula is a predicate of happening ("are convicted criminals"
  // is not), and a word of no content ("there") names nothing.
  const between = found[0].slice(found[0].indexOf(found[1]!) + found[1]!.length, found[0].lastIndexOf(noun)).toLowerCase().split(/\s+/).filter(Boolean);
  if (lower.endsWith('ed') || roleOfWord().table.has(lower) || stopwords().has(lower)
    || between.some((w) => roleOfWord().table.has(w))) return null;
  const nation = demonymPlace(noun, language);
  // "238 seriam integrantes": another language's noun in its shared (English) form, as a counted noun is.
  const shared = language && language !== 'en' && READ_LANGUAGES.has(language) ? lexicon<Readonly<Record<string, string>>>(`${language}/heads`)[lower] : undefined;
  const head = nation ? `${NATIONALS}${nation}` : canonicalHead(shared ?? noun);
  const start = m.end + found[0].length - found[3]!.length - noun.length;
  return head ? { head, span: { start, end: m.end + found[0].length } } : null;
}

/** Between a running figure's new value and the day it reached it: "51 on Saturday", "51 este sábado". */
const UPDATE_GAP = new RegExp(`^\\s+(?:${BEFORE_DAY})?\\s*$`, 'iu');
/** Characters before a count searched for the verb that moved it. */
const UPDATE_REACH = 30;

/** Whether a date follows, within its clause, a count a verb of change moved to it ("rose to 51 on Saturday"). */
function updatedOn(text: string, m: Range, before: readonly QuantityMention[]): boolean {
  const q = before.at(-1);
  return !!q && q.unit === null && UPDATE_GAP.test(text.slice(q.end, m.start)) && roleOfWord().updated.test(text.slice(Math.max(0, q.start - UPDATE_REACH), q.start));
}

/** A phrase set off by commas right after a count, then a verb of its predicate: ", a man of 33 and a woman of 25, were". */
const PREDICATE_ASIDE = /^\s*,[^,.;:()]{3,80},\s+(\p{L}+)/u;

/** The aside between a count and the verb of its predicate, or null when none stands there. */
function predicateAside(text: string, at: number): Range | null {
  const found = PREDICATE_ASIDE.exec(text.slice(at, at + 100));
  if (!found || !roleOfWord().predicates.has(found[1]!.toLowerCase())) return null;
  return { start: at, end: at + found[0].length - found[1]!.length };
}

/** Between a part and the whole it is taken from: "two of the 179", "dos de los 179", "duas das 179". */
const OF_WHOLE = /^\s+(?:of\s+(?:the\s+)?|de\s+(?:los|las)\s+|d[oa]s\s+)$/i;
/** Characters before a count searched for the part taken from it. */
const WHOLE_REACH = 40;

/** Whether a count is the whole another count right before it is a part of ("all but two of the 179"). */
function partitiveWhole(text: string, m: Range, before: readonly QuantityMention[]): boolean {
  const part = before.at(-1);
  if (part && part.end <= m.start && OF_WHOLE.test(text.slice(part.end, m.start))) return true;
  const but = ALL_BUT.exec(text.slice(Math.max(0, m.start - WHOLE_REACH), m.start));
  return !!but && OF_WHOLE.test(but[1]!);
}

/** "all but two of the", "todos menos dos de los", "todos exceto dois dos": a part too small to be read as a count. */
const ALL_BUT = /\b(?:all\s+but|all\s+except|todos\s+menos|todos\s+salvo|todos\s+exceto)\s+\p{L}+(\s+\p{L}+\s+(?:\p{L}+\s+)?)$/iu;

/** Characters before an amount searched for the one it may restate. */
const RESTATED_REACH = 60;

/** Whether `m` stands in brackets right after another amount in another unit, which it restates. */
function restates(text: string, m: QuantityMention | TimeMention, before: readonly QuantityMention[]): boolean {
  const q = before.at(-1);
  return m.kind === 'quantity' && !!q && q.unit !== null && m.unit !== null && q.unit !== m.unit
    && /^\s*\(\s*$/.test(text.slice(q.end, m.start)) && /^\s*\)/.test(text.slice(m.end, m.end + 3));
}

/**
 * Where the words other figures govern stand: the word right before each, when only space parts them
 * ("killed 55"), each word of its own ("four crew members": "crew" is the four's) and of a part phrase
 * right after it ("62 people on board").
 */
function governedBy(text: string, words: readonly { w: string; at: number }[], figures: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const f of figures) {
    const own = partPhraseAfter(text, f.end)?.end ?? f.end;
    for (const { at } of words) if (at >= f.start && at < own) out.add(at);
    const before = words.filter(({ at }) => at < f.start).at(-1);
    if (before && /^[\p{L}][\p{L}'’-]*\s+$/u.test(text.slice(before.at, f.start))) out.add(before.at);
  }
  return out;
}

/** The lower-case words of a range of the text, another language's in their shared (English) form, so that "fallecidos" meets "dead". */
function wordsIn(text: string, r: Range, shared: Readonly<Record<string, string>> | null): { w: string; at: number }[] {
  const words: { w: string; at: number }[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(r.start, r.end);
  for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
    const word = w[0].toLowerCase();
    words.push({ w: shared?.[word] ?? word, at: r.start + w.index });
  }
  return words;
}

const anaphors = () => fromLexicons('figure-anaphors', () => new Set(lexicon<{ openers: string[] }>('anaphora').openers));

/** Whether a sentence opens on a word that points back to the sentence before ("It", "This", "They"). */
function opensOnAnaphor(text: string, sentence: Range): boolean {
  const first = /^\s*[\p{L}]+/u.exec(text.slice(sentence.start, sentence.start + 24))?.[0].trim().toLowerCase();
  return !!first && anaphors().has(first);
}

/** Words after a count that take it from the one before: "57 of them", "de ellos", "deles". */
const OF_THEM = /^\s+(?:of\s+(?:them|whom|those)|de\s+(?:ellos|ellas)|del[ae]s)\b/iu;
const OF_THEM_REACH = 20;

/** The last count of a sentence that named what it counts, which a count joined to it may share. */
interface LastCount { readonly sentence: number; readonly end: number; readonly head: string; readonly role: string | null }

/**
 * The figure claims of one report, in text order. `voice` gives each figure's voice (by default
 * `figureVoice`: its sentence's, unless its own words or nearest cue say otherwise).
 */
export function figureClaims(
  doc: Doc,
  voice: (m: Range, sentence: Range) => Pick<FigureClaim, 'voice' | 'attributedTo' | 'voiceCue'> = (m, sentence) => figureVoice(doc, m, sentence),
): FigureClaim[] {
  const text = doc.report.text;
  const sentences = doc.segments?.sentences ?? [];
  const index = mentionIndex(doc);
  const stop = stopwords();
  const language = doc.report.meta.language;
  const shared = language && language !== 'en' && READ_LANGUAGES.has(language) ? lexicon<Readonly<Record<string, string>>>(`${language}/heads`) : null;
  const published = doc.report.meta.published ?? null;
  const mentions: (QuantityMention | TimeMention)[] = [...(doc.quantity ?? []), ...(doc.time ?? [])].sort((a, b) => a.start - b.start);
  const out: FigureClaim[] = [];
  const short = abbreviationsOf(text, doc.entity ?? []);
  const wordsOf = new Map<string, { w: string; at: number }[]>();
  const wordsOnce = (r: Range) => {
    const key = `${r.start}:${r.end}`;
    let words = wordsOf.get(key);
    if (!words) wordsOf.set(key, (words = wordsIn(text, r, shared)));
    return words;
  };
  let si = 0;
  /** The last count of a sentence that named what it counts, for a count after it that names nothing. */
  let lastCount = null as LastCount | null;
  for (const m of mentions) {
    if (m.start < doc.report.bodyStart) continue;
    const measure = measureOf(m);
    if (!measure) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= m.start) si++;
    const said = sentences[si] && sentences[si]!.start <= m.start ? sentences[si]! : { start: m.start, end: m.end };
    // A figure inside a name ("Channel File 291", "the ... Act of 1798") is part of the name.
    if (index.entity.covering(m.start, m.end)) continue;
    // "10 km (6 miles)", "£5m ($6.5m)": an amount restated in another unit is the same figure.
    if (measure.startsWith('amount:') && restates(text, m, index.quantity.within(Math.max(0, m.start - RESTATED_REACH), m.start))) continue;
    // A time standing alone on its line heads the entry below it (a live blog's "19:32 GMT"): that entry is its sentence.
    const sentence = standsAlone(text, m, said) && sentences[si + 1] ? sentences[si + 1]! : said;
    // A date or time modifies its sentence's main verb ("Last night, 238 members were deported"): its clause is the sentence.
    const counted = m.kind === 'quantity' ? m.countedSpan : null;
    // "Two crew members, a man of 33 and a woman of 25, were rescued": the verb after an aside is the count's,
    // so its clause runs on past the aside.
    const aside = measure === 'count' ? predicateAside(text, counted?.end ?? m.end) : null;
    const own = m.kind === 'time' && measure !== 'duration' ? sentence : clauseOf(text, m, sentence);
    const clause = aside ? { start: own.start, end: clauseOf(text, { start: aside.end, end: aside.end + 1 }, sentence).end } : own;
    // The figures of one sentence share its words: read once.
    const words = wordsOnce(clause);
    const rawHead = m.kind === 'quantity' ? m.countedHead : null;
    // People counted by their nationality are one head in every language: "nationals of Venezuela".
    const nation = rawHead ? demonymPlace(rawHead, language ?? null) : null;
    let head = nation ? `${NATIONALS}${nation}` : rawHead ? canonicalHead(rawHead) ?? headBefore(words, counted, rawHead) : null;
    // "All but two of the 179 people aboard died": the whole a part is taken from has only the role its own words give.
    const whole = measure === 'count' && partitiveWhole(text, m, index.quantity.within(Math.max(0, m.start - WHOLE_REACH), m.start));
    const saidToBe = measure === 'count' && !head && !counted ? predicateNoun(text, m, language ?? null) : null;
    if (saidToBe) head = saidToBe.head;
    // The count before in this sentence that named what it counts, and whether this one is joined to it.
    const before = measure === 'count' && lastCount?.sentence === sentence.start ? lastCount : null;
    const joined = before && JOINED.test(text.slice(before.end, m.start)) ? before : null;
    // "160 buildings had collapsed and 1,300 were damaged": a count joined to one that names its noun counts the same.
    if (!head && !counted && joined) head = joined.head;
    // A word inside a name is the name's ("the Salt Crew", "Board of Trade"), no role of the figure; a
    // capitalised word of no known kind ("Turnout" opening a sentence) is no name for this.
    const unnamed = roleWords(text, words, m, measure, sentence).filter(({ at }) => (index.entity.covering(at, at + 1)?.type ?? 'other') === 'other')
      .filter((x, i, all) => !describesNoun(x, all[i - 1], counted));
    // A role word right before another count of the clause is that count's ("Thousands slept outside after
    // the quake killed 55").
    const othersGoverned = measure === 'count'
      ? governedBy(text, unnamed, index.quantity.within(clause.start, clause.end).filter((q) => q !== m && measureOf(q) === 'count')) : null;
    const readable = aside ? unnamed.filter(({ at }) => at < aside.start || at >= aside.end) : unnamed;
    const partAfter = measure === 'count' ? partPhraseAfter(text, m.end) : null;
    // "killing 57 of the 62 people on board": the whole is read in its own words and the part phrase right after.
    const ownEnd = whole ? partAfter?.end ?? m.end : m.end;
    let role = roleNear(whole ? readable.filter(({ at }) => (!!counted && at >= counted.start && at < counted.end) || (at >= m.end && at < ownEnd)) : readable, m, counted, measure, !!language && language !== 'en', othersGoverned);
    // "the dead", "241 lives", "1.900 desaparecidos": a head that names a role of people counts people in that role.
    const headRole = head === 'death' ? 'death' : head ? roleOfWord().table.get(head) : undefined;
    if (headRole && roleOfWord().countsPeople.has(headRole)) { head = 'people'; role ??= headRole; }
    // "the death toll rose to 1,644", "with 64 on board": a count that names nothing, in a role of people, counts people.
    if (!head && measure === 'count' && role && (roleOfWord().countsPeople.has(role) || roleOfWord().barePeople.has(role))) head = 'people';
    if (measure === 'duration' && !head) head = durationHead(text, m);
    // "killing 57 of the 62 on board and at least six residents": a count joined to the one before, with no
    // role of its own, shares its verb; so does one naming only its part ("57 aboard and six on the ground").
    if (joined && !whole && (!role || (role === 'on-board' && partAfter))) role = joined.role ?? role;
    // "63 people confirmed dead, 57 of them aboard": a part of the count before, whose own words give
    // no role but being on board, is in that count's role.
    if (before && OF_THEM.test(text.slice(m.end, m.end + OF_THEM_REACH)) && (!role || role === 'on-board')) role = before.role ?? role;
    if (role && measure === 'count') role = roleOfWord().countAliases[role] ?? role;
    // The whole a part is taken from is an aside: the count joined next is joined to the part.
    if (measure === 'count' && head && !whole) lastCount = { sentence: sentence.start, end: m.end, head, role };
    // "the authority said on Monday": the day a source spoke, not the day of what it told; so is the day a
    // running figure reached a value ("the toll rose to 51 on Saturday").
    if (measure === 'date' && (saidWhen(doc, m) || updatedOn(text, m, index.quantity.within(sentence.start, m.start)))) role = STATEMENT;
    const near = words.filter(({ at }) => (at < m.start ? m.start - at : at - m.end) < CONTEXT_REACH * 8);
    // "It went out at 8.12pm": a sentence opening on a word that points back is about the sentence before.
    const back = si > 0 && sentence === said && opensOnAnaphor(text, sentence) ? wordsOnce(sentences[si - 1]!) : [];
    const context = [...new Set([...near, ...back].filter(({ w, at }) => !(at >= m.start && at < m.end) && !stop.has(w) && w.length > 2).map(({ w }) => lemma(w)))];
    const v = voice(m, said);
    const countedAs = counted ?? saidToBe?.span ?? null;
    const groups = countedAs ? index.entity.within(countedAs.start, countedAs.end).filter((e) => e.type === 'group' || e.type === 'organization') : [];
    // A date that is the publication day (a dateline, "today") says no more than the publication: the next one may.
    // Nor does the day a count started from ("5,000 flights since Friday"): the count runs on after it.
    // "the lowest since 2001": a year after "since" is what the figure is compared with, not its time.
    const afterSince = (t: TimeMention) => SINCE.test(text.slice(Math.max(0, t.start - SINCE_REACH), t.start));
    // A clock time whose words give no day ("las 20.11 horas") took its day from elsewhere: it dates nothing.
    const dated = (t: TimeMention) => t !== m && t.type !== 'DURATION' && t.type !== 'SET' && /^\d{4}-\d{2}-\d{2}/.test(t.value) && t.value.slice(0, 10) !== (published ?? '').slice(0, 10)
      && (t.type !== 'TIME' || !/T\d/.test(t.value) || givesItsDay(t.text))
      && !afterSince(t);
    // "The toll from Thursday's crash rose to 265 on Friday": a day in the possessive names the event, so
    // another date of the clause says better when the figure was given.
    const possessive = (t: TimeMention) => /^['’]s\b/.test(text.slice(t.end, t.end + 3));
    // The first date of the figure's own clause dates it ("Police on Sunday raised the number arrested
    // during Saturday's march to 47"); else a year there, of several the nearest ("the 413 seats it won
    // in 2001 and the record 419 of 1997"), not one closing a law's name ("the Alien Enemies Act of 1798").
    const inClause = index.time.within(clause.start, clause.end);
    const otherDay = inClause.some((t) => t !== m && t.type === 'DATE' && !possessive(t));
    const asOfTime = inClause.find((t) => dated(t) && !possessive(t)) ?? (otherDay ? undefined : inClause.find(dated)) ?? nearest(inClause.filter((t) => t !== m && /^\d{4}$/.test(t.value) && !afterSince(t) && !yearOfName(doc, t)), m)
      // Else a date opening the sentence before the figure ("On Sunday, police detained 22"), not one
      // of a later clause ("five, up from three on Sunday").
      ?? (otherDay ? undefined : index.time.within(sentence.start, m.start).find((t) => dated(t) && reaches(text, t, m)));
    const subject = subjectOf(text, index.entity.within(clause.start, clause.end), m, v.attributedTo);
    // Tolls split into parts ("on board", "on the ground"); troops "on the ground" are only there.
    const part = measure === 'count' && role && partitions().roles.has(role) ? partOf(text, m, clause, sentence, index.quantity.within(sentence.start, sentence.end).filter((q) => measureOf(q) === 'count'))
      ?? countedPart(words, counted) : undefined;
    const claim: FigureClaim = {
      report: doc.report.id,
      mention: m,
      measure,
      head,
      group: groups.length === 1 ? groups[0]!.canonical : null,
      role,
      subject: subject ? short.get(subject.canonical) ?? subject.canonical : null,
      subjectType: subject?.type ?? null,
      about: aboutOf(index.entity.within(sentence.start, sentence.end), clause, m, v.attributedTo, doc.report.meta.outlet ?? null, short),
      context,
      language: language ?? null,
      asOf: (m.kind === 'quantity' && asOfTime ? asOfTime.value : null) ?? published,
      asOfStated: m.kind === 'quantity' && !!asOfTime,
      // The publication day named in the clause ("killed 75 on Friday", published that Friday) names it
      // too; "so far today" gives an hour of it, not the day's figure.
      dayNamed: m.kind === 'quantity' && !roleOfWord().soFar.test(text.slice(clause.start, clause.end)) && (!!asOfTime || inClause.some((t) => t.type === 'DATE' && !!published && t.value.slice(0, 10) === published.slice(0, 10))),
      sentence: { start: sentence.start, end: sentence.end },
      ...v,
      ...(part ? { part } : {}),
      ...(measure === 'time' && m.kind === 'time' ? { wording: clockWording(text, m) } : {}),
    };
    // Each end of a range is a figure of its own, read in the range's clause.
    for (const { m: end, bound } of figureMentions(text, m)) out.push(bound ? { ...claim, mention: end, bound } : claim);
  }
  return out;
}

/**
 * The figures stage: each report's figure claims, read once with the report (in parallel, off the
 * thread that links), so that reconciling a story only compares them.
 */
export const figuresStage = defineStage({
  name: 'figures', requires: ['segments', 'time', 'quantity', 'entity', 'cue'], assigns: 'figures', run: (doc) => figureClaims(doc),
});
