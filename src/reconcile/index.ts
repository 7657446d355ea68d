/**
 * The story record: claims with values are clustered into events (blocked by
 * event family and day), their values grouped into facts by what they count,
 * and each fact given a status with the reason in words.
 */
import type { Doc } from '../model/doc.js';
import type { QuantityMention, TimeMention } from '../model/mention.js';
import type { Claim } from '../model/claim.js';
import { spanOf, type Range } from '../model/span.js';
import { voiceOf } from '../claims/index.js';
import type { FactValueData, FactStatus } from '../model/story.js';
import { SCHEMA, type EventJson, type FactJson, type FactValueJson, type StoryRecord } from '../model/record.js';
import type { Context } from '../core/context.js';
import { reportJson } from '../render/extract-line.js';
import { lexicon } from '../lexicon/index.js';
import { countInterval, dateRange, intersect } from './interval.js';
import { quoteLedger } from './quotes.js';
import { clusterable, clusterStories } from '../link/stories.js';
import { headerBody, partsSum, selfContradictions, timezones, type CheckedFact } from './checks.js';
import type { ConsistencyCheck } from '../model/story.js';
import { citationGraph, citesOf, framingByOutlet, termChoices } from '../framing/index.js';

interface Families { readonly families: Readonly<Record<string, string>>; readonly people: readonly string[]; readonly running: readonly string[]; readonly ownCounts: readonly string[] }

interface Value { json: FactValueJson; data: FactValueData; reportedAt: string }

interface EventDraft { story: string; family: string; type: string; day: number; last: number; values: Map<string, Value[]>; dates: Value[]; bare: Value[]; reports: Set<string>; label: string; seen: Set<string> }

/**
 * A bare exact figure of an event ("six are linked to ...") joins the one fact of that event that
 * another report gives with the same exact value: the same number about the same happening, worded
 * without its noun. With no such fact, or several, it stays for the background.
 */
function attachBare(ev: EventDraft): void {
  for (const b of ev.bare) {
    const keys = [...ev.values].filter(([, vs]) => vs.some((v) => v.json.report !== b.json.report && v.data.type === 'count' && v.data.value === b.json.value && !v.data.approx));
    if (keys.length === 1) keys[0]![1].push(b);
  }
}

const DAY = 86400000;
const RUNNING_GAP = 7 * DAY;

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}
/** What joins a name to the year that ends it: "the ... Act of 1798". */
const OF_NAME = /^ of $/;

/** The day a claim is about: its own calendar time, else its report's publication day. */
function dayOf(claim: Claim, doc: Doc): number | null {
  for (const v of [claim.when?.value, doc.report.meta.published]) {
    const r = v ? dateRange(v.slice(0, 10)) : null;
    if (r) return r.start;
  }
  return null;
}

function subjectKey(q: QuantityMention, doc: Doc, people: ReadonlySet<string>): string | null {
  if (q.unit) return `amount:${q.unit}`;
  if (!q.countedSpan || !q.countedHead) return null;
  const groups = (doc.entity ?? []).filter((e) => e.start >= q.countedSpan!.start && e.end <= q.countedSpan!.end && (e.type === 'group' || e.type === 'organization'));
  const head = people.has(q.countedHead) ? 'people' : q.countedHead;
  if (groups.length === 1) return `count:${groups[0]!.canonical} ${head === 'people' ? 'members' : head}`;
  return `count:${head}`;
}

/** A hedge inside a value's own words ("200 alleged gang members") hedges that value, whatever its sentence's voice. */
function ownHedge(doc: Doc, m: QuantityMention | TimeMention): Pick<Claim, 'voice' | 'attributedTo' | 'voiceCue'> | null {
  const cue = (doc.cue ?? []).find((c) => c.function === 'hedge' && m.start <= c.start && c.end <= m.end);
  return cue ? { voice: 'hedged', attributedTo: null, voiceCue: spanOf(doc.report.text, cue.start, cue.end) } : null;
}

