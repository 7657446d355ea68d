/**
 * The story record: the figure claims of each story are linked across reports into facts (link/facts),
 * each fact given a status with the reason in words; quotes and names are facts too. Events are read
 * off the facts (what they are about), dated by the dates the reports give for what happened and by
 * when the figures were given, never by a year named in passing.
 */
import type { Doc } from '../model/doc.js';
import type { EntityMention } from '../model/mention.js';
import { figureClaims, isContentWord } from '../claims/figures.js';
import type { ConsistencyCheck, FactKey, FactStatus, FactValueData } from '../model/story.js';
import { SCHEMA, type EventJson, type FactJson, type StoryRecord, type WhenJson } from '../model/record.js';
import type { Context } from '../core/context.js';
import { reportJson } from '../render/extract-line.js';
import { lexicon } from '../lexicon/index.js';
import { countInterval, dateRange, intersect } from '../core/interval.js';
import { quoteLedger } from './quotes.js';
import { clockStatus, figureValue, status, type Value } from './status.js';
import { clusterable, clusterStories, type StoryCluster } from '../link/stories.js';
import { foldAccents, mostCounted } from '../link/entities.js';
import { clusterFigures, type FigureCluster } from '../link/facts.js';
import { headerBody, partsSum, selfContradictions, timezones, type CheckedFact } from './checks.js';
import { citationGraph, citesOf, framingByOutlet, termChoices } from '../framing/index.js';

interface RoleLexicon {
  readonly running: readonly string[];
  readonly families: Readonly<Record<string, string>>;
  /** Roles whose figures sources estimate against each other, the names beside them their counters (a crowd's size). */
  readonly countedBySources: readonly string[];
  /** Running roles whose count of one day's event grows as it is found out (the dead of a quake, found over a week). */
  readonly foundLater: readonly string[];
}

/** The key as the record writes it: "count:seat:seats-won", "count:MS-13 members", "amount:USD:cost". */
export function attributeOf(key: FactKey): string {
  const what = key.group ? `${key.group} members` : key.head;
  return [key.measure, what, key.role].filter((x): x is string => !!x).join(':');
}

/** The commonest non-null value of one field of a cluster's members (the first of equals). */
function commonest<T>(items: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of items) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  return mostCounted(counts) ?? null;
}

function keyOf(c: FigureCluster): FactKey {
  const m = c.members;
  const about = new Map<string, number>();
  for (const f of m) for (const a of f.about) about.set(a, (about.get(a) ?? 0) + 1);
  const shared = [...about].filter(([, n]) => n * 2 >= m.length || m.length === 1).sort((a, b) => b[1] - a[1]).map(([a]) => a).slice(0, 3);
  return { measure: m[0]!.measure, head: commonest(m.map((f) => f.head)), group: commonest(m.map((f) => f.group)), role: commonest(m.map((f) => f.role)), about: shared };
}

const MEASURE_WORDS: Readonly<Record<string, string>> = { date: 'date', time: 'time', duration: 'duration', year: 'year' };