/**
 * Whom a value is attributed to by words of its own, other than its claim's: in "About 30,000
 * people joined, police said, while the organisers claimed 85,000", each figure has its source.
 */
function ownSource(doc: Doc, m: QuantityMention | TimeMention, claim: Claim): Pick<Claim, 'voice' | 'attributedTo' | 'voiceCue'> | null {
  if (claim.sentence.end <= claim.sentence.start) return null;
  const own = voiceOf(doc, m, claim.sentence, true);
  if (own.voice !== 'attributed' || !own.attributedTo || !own.voiceCue) return null;
  // Only another source, by another cue before the value, overrides the claim's ("said on Sunday" dates the saying).
  const another = own.attributedTo !== claim.attributedTo && own.voiceCue.start !== claim.voiceCue?.start;
  return claim.voice === 'asserted' || (another && own.voiceCue.end <= m.start) ? own : null;
}

function valueJson(doc: Doc, claim: Claim, m: QuantityMention | TimeMention, value: number | string | null, data: FactValueData): Value {
  const { voice, attributedTo, voiceCue } = ownHedge(doc, m) ?? (claim.voice === 'hedged' ? null : ownSource(doc, m, claim)) ?? claim;
  return {
    // `voiceCue`: the words that make the value attributed or hedged ("according to", "said"), so they can be shown in the report too.
    json: { value, text: m.text, report: doc.report.id, start: m.start, end: m.end, attributedTo, voice, voiceCue, modality: claim.modality, outlet: doc.report.meta.outlet, shown: shown(data, value) },
    data,
    reportedAt: doc.report.meta.published ?? '',
  };
}

/**
 * An exact count with whom the reports put it on ("85000 (according to Union of Public Workers)"):
 * two figures from two named sources are a dispute the reader should see as one.
 */
function withSources(x: number | null, values: readonly Value[]): string {
  const who = [...new Set(values.filter((v) => v.json.value === x && v.json.attributedTo).map((v) => v.json.attributedTo!))];
  return who.length ? `${x} (according to ${who.join(', ')})` : String(x);
}

function status(values: readonly Value[], running: boolean): { status: FactStatus; reason: string } {
  const reports = new Set(values.map((v) => v.json.report));
  if (reports.size < 2) return { status: 'single', reason: 'one report gives this value' };
  const counts = values.filter((v) => v.data.type === 'count').map((v) => v.data as Extract<FactValueData, { type: 'count' }>);
  if (counts.length === values.length) {
    const exact = [...new Set(counts.filter((c) => c.value !== null && !c.approx).map((c) => c.value))];
    if (exact.length > 1) {
      const byTime = [...values].filter((v) => (v.data as { value: number | null }).value !== null && !(v.data as { approx: boolean }).approx)
        .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
      const at = (v: Value) => (v.data as { value: number }).value;
      if (running) {
        // A running figure conflicts only where reports of the same day disagree; across days it evolves.
        const sameDay = new Map<string, Set<number>>();
        for (const v of byTime) (sameDay.get(v.reportedAt.slice(0, 10)) ?? sameDay.set(v.reportedAt.slice(0, 10), new Set()).get(v.reportedAt.slice(0, 10))!).add(at(v));
        const clash = [...sameDay].find(([, set]) => set.size > 1);
        if (!clash && sameDay.size > 1) {
          const rising = byTime.every((v, i) => i === 0 || at(v) >= at(byTime[i - 1]!));
          const latest = byTime.at(-1)!;
          return { status: 'evolving', reason: `a running figure${rising ? ' rising' : ', revised up and down,'} over time, latest ${at(latest)} (${latest.reportedAt.slice(0, 10)})` };
        }
        if (clash) return { status: 'conflict', reason: `reports of ${clash[0]} give different exact counts: ${[...clash[1]].map((x) => withSources(x, byTime.filter((v) => v.reportedAt.startsWith(clash[0])))).join(' and ')}` };
      }
      return { status: 'conflict', reason: `reports give different exact counts: ${exact.map((x) => withSources(x, byTime)).join(' and ')}` };
    }
    if (exact.length === 1 && counts.every((c) => c.value === exact[0])) return { status: 'agree', reason: `every report gives ${exact[0]}` };
    return intersect(counts.map(countInterval))
      ? { status: 'compatible', reason: 'the values differ in precision or bound but one number satisfies all of them' }
      : { status: 'conflict', reason: 'no single number satisfies every value' };
  }
  const ranges = values.map((v) => (v.data.type === 'time' ? dateRange(v.data.timex.value.slice(0, 10)) : null));
  if (ranges.some((r) => !r)) {
    const distinct = new Set(values.map((v) => String(v.json.value)));
    return distinct.size === 1 ? { status: 'agree', reason: 'every report gives the same value' } : { status: 'compatible', reason: 'values of different kinds' };
  }
  const distinct = new Set(values.map((v) => String(v.json.value)));
  if (distinct.size === 1) return { status: 'agree', reason: 'every report gives the same date' };
  // A loop, not Math.max(...spread): a fact may hold a value from each of 100,000 reports.
  let lo = -Infinity;
  let hi = Infinity;
  for (const r of ranges) {
    lo = Math.max(lo, r!.start);
    hi = Math.min(hi, r!.end);
  }
  // Events are clustered within two days, so a departure one night and the arrival the next morning, or a date
  // given by its week, are one happening told from two ends: only days further apart conflict.
  if (hi + 2 * DAY >= lo) return { status: 'compatible', reason: 'the dates differ in precision, or by a day or two (a night, a time zone, departure and arrival)' };
  // The dates of a running figure are the days it was given on, not rival dates of one happening.
  return running ? { status: 'evolving', reason: 'the days a running figure was given on' } : { status: 'conflict', reason: 'the dates do not overlap' };
}

/** A count's shape in words-free form: "261", "≥21", ">250", "≤40000", "~300". */
function shape(d: FactValueData): string {
  if (d.type !== 'count') return '';
  if (d.value !== null) return `${d.approx ? '~' : ''}${d.value}`;
  if (d.min !== null) return `${d.minExclusive ? '>' : '≥'}${d.min}${d.max !== null ? `,${d.maxExclusive ? '<' : '≤'}${d.max}` : ''}`;
  return `${d.maxExclusive ? '<' : '≤'}${d.max}`;
}

/** The value as a reader should see it: a bound stays a bound ("at least 40", not 40). */
function shown(d: FactValueData, value: number | string | null): string {
  if (d.type !== 'count') return String(value ?? '');
  const unit = d.unit === '%' ? '%' : d.unit ? ` ${d.unit}` : '';
  const n = (x: number) => `${x.toLocaleString('en-US')}${unit}`;
  if (d.value !== null) return `${d.approx ? 'about ' : ''}${n(d.value)}`;
  if (d.min !== null && d.max !== null) return `${n(d.min)} to ${n(d.max)}`;
  if (d.min !== null) return `${d.minExclusive ? 'over' : 'at least'} ${n(d.min)}${d.approx ? ' (approx.)' : ''}`;
  return `${d.approx ? 'nearly' : d.maxExclusive ? 'under' : 'up to'} ${n(d.max!)}`;
}

const WORDS_OF_SHAPE: Record<string, string> = { '~': ' about ', '>': ' over ', '≥': ' at least ', '<': ' under ', '≤': ' up to ' };

/** A fact key as people read it: "count:volunteer=>30" is "volunteer over 30", "count:people:death" is "people, death". */
function readable(key: string): string {
  return key.replace(/^count:|^amount:/, '').replace(/:/g, ', ').replace(/=([~><≥≤]?)/g, (_, sym: string) => WORDS_OF_SHAPE[sym] ?? ' ');
}

/**
 * Values that cannot be said to be about one thing (figures without an event, amounts whose noun is
 * unknown, far-off figures) are grouped only when they are the same figure, so they agree or stand
 * single and never make a conflict the reports do not contain.
 */