/** What a fact is about, in words: "seat (seats-won), Labour", "time: silence, began". */
function subjectOf(key: FactKey, c: FigureCluster): string {
  const what = key.group ? `${key.group} members` : key.head ?? (key.measure.startsWith('amount:') ? key.measure.slice(7) : MEASURE_WORDS[key.measure] ?? 'figure');
  const words = commonest(c.members.map((f) => f.context[0] ?? null));
  const bound = commonest(c.members.map((f) => f.bound ?? null));
  const parts = [what, key.role || bound ? `(${[key.role, bound ? `${bound} bound` : null].filter(Boolean).join(', ')})` : '', key.about.length ? `about ${key.about.join(', ')}` : words ? `near "${words}"` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * A fact as built: `named` is the name its figures are nearest to, when they agree on one that is no
 * place (the party a seat count is for); `dispute` marks a fact that gathers others' values.
 */
interface Built { key: FactKey; json: FactJson; values: Value[]; family: string; running: boolean; named?: string | null; dispute?: boolean }

/** Each cluster of figure claims as a fact with its status and reason. */
function figureFacts(clusters: readonly FigureCluster[], docOf: ReadonlyMap<string, Doc>, lex: RoleLexicon): Built[] {
  const running = new Set(lex.running);
  const foundLater = new Set(lex.foundLater);
  return clusters.map((c) => {
    const key = keyOf(c);
    const bound = commonest(c.members.map((f) => f.bound ?? null));
    const values = c.members.map((f) => figureValue(docOf.get(f.report)!, f, bound));
    const isRunning = key.role !== null && running.has(key.role);
    const reports = new Set(values.map((v) => v.json.report));
    const s = reports.size < 2 ? { status: 'single' as const, reason: 'one report gives this value' }
      : key.measure === 'time' ? clockStatus(values) : status(values, isRunning, key.role !== null && foundLater.has(key.role));
    const family = key.measure === 'year' ? 'background'
      : key.role ? lex.families[key.role] ?? key.role
      : key.measure === 'date' || key.measure === 'time' ? 'dates and times' : 'figures';
    const names = new Set(c.members.filter((f) => f.subject && f.subjectType !== 'place').map((f) => f.subject));
    return {
      key, values, family, running: isRunning, named: names.size === 1 ? [...names][0] : names.size ? undefined : null,
      json: { id: '', attribute: attributeOf(key), subject: subjectOf(key, c), kind: key.measure.replace(/:.*$/, ''), role: key.role, status: s.status, reason: reports.size < 2 ? s.reason : `${s.reason}; ${c.reason}`, values: values.map((v) => v.json) },
    };
  });
}

/**
 * Where named sources give one figure differently (a crowd of 107,000 by the ministry, 275,000 to
 * 325,000 by the counters, half a million by the organisers), each source's figure stays a fact, and
 * one more fact gathers them all as a conflict between sources: same thing counted, same role, no two
 * names counted for, at least two sources, and no one number that satisfies every value.
 */
function disputes(built: readonly Built[], lex: RoleLexicon): Built[] {
  // For a figure that sources count against each other, the names beside it are its counters: any may differ.
  const counters = new Set(lex.countedBySources);
  const groups = new Map<string, Built[]>();
  for (const b of built) {
    const { measure, head, role } = b.key;
    if (b.running || !head || !role || (b.named === undefined && !counters.has(role)) || !(measure === 'count' || measure.startsWith('amount:'))) continue;
    const k = `${b.family}|${measure}|${head}|${role}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(b);
  }
  const out: Built[] = [];
  for (const facts of groups.values()) {
    const named = new Set(counters.has(facts[0]!.key.role!) ? [] : facts.map((b) => b.named).filter(Boolean));
    const values = facts.flatMap((b) => b.values);
    const sources = new Set(values.map((v) => v.json.attributedTo).filter(Boolean));
    if (facts.length < 2 || named.size > 1 || sources.size < 2 || new Set(values.map((v) => v.json.report)).size < 2) continue;
    const counts = values.map((v) => v.data).filter((d): d is Extract<FactValueData, { type: 'count' }> => d.type === 'count');
    if (counts.length !== values.length || intersect(counts.map(countInterval))) continue;
    // Each source's commonest value, as the reason names it.
    const bySource = new Map<string, { who: string; values: Value[] }>();
    for (const v of values) {
      const who = v.json.attributedTo;
      if (who) (bySource.get(who.toLowerCase()) ?? bySource.set(who.toLowerCase(), { who, values: [] }).get(who.toLowerCase())!).values.push(v);
    }
    const said = [...bySource.values()].map(({ who, values: vs }) => `${commonest(vs.map((v) => v.json.shown ?? String(v.json.value)))} (according to ${who})`);
    const first = facts[0]!;
    const { head, role } = first.key;
    out.push({
      key: first.key, values, family: first.family, running: false, named: first.named, dispute: true,
      json: { ...first.json, subject: `${head} (${role}), by source`, status: 'conflict',
        reason: `the sources give different figures: ${said.join('; ')}`, values: values.map((v) => v.json) },
    });
  }
  return out;
}

/** Words of a quote as compared across reports: lower-case letters and digits. */
const quoteWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** Share of the shorter quote's content words the other must hold to be the same words quoted. */
const QUOTE_SHARED = 0.6;

/**
 * Two quotes are the same words when most of the shorter one's content words are in the other:
 * "not a security incident or cyberattack" and "not a cyber security event" share function words
 * and "security", and are two sayings.
 */
function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const content = (s: ReadonlySet<string>) => [...s].filter(isContentWord);
  const [ca, cb] = [content(a), content(b)];
  const [short, long] = ca.length <= cb.length ? [ca, new Set(cb)] : [cb, new Set(ca)];
  const shared = short.filter((w) => long.has(w)).length;
  return shared >= Math.min(2, short.length) && short.length > 0 && shared / short.length >= QUOTE_SHARED;
}

/**
 * Speakers are one person when one's name holds the other's words ("Keir" of "Keir Starmer", "CEO
 * George Kurtz"); a place given as the speaker ("Serbia", "Novi Sad") stands for someone there, so
 * it counts only where no one else is named.
 */
function distinctSpeakers(names: readonly string[], places: ReadonlySet<string>): string[] {
  const named = names.filter((n) => !places.has(n));
  if (named.length && named.length < names.length) return distinctSpeakers(named, places);
  const words = (n: string) => foldAccents(n).toLowerCase().split(/\s+/);
  const longestFirst = [...new Set(names)].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const n of longestFirst) {
    const mine = words(n);
    if (!kept.some((k) => { const theirs = new Set(words(k)); return mine.every((w) => theirs.has(w)); })) kept.push(n);
  }
  return kept;
}

/**
 * Quotes as facts: the same words in several reports (whoever each says spoke them), the value being
 * the speaker. Two reports putting the words in two named mouths is a conflict.
 */
function quoteFacts(docs: readonly Doc[]): Built[] {
  const places = new Set(docs.flatMap((d) => (d.entity ?? []).filter((e) => e.type === 'place').map((e) => e.canonical)));
  const groups: { words: Set<string>; text: string; occ: { report: string; start: number; end: number; text: string; speaker: string | null }[] }[] = [];
  const byWord = new Map<string, number[]>();
  for (const d of docs) {
    for (const q of d.quote ?? []) {
      const words = quoteWords(q.text);
      if (words.length < 3) continue;
      const set = new Set(words);
      // Candidate groups share a word of the quote; the one sharing most of the shorter quote's words takes it.
      const seen = new Set<number>();
      let best = -1;
      for (const w of set) for (const g of byWord.get(w) ?? []) seen.add(g);
      for (const g of seen) {
        if (sameWords(set, groups[g]!.words)) { best = g; break; }
      }
      const occ = { report: d.report.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker ?? q.speakerText };
      if (best >= 0) { groups[best]!.occ.push(occ); continue; }
      groups.push({ words: set, text: q.text, occ: [occ] });
      for (const w of set) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(groups.length - 1);
    }
  }
  return groups.flatMap((g) => {
    const speaker = commonest(g.occ.map((o) => o.speaker));
    if (!speaker) return [];
    const reports = new Set(g.occ.map((o) => o.report));
    const named = distinctSpeakers(g.occ.flatMap((o) => (o.speaker ? [o.speaker] : [])), places);
    const values: Value[] = g.occ.map((o) => ({
      json: { value: o.speaker, text: o.text, report: o.report, start: o.start, end: o.end, attributedTo: o.speaker, voice: 'attributed', voiceCue: null },
      data: { type: 'text', value: o.speaker ?? '' },
      reportedAt: '',
    }));
    // Who said a quote is read by machine: two speakers for one quote are shown, not listed as a dispute.
    const status: FactStatus = reports.size < 2 ? 'single' : named.length > 1 ? 'compatible' : 'agree';
    const reason = reports.size < 2 ? 'one report quotes these words'
      : named.length > 1 ? `the reports name different speakers for these words (${named.join(', ')}): check who said them` : `${reports.size} reports quote ${speaker} saying these words`;
    const key: FactKey = { measure: 'quote', head: null, group: null, role: null, about: [speaker] };
    return [{ key, values, family: 'quotes', running: false,
      json: { id: '', attribute: 'quote', kind: 'quote', subject: `${speaker}: “${g.text.length > 80 ? `${g.text.slice(0, 77)}…` : g.text}”`, status, reason, values: values.map((v) => v.json) } }];
  });
}

/**
 * The ways reports spell one name: the resolved names, and the full names as written where the
 * resolver took one spelling for another ("Yonatan Hatzor" resolved as "Jonatan Hatzor"). Accents
 * and case aside; a written name counts only beside one of as many words, each a letter off.
 */
function spellingsOf(canonicals: readonly string[], texts: readonly string[]): Set<string> {
  const fold = (s: string) => foldAccents(s).toLowerCase();
  const out = new Set(canonicals.map(fold));
  for (const t of texts.map(fold)) {
    const words = t.split(/\s+/);
    if (words.length < 2) continue;
    if ([...out].some((o) => { const ow = o.split(' '); return o !== t && ow.length === words.length && ow.every((w, i) => near(w, words[i]!)); })) out.add(t);
  }
  return out;
}

const NAMED: ReadonlySet<string> = new Set(['person', 'place', 'facility', 'organization', 'group']);

/** Levenshtein distance of two short words, capped at 2. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * Names as facts: each person, place or body two reports name, with the words each uses. One name
 * spelled two ways beyond accents (Jonatan and Yonatan) is a conflict in its own right.
 */
function nameFacts(docs: readonly Doc[]): Built[] {
  const groups = new Map<string, { canonical: string; type: string; first: Map<string, EntityMention> }>();
  for (const d of docs) {
    for (const e of d.entity ?? []) {
      if (!NAMED.has(e.type) || e.start < d.report.bodyStart || !/\s/.test(e.canonical)) continue;
      const k = foldAccents(e.canonical);
      const g = groups.get(k) ?? groups.set(k, { canonical: e.canonical, type: e.type, first: new Map() }).get(k)!;
      if (!g.first.has(d.report.id)) g.first.set(d.report.id, e);
    }
  }
  // A person's name one letter off another's, same surname: one person, spelled two ways.
  const persons = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const merged = new Map<string, string>();
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const [ka, a] = persons[i]!;
      const [kb, b] = persons[j]!;
      const wa = ka.split(' ');
      const wb = kb.split(' ');
      if (wa.length !== wb.length || wa.at(-1) !== wb.at(-1) || !wa.every((w, x) => near(w, wb[x]!))) continue;
      const overlap = [...a.first.keys()].some((r) => b.first.has(r));
      if (overlap || merged.has(kb)) continue;
      for (const [r, e] of b.first) a.first.set(r, e);
      merged.set(kb, ka);
    }
  }
  const out: Built[] = [];
  for (const [k, g] of groups) {
    if (merged.has(k) || g.first.size < 2) continue;
    const values: Value[] = [...g.first].map(([report, e]) => ({
      json: { value: e.canonical, text: e.text, report, start: e.start, end: e.end, attributedTo: null, voice: 'asserted', voiceCue: null },
      data: { type: 'text', value: e.canonical },
      reportedAt: '',
    }));
    const spellings = spellingsOf(values.map((v) => String(v.json.value)), values.map((v) => v.json.text));
    const key: FactKey = { measure: 'name', head: g.type, group: null, role: null, about: [g.canonical] };
    out.push({
      key, values, family: 'names', running: false,
      json: { id: '', attribute: `name:${g.type}`, kind: 'name', subject: `${g.type}: ${g.canonical}`, status: spellings.size > 1 ? 'conflict' : 'agree',
        reason: spellings.size > 1 ? `the reports spell the name ${[...spellings].length} ways: ${[...new Set(values.map((v) => v.json.value))].join(', ')}` : `${values.length} reports name ${g.canonical}`,
        values: values.map((v) => v.json) },
    });
  }
  return out;
}

/** An event's day: the date its date facts give, else the first day its figures were given. */
function eventWhen(facts: readonly Built[]): WhenJson | null {
  const dated = facts.filter((f) => f.key.measure === 'date' && f.values.length > 1)[0] ?? facts.find((f) => f.key.measure === 'date');
  const date = dated ? commonest(dated.values.map((v) => (typeof v.json.value === 'string' ? v.json.value.slice(0, 10) : null))) : null;
  if (date && dateRange(date)) return { value: date, type: 'DATE' };
  const days = facts.flatMap((f) => f.values.map((v) => v.reportedAt.slice(0, 10))).filter((d) => dateRange(d)).sort();
  return days[0] ? { value: days[0], type: 'DATE' } : null;
}

const ORDER = ['casualties', 'result', 'response', 'disruption', 'market'];
const LAST = ['figures', 'dates and times', 'background', 'quotes', 'names'];
/** Where an event of a family stands in the record: the story's happenings first, names last. */
const rank = (family: string) => (ORDER.includes(family) ? ORDER.indexOf(family) : LAST.indexOf(family) + ORDER.length + 1);
/** Families that are no happening of their own, so have no day. */
const UNDATED: ReadonlySet<string> = new Set(['background', 'quotes', 'names']);

/** One story's facts: its figures linked across its reports, its quotes and its names. */
function storyFacts(mine: readonly Doc[], docOf: ReadonlyMap<string, Doc>, lex: RoleLexicon): Built[] {
  // Figures are read per report by the figures stage; a document read back from the store has none yet.
  const figures = mine.flatMap((d) => d.figures ?? figureClaims(d));
  const facts = figureFacts(clusterFigures(figures, new Set(lex.running)), docOf, lex);
  return [...facts, ...disputes(facts, lex), ...quoteFacts(mine), ...nameFacts(mine)];
}

interface Draft { family: string; facts: Built[]; when: WhenJson | null }

/** The events a story's facts make: one per family (what their roles belong to), dated by its facts. */
function eventDrafts(built: readonly Built[]): Draft[] {
  const families = new Map<string, Built[]>();
  for (const b of built) (families.get(b.family) ?? families.set(b.family, []).get(b.family)!).push(b);
  return [...families].map(([family, facts]) => ({ family, facts, when: UNDATED.has(family) ? null : eventWhen(facts) }))
    .sort((a, b) => rank(a.family) - rank(b.family) || a.family.localeCompare(b.family));
}

/** What numbering the record's events and facts has reached, and what they have found so far. */
interface Tally { events: EventJson[]; conflicts: string[]; checks: ConsistencyCheck[]; checked: CheckedFact[]; factNo: number }

/** An event drafted for a story, its facts numbered (facts of many reports first: what the story is most told by). */
function addEvent(tally: Tally, d: Draft, story: string | null): void {
  const facts: FactJson[] = [];
  const checked: CheckedFact[] = [];
  const reportsOf = (b: Built) => new Set(b.values.map((v) => v.json.report)).size;
  // A dispute after the facts it gathers; it is no fact of its own for the checks.
  for (const b of [...d.facts].sort((a, b) => Number(!!a.dispute) - Number(!!b.dispute) || reportsOf(b) - reportsOf(a))) {
    const fid = `f${++tally.factNo}`;
    if (b.json.status === 'conflict') tally.conflicts.push(fid);
    facts.push({ ...b.json, id: fid });
    if (!b.dispute) checked.push({ id: fid, key: b.key, attribute: b.json.attribute, subject: b.json.subject, values: b.values });
  }
  tally.checked.push(...checked);
  tally.checks.push(...partsSum(checked), ...selfContradictions(checked, d.facts.some((f) => f.running)));
  const reports = [...new Set(d.facts.flatMap((f) => f.values.map((v) => v.json.report)))];
  const label = d.family === 'background' ? 'years and figures named in passing' : d.when ? `${d.family} around ${d.when.value}` : d.family;
  tally.events.push({ id: `e${tally.events.length + 1}`, label, type: d.family, when: d.when, facts, reports, ...(story ? { story } : {}) });
}

export function buildStory(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, _ctx: Context): StoryRecord {
  const lex = lexicon<RoleLexicon>('roles');
  const { stories, storyOf } = clusterStories(docs.map(clusterable), duplicates);
  const docOf = new Map(docs.map((d) => [d.report.id, d]));
  // Copies are in their story's facts too, each value showing what it copies (reports[].duplicateOf).
  const byStory = new Map<string, Doc[]>();
  for (const d of docs) { const st = storyOf.get(d.report.id)!; (byStory.get(st) ?? byStory.set(st, []).get(st)!).push(d); }
  const tally: Tally = { events: [], conflicts: [], checks: [], checked: [], factNo: 0 };
  for (const st of stories) {
    for (const d of eventDrafts(storyFacts(byStory.get(st.id) ?? [], docOf, lex))) addEvent(tally, d, stories.length > 1 ? st.id : null);
  }
  return recordOf(docs, duplicates, tally, stories);
}

/** Each story with the ids of its events, in one pass over the events. */
function storiesWithEvents(stories: readonly StoryCluster[], events: readonly EventJson[]) {
  const of = new Map<string, string[]>();
  for (const e of events) if (e.story) (of.get(e.story) ?? of.set(e.story, []).get(e.story)!).push(e.id);
  return stories.map((st) => ({ ...st, events: of.get(st.id) ?? [] }));
}

/** The record: the reports, the events and their timeline, the quote ledger, the checks and the framing. */
function recordOf(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, tally: Tally, stories: readonly StoryCluster[]): StoryRecord {
  const { events } = tally;
  const originals = docs.filter((d) => !duplicates.has(d.report.id));
  const outlets = framingByOutlet(docs, duplicates);
  const timeline = events.filter((e) => e.when).sort((a, b) => a.when!.value.localeCompare(b.when!.value)).map((e) => ({ when: e.when, event: e.id, reports: (e.reports as string[]) ?? [] }));
  return {
    schema: SCHEMA,
    reports: docs.map((d) => ({ ...reportJson(d, duplicates.get(d.report.id) ?? null), cites: citesOf(d) })),
    events,
    timeline,
    quotes: quoteLedger(docs, duplicates),
    conflicts: tally.conflicts,
    ...(stories.length > 1 ? { stories: storiesWithEvents(stories, events) } : {}),
    checks: [...tally.checks, ...timezones(originals), ...headerBody(originals, tally.checked)],
    framing: { outlets, terms: termChoices(events, docs), citations: citationGraph(outlets) },
  };
}