function byShape(values: readonly Value[]): Map<string, Value[]> {
  const out = new Map<string, Value[]>();
  for (const v of values) {
    const k = shape(v.data);
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

/**
 * Values of one key whose magnitude is far (over 3x) from the exact counts are another figure of the
 * story ("hundreds" earlier against 17 now), not a disagreement about this one.
 */
function splitOutliers(values: Value[]): { same: Value[]; apart: Value[] } {
  const exact = values.map((v) => v.data).filter((d): d is Extract<FactValueData, { type: 'count' }> => d.type === 'count' && d.value !== null).map((d) => d.value!);
  if (exact.length === 0) return { same: values, apart: [] };
  const mid = [...exact].sort((a, b) => a - b)[Math.floor(exact.length / 2)]!;
  const far = (v: Value) => {
    if (v.data.type !== 'count') return false;
    const x = v.data.value ?? v.data.min ?? v.data.max;
    return x !== null && mid > 0 && (x / mid > 3 || mid / x > 3);
  };
  return { same: values.filter((v) => !far(v)), apart: values.filter(far) };
}

/**
 * Figures, durations and dates that no dated event holds (a sentence without a trigger, a duration, a
 * year far from the event) still belong in the record. They are keyed by their own value, so they can
 * only agree or stand single: a figure with no event cannot be said to contradict another.
 */
function backgroundDraft(story: string, docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, drafts: readonly EventDraft[], people: ReadonlySet<string>): EventDraft | null {
  const used = new Set<string>();
  for (const d of drafts) {
    for (const values of d.values.values()) for (const v of values) used.add(`${v.json.report}:${v.json.start}`);
    for (const v of d.dates) used.add(`${v.json.report}:${v.json.start}`);
  }
  const ev: EventDraft = { story, family: 'background', type: 'background', day: Infinity, last: Infinity, values: new Map(), dates: [], bare: [], reports: new Set(), label: '', seen: used };
  const put = (key: string, v: Value) => {
    const list = ev.values.get(key) ?? [];
    list.push(v);
    ev.values.set(key, list);
    ev.reports.add(v.json.report);
  };
  for (const doc of docs) {
    if (duplicates.has(doc.report.id)) continue;
    const sentences = doc.segments?.sentences ?? [];
    let si = 0;
    // Mentions come in text order, so one forward walk finds each one's sentence; its voice is its own.
    const claimOf = (m: Range): Claim => {
      while (si < sentences.length - 1 && sentences[si]!.end <= m.start) si++;
      const sentence = sentences[si] && sentences[si]!.start <= m.start ? sentences[si]! : m;
      // A figure inside a name ("the ... Act of 1798") is part of what is named, not a claim anyone voices.
      if ((doc.entity ?? []).some((e) => (e.start <= m.start && m.end <= e.end) || (e.type === 'law' && OF_NAME.test(doc.report.text.slice(e.end, m.start))))) return bare;
      return { ...bare, ...voiceOf(doc, m, sentence) };
    };
    const bare: Claim = { id: '', report: doc.report.id, type: 'background', trigger: { start: 0, end: 0, text: '' }, sentence: { start: 0, end: 0, text: '' }, agents: [], themes: [], where: [], authority: [], quantities: [], times: [], when: null, modality: 'actual', voice: 'asserted', attributedTo: null, voiceCue: null };
    for (const q of doc.quantity ?? []) {
      // A number with no noun is a figure only when it is the subject of its clause ("one faces charges").
      if (used.has(`${doc.report.id}:${q.start}`) || (!q.counted && !q.unit && !q.via.includes('refiner/elliptic-subject'))) continue;
      // A bare figure ("101 were ...", "10,000 face charges") is still a figure the report gives.
      const subject = subjectKey(q, doc, people) ?? 'count';
      const data: FactValueData = { type: 'count', value: q.value, min: q.min, max: q.max, minExclusive: q.minExclusive, maxExclusive: q.maxExclusive, approx: q.approx, unit: q.unit };
      put(`${subject}=${shape(data)}`, valueJson(doc, claimOf(q), q, q.value ?? q.min ?? q.max, data));
    }
    si = 0;
    for (const t of doc.time ?? []) {
      if (used.has(`${doc.report.id}:${t.start}`) || t.type === 'TIME' || t.value === 'PRESENT_REF' || /_REF$/.test(t.value)) continue;
      if (t.type === 'DATE' && t.value.slice(0, 10) === (doc.report.meta.published ?? '').slice(0, 10)) continue;
      // A rate is the amount it repeats, not only its period: "24 hours a day" is not "every day".
      put(`${t.type === 'DURATION' ? 'duration' : t.freq ? `rate:${t.freq}` : 'time'}=${t.value}`, valueJson(doc, claimOf(t), t, t.value, { type: 'time', timex: { value: t.value, type: t.type } }));
    }
  }
  // A century or decade ("18th-century": "17") is the same figure as the one year it contains (1798).
  const years = [...ev.values.keys()].filter((k) => /^time=\d{4}$/.test(k));
  for (const [key, list] of [...ev.values]) {
    const coarse = /^time=(\d{2,3})$/.exec(key);
    if (!coarse) continue;
    const within = years.filter((y) => y.slice(5).startsWith(coarse[1]!));
    if (within.length !== 1) continue;
    ev.values.get(within[0]!)!.push(...list);
    ev.values.delete(key);
  }
  return ev.values.size ? ev : null;
}

export function buildStory(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, _ctx: Context): StoryRecord {
  const lex = lexicon<Families>('event-families');
  const people = new Set(lex.people);
  const drafts: EventDraft[] = [];
  const { stories, storyOf } = clusterStories(docs.map(clusterable), duplicates);
  const running = new Set(lex.running);
  const ownCounts = new Set(lex.ownCounts);
  // A happening spans two days around its first; a running figure (a toll) is one event for as long as
  // reports keep giving it, each within a week of the last.
  const find = (story: string, family: string, day: number) => drafts.find((d) => d.story === story && d.family === family
    && (running.has(family) ? day >= d.day - 2 * DAY && day <= d.last + RUNNING_GAP : Math.abs(d.day - day) <= 2 * DAY));
  for (const doc of docs) {
    if (duplicates.has(doc.report.id)) continue;
    const story = storyOf.get(doc.report.id)!;
    for (const claim of doc.claims ?? []) {
      if (claim.modality === 'negated') continue;
      const day = dayOf(claim, doc);
      if (day === null) continue;
      const family = lex.families[claim.type] ?? claim.type;
      let ev = find(story, family, day);
      if (!ev) {
        ev = { story, family, type: claim.type, day, last: day, values: new Map(), dates: [], bare: [], reports: new Set(), label: claim.sentence.text.slice(0, 80), seen: new Set() };
        drafts.push(ev);
      }
      ev.reports.add(doc.report.id);
      ev.last = Math.max(ev.last, day);
      for (const qi of claim.quantities) {
        const q = doc.quantity?.[qi];
        if (!q) continue;
        const subject = subjectKey(q, doc, people);
        const key = subject && ownCounts.has(claim.type) && family !== claim.type ? `${subject}:${claim.type}` : subject;
        const data: FactValueData = { type: 'count', value: q.value, min: q.min, max: q.max, minExclusive: q.minExclusive, maxExclusive: q.maxExclusive, approx: q.approx, unit: q.unit };
        if (!key) {
          if (q.value !== null && !q.approx) ev.bare.push(valueJson(doc, claim, q, q.value, data));
          continue;
        }
        const list = ev.values.get(key) ?? [];
        const seenKey = `${doc.report.id}:${q.start}`;
        if (!ev.seen.has(seenKey)) list.push(valueJson(doc, claim, q, q.value ?? q.min ?? q.max, data));
        ev.seen.add(seenKey);
        ev.values.set(key, list);
      }
      for (const ti of claim.times) {
        const t = doc.time?.[ti];
        if (!t || ev.seen.has(`${doc.report.id}:${t.start}`)) continue;
        ev.seen.add(`${doc.report.id}:${t.start}`);
        // Only a time that can fall within the event's days dates it ("1798" in the same sentence does not).
        const range = dateRange(t.value.slice(0, 10));
        if (!range || range.end < ev.day - 3 * DAY || range.start > ev.last + 4 * DAY) continue;
        ev.dates.push(valueJson(doc, claim, t, t.value, { type: 'time', timex: { value: t.value, type: t.type } }));
      }
    }
  }
  for (const d of drafts) attachBare(d);
  const docsOf = groupBy(docs, (d) => storyOf.get(d.report.id)!);
  const draftsOf = groupBy(drafts, (d) => d.story);
  const backgrounds = stories.map((st) => backgroundDraft(st.id, docsOf.get(st.id) ?? [], duplicates, draftsOf.get(st.id) ?? [], people))
    .filter((bg): bg is EventDraft => bg !== null);
  const events: EventJson[] = [];
  const conflicts: string[] = [];
  const checks: ConsistencyCheck[] = [];
  let factNo = 0;
  drafts.sort((a, b) => a.day - b.day);
  drafts.push(...backgrounds);
  const allChecked: CheckedFact[] = [];
  drafts.forEach((d, i) => {
    const id = `e${i + 1}`;
    const facts: FactJson[] = [];
    const checked: CheckedFact[] = [];
    const isRunning = running.has(d.family);
    const add = (attribute: string, subject: string, values: Value[]) => {
      const s = status(values, isRunning);
      const fid = `f${++factNo}`;
      if (s.status === 'conflict') conflicts.push(fid);
      facts.push({ id: fid, attribute, subject, status: s.status, reason: s.reason, values: values.map((v) => v.json) });
      checked.push({ id: fid, attribute, subject, values });
    };
    for (const [key, values] of d.values) {
      const subject = readable(key);
      if (key.startsWith('amount:') && d.family !== 'background') {
        for (const [k, vs] of byShape(values)) add(`${key}=${k}`, `${readable(`${key}=${k}`)} (${d.family})`, vs);
        continue;
      }
      // A running figure may grow a hundredfold: nothing in it is an outlier.
      const { same, apart } = isRunning ? { same: values, apart: [] } : splitOutliers(values);
      add(key, `${subject} (${d.family})`, same);
      for (const [k, vs] of byShape(apart)) add(`${key}:other=${k}`, `${subject}, another figure: ${readable(`=${k}`).trim()} (${d.family})`, vs);
    }
    if (d.dates.length) add('date', `date of the ${d.family}`, d.dates);
    allChecked.push(...checked);
    checks.push(...partsSum(checked), ...selfContradictions(checked, isRunning));
    const story = stories.length > 1 ? { story: d.story } : {};
    if (d.family === 'background') {
      if (facts.length) events.push({ id, label: 'figures and dates outside any dated event', type: d.family, when: null, facts, reports: [...d.reports], ...story });
      return;
    }
    const day = new Date(d.day).toISOString().slice(0, 10);
    if (facts.length) events.push({ id, label: `${d.family} around ${day}`, type: d.family, when: { value: day, type: 'DATE' }, facts, reports: [...d.reports], ...story });
  });
  const originals = docs.filter((d) => !duplicates.has(d.report.id));
  const outlets = framingByOutlet(docs, duplicates);
  const timeline = events.map((e) => ({ when: e.when, event: e.id, reports: (e['reports'] as string[]) ?? [] }));
  return {
    schema: SCHEMA,
    reports: docs.map((d) => ({ ...reportJson(d, duplicates.get(d.report.id) ?? null), cites: citesOf(d) })),
    events,
    timeline,
    quotes: quoteLedger(docs, duplicates),
    conflicts,
    ...(stories.length > 1 ? { stories: stories.map((st) => ({ ...st, events: events.filter((e) => e['story'] === st.id).map((e) => e.id) })) } : {}),
    checks: [...checks, ...timezones(originals), ...headerBody(originals, allChecked)],
    framing: { outlets, terms: termChoices(events, docs), citations: citationGraph(outlets) },
  };
}
