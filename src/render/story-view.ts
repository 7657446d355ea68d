/**
 * What a reader needs first, read off a finished record: the story's title and
 * two-line summary (what, where, when, the latest value of each running
 * figure), each disputed fact with why its values may differ, and the sources
 * side by side. Pure functions over the record (fields read defensively: facts
 * may carry `kind`/`role`, values `asOf`/`reportedAt`/`modality`, reports
 * `language`), shared by the HTML page, the story list and the exports.
 */
import type { FactJson, FactValueJson, ReportJson, StoryRecord } from '../model/record.js';
import { publicSource, safeUrl } from './public.js';

/** A non-empty string field, else null. */
export const str = (x: unknown): string | null => (typeof x === 'string' && x.trim() ? x : null);

/** The facts of a record with their event's label and id, in record order. */
export function allFacts(record: StoryRecord): { event: { id: string; label: string }; fact: FactJson }[] {
  return (record.events ?? []).flatMap((e) => (e.facts ?? []).map((fact) => ({ event: { id: e.id, label: e.label }, fact })));
}

export const reportsById = (record: StoryRecord): Map<string, ReportJson> => new Map((record.reports ?? []).map((r) => [r.id, r]));

/** How a report is named on a page: its outlet, else its headline, else its file's base name. */
export const reportName = (r: ReportJson | undefined, id: string): string => (r ? r.outlet ?? r.title ?? publicSource(r.source) : id);

/** A fact's kind: its own `kind` or `role` when the record gives one, else its attribute's head ("count", "date"…). */
export const kindOf = (f: FactJson): string => str(f.kind) ?? str(f.role) ?? (f.attribute.split(/[:=]/)[0] || 'other');

/** A value as shown on a page: what the record shows for it, else its value. */
export const shownOf = (v: FactValueJson): string => String(v.shown ?? v.value ?? v.text);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?(Z)?/;

/** An ISO date as a reader writes it ("30 Oct 2024", "Mar 2025", "31 Oct 2024 19:11 UTC"); anything else as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  const month = MONTHS[Number(m[2]) - 1]!;
  const date = m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
  return m[4] ? `${date} ${m[4]}${m[5] ? ' UTC' : ''}` : date;
}

const PART_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/** A value as a reader reads it: an ISO date or time written out ("15 Mar 2025 evening"), anything else as shown. */
export function displayOf(v: FactValueJson): string {
  const shown = shownOf(v);
  if (typeof v.value !== 'string' || shown !== v.value) return shown;
  const part = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(shown);
  if (part) return `${formatDate(part[1])} ${PART_OF_DAY[part[2]!]}`;
  return ISO.test(shown) ? formatDate(shown) : shown;
}

/** The day (or month, or week) part of an ISO date, for comparing dates at day precision. */
export const dayOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** A range of days as a reader writes it ("30 Oct – 7 Nov 2024"), or one day. */
export function formatRange(first: string | null, last: string | null): string {
  if (!first || !last) return formatDate(first ?? last);
  if (first === last) return formatDate(first);
  const [a, b] = [formatDate(first).split(' '), formatDate(last).split(' ')];
  // Days of one month or one year say the month and year once: "2 – 4 Apr 2031", "30 Oct – 12 Nov 2024".
  if (a.length === 3 && b.length === 3 && a[2] === b[2]) return a[1] === b[1] ? `${a[0]} – ${b.join(' ')}` : `${a[0]} ${a[1]} – ${b.join(' ')}`;
  return `${formatDate(first)} – ${formatDate(last)}`;
}

/** When a value was true, as far as the record says: its own `asOf`, else when it was reported, else its report's publication. */
export function valueDate(v: FactValueJson, report: ReportJson | undefined): { date: string | null; how: 'as of' | 'reported' | 'published' | null } {
  const asOf = str(v.asOf);
  if (asOf) return { date: asOf, how: 'as of' };
  return report?.published ? { date: report.published, how: 'published' } : { date: null, how: null };
}

/** The reports' publication days, sorted. */
export function reportDays(record: StoryRecord): string[] {
  return (record.reports ?? []).map((r) => dayOf(r.published)).filter((d): d is string => Boolean(d)).sort();
}

/** Distinct outlets (a report without one counts by itself). */
export const outletCount = (record: StoryRecord): number => new Set((record.reports ?? []).map((r) => r.outlet ?? r.id)).size;

/**
 * How many of a story's reports, earliest first, its places are read from: the story list reads
 * them from the store for every story, and the story page reads the same ones, so both give the
 * same summary line.
 */
export const PLACE_SAMPLE = 8;

/**
 * Places named in a story, commonest first: `perReport` holds each report's entity mentions; a
 * place counts once per report naming it, and only places two reports name are kept when there
 * are any, so one report's aside does not become the story's place.
 */
export function placesFrom(perReport: readonly (readonly { readonly type?: string; readonly canonical?: string }[])[]): string[] {
  const count = new Map<string, number>();
  for (const mentions of perReport) {
    for (const name of new Set(mentions.filter((m) => m.type === 'place' && m.canonical).map((m) => m.canonical!))) count.set(name, (count.get(name) ?? 0) + 1);
  }
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const shared = ranked.filter(([, n]) => n >= 2);
  return (shared.length ? shared : ranked).map(([name]) => name);
}

/** A running figure of the story and its latest value. */
export interface Figure {
  readonly fact: FactJson;
  readonly latest: FactValueJson;
  readonly date: string | null;
  /** Who gives the latest value: the outlet, and whom it attributes it to. */
  readonly source: string;
}

const RUNNING = /running|toll|evolv|cumulative|total/i;

/**
 * Numeric facts that run as the story develops: `evolving` ones, ones the record calls running,
 * and counts whose conflicting values were given on different days. Each with its latest value
 * (the latest date; at that date, the value most reports give, then the highest).
 */
export function runningFigures(record: StoryRecord, limit = 3): Figure[] {
  const byId = reportsById(record);
  const dated = (v: FactValueJson) => dayOf(valueDate(v, byId.get(v.report)).date);
  const figures: { figure: Figure; rank: number }[] = [];
  for (const { fact } of allFacts(record)) {
    const numeric = (fact.values ?? []).filter((v) => typeof v.value === 'number');
    if (numeric.length === 0) continue;
    const days = new Set(numeric.map(dated).filter(Boolean));
    const evolving = fact.status === 'evolving' || RUNNING.test(`${str(fact.kind) ?? ''} ${str(fact.role) ?? ''}`);
    const moving = fact.status === 'conflict' && days.size >= 2 && /^count/.test(fact.attribute);
    if (!evolving && !moving) continue;
    const given = (x: FactValueJson) => numeric.filter((v) => v.value === x.value && dated(v) === dated(x)).length;
    // A copy brings no news of its own: its value counts only where its original gives none.
    const reporting = new Set(numeric.map((v) => v.report));
    const own = numeric.filter((v) => !reporting.has(byId.get(v.report)?.duplicateOf ?? ''));
    const latest = [...own].sort((a, b) => (dated(b) ?? '').localeCompare(dated(a) ?? '') || given(b) - given(a) || Number(b.value) - Number(a.value))[0]!;
    const report = byId.get(latest.report);
    const source = `${reportName(report, latest.report)}${latest.attributedTo ? `, according to ${latest.attributedTo}` : ''}`;
    figures.push({ figure: { fact, latest, date: valueDate(latest, report).date, source }, rank: (evolving ? 1000 : 0) + new Set(numeric.map((v) => v.report)).size });
  }
  return figures.sort((a, b) => b.rank - a.rank).slice(0, limit).map((f) => f.figure);
}

/** A fact's subject without the event type the linker appends in brackets. */
const subjectOf = (f: FactJson) => f.subject.replace(/\s*\([^)]*\)$/, '') || f.subject;

export interface Summary {
  readonly title: string;
  /** Two lines: what happened, where and when, with who reported it; then the latest running figures. */
  readonly lines: readonly [string, string];
  readonly reports: number;
  readonly outlets: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly disputed: number;
  readonly figures: readonly Figure[];
}

const DAY = 86_400_000;
/** How long before its first report an event may lie and still be what a story is about. */
const WINDOW_DAYS = 30;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const human = (type: string) => type.replace(/[-_]/g, ' ');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The summary's second line when no figure runs: what is disputed, else what the reports agree on. */
function otherwise(record: StoryRecord, disputed: number): string {
  if ((record.reports ?? []).length < 2) return 'One report: nothing to compare yet.';
  const facts = allFacts(record).map(({ fact }) => fact);
  const ids = disputedIds(record);
  const agreed = facts.filter((f) => f.status === 'agree').length;
  const agree = agreed ? `${plural(agreed, 'fact')} all reports agree on` : 'no fact all reports agree on';
  if (!disputed) return `Nothing disputed; ${agree}.`;
  const named = [...new Set(facts.filter((f) => ids.has(f.id)).map(subjectOf))].slice(0, 2).join(', ');
  return `Disputed: ${named}${disputed > 2 ? ` and ${disputed - 2} more` : ''}; ${agree}.`;
}

/** The disputed facts' ids: the record's conflict list and every fact whose status is conflict. */
export function disputedIds(record: StoryRecord): Set<string> {
  return new Set([...(record.conflicts ?? []), ...allFacts(record).filter(({ fact }) => fact.status === 'conflict').map(({ fact }) => fact.id)]);
}

/**
 * The story's title and two-line summary. `title` is the store's name for the story when there is
 * one; else the record's own, else the headline of its earliest original report. `places` are the
 * places its reports name, commonest first (placesFrom); without them, facts whose kind or
 * attribute is a place give them.
 */
export function storySummary(record: StoryRecord, opts: { title?: string | null; places?: readonly string[] } = {}): Summary {
  const reports = record.reports ?? [];
  const originals = [...reports].filter((r) => !r.duplicateOf && r.title).sort((a, b) => (a.published ?? '9').localeCompare(b.published ?? '9'));
  const title = str(opts.title) ?? originals[0]?.title ?? 'Untitled story';
  const days = reportDays(record);
  const timelineReports = new Map((record.timeline ?? []).map((t) => [t.event, t.reports.length]));
  const dated = (record.events ?? []).filter((e) => e.when && e.type !== 'background');
  // What happened is what the reports' days cover: an event dated long before the first report or
  // after the last is background (an anniversary, a past election), unless nothing else is dated.
  const time = (d: string | null | undefined) => (d ? Date.parse(d.slice(0, 10)) : NaN);
  const [from, to] = [time(days[0]) - WINDOW_DAYS * DAY, time(days.at(-1)) + DAY];
  const current = dated.filter((e) => time(e.when!.value) >= from && time(e.when!.value) <= to);
  const events = (current.length ? current : dated).sort((a, b) => (timelineReports.get(b.id) ?? 0) - (timelineReports.get(a.id) ?? 0));
  const what = events.slice(0, 2).map((e) => `${human(e.type)} around ${formatDate(e.when!.value)}`).join(' and ');
  const placeFacts = allFacts(record).filter(({ fact }) => /place|location|where/i.test(`${kindOf(fact)} ${fact.attribute}`))
    .flatMap(({ fact }) => fact.values.map((v) => str(v.value)).filter((p): p is string => Boolean(p)));
  const places = (opts.places?.length ? [...opts.places] : placesFrom([placeFacts.map((canonical) => ({ type: 'place', canonical }))])).slice(0, 2);
  const outlets = outletCount(record);
  const line1 = `${what ? capital(what) : 'No dated event'}${places.length ? `, in ${places.join(' and ')}` : ''}. `
    + `${plural(reports.length, 'report')} from ${plural(outlets, 'outlet')}${days.length ? `, ${formatRange(days[0]!, days.at(-1)!)}` : ''}.`;
  const figures = runningFigures(record);
  const disputed = disputedIds(record).size;
  const line2 = figures.length
    ? `Latest: ${figures.map((f) => `${subjectOf(f.fact)} ${shownOf(f.latest)} (${f.source}${f.date ? `, ${formatDate(dayOf(f.date))}` : ''})`).join('; ')}.`
    : otherwise(record, disputed);
  return { title, lines: [line1, line2], reports: reports.length, outlets, first: days[0] ?? null, last: days.at(-1) ?? null, disputed, figures };
}

/** One value of a disputed fact, with who gives it and when. */
export interface DisputedValue {
  readonly value: FactValueJson;
  readonly source: string;
  readonly date: string | null;
  readonly dateHow: string | null;
}

export interface Dispute {
  readonly fact: FactJson;
  readonly event: { id: string; label: string };
  /** The values side by side: one group per distinct value shown (as a reader reads it), earliest first. */
  readonly groups: readonly { readonly shown: string; readonly values: readonly DisputedValue[] }[];
  /** Why the values may differ, each in a sentence, from the values' dates, voices, counters and the reports' copies and citations. */
  readonly reasons: readonly string[];
}

const quoteList = (xs: readonly string[]) => xs.map((x) => `“${x}”`).join(', ');

/**
 * A value shown as rounded or as a bound, in the words reconcile's `shown` writes them ("about 40",
 * "over 40", "at least 40", "40 to 50", "up to 40", "nearly 40", "under 40", "40 (approx.)"); "2,950",
 * "12 km" and "magnitude 6.9" are exact.
 */
const INEXACT = /^(?:about|over|at least|up to|nearly|under) |\d to |\(approx\.\)$/;

function reasonsFor(groups: Dispute['groups'], byId: Map<string, ReportJson>): string[] {
  const reasons: string[] = [];
  const values = groups.flatMap((g) => g.values);
  const days = [...new Set(values.map((v) => dayOf(v.date)).filter((d): d is string => Boolean(d)))].sort();
  if (days.length >= 2) {
    const asOf = values.some((v) => v.dateHow === 'as of');
    const counts = values.every((v) => typeof v.value.value === 'number');
    reasons.push(`Different moments: the values are ${asOf ? 'dated' : 'from reports of'} ${formatDate(days[0]!)} to ${formatDate(days.at(-1)!)}; ${counts ? 'a later count may supersede an earlier one' : 'a later report may correct an earlier one'}.`);
  }
  // A counter explains a difference when it stands behind some values and not the others.
  const counters = groups.map((g) => new Set(g.values.map((v) => v.value.attributedTo ?? '')));
  const behindOne = [...new Set(values.map((v) => v.value.attributedTo).filter((c): c is string => Boolean(c)))]
    .filter((c) => counters.filter((set) => set.has(c)).length < groups.length);
  if (behindOne.length) {
    const who = groups.flatMap((g, i) => behindOne.filter((c) => counters[i]!.has(c)).map((c) => `${c} gives ${g.shown}`));
    const own = counters.some((set) => set.has(''));
    reasons.push(`Different counters: ${who.join('; ')}${own ? '; the others are in the reports’ own voice' : ''}.`);
  }
  const numbers = values.map((v) => v.value.value).filter((n): n is number => typeof n === 'number');
  const inexact = [...new Set(values.filter((v) => typeof v.value.value === 'number' && INEXACT.test(shownOf(v.value))).map((v) => shownOf(v.value)))];
  if (inexact.length) reasons.push(`Rounding or bounds: ${quoteList(inexact)} ${inexact.length === 1 ? 'is not an exact count' : 'are not exact counts'}, so ${inexact.length === 1 ? 'it' : 'they'} may not contradict the others.`);
  // Rounding is plausible for large figures close together, one of them round (2,950 and 3,000; not 21 and 23).
  else if (numbers.length >= 2 && Math.max(...numbers) >= 100 && numbers.some((x) => x % 10 === 0) && (Math.max(...numbers) - Math.min(...numbers)) / Math.max(...numbers) <= 0.05) {
    reasons.push(`Rounding: ${[...new Set(numbers)].join(' and ')} are within 5% of each other; one may be rounded.`);
  }
  const modalities = [...new Set(values.map((v) => str(v.value.modality)).filter((m): m is string => Boolean(m)))];
  if (modalities.length >= 2) reasons.push(`Different modality: some values are ${modalities.join(', others ')}.`);
  const hedged = values.filter((v) => v.value.voice === 'hedged');
  if (hedged.length) reasons.push(`Hedged: ${[...new Set(hedged.map((v) => `${v.source} gives ${shownOf(v.value)} only as reported`))].join('; ')}.`);
  const ids = new Set(values.map((v) => v.value.report));
  const shownIn = (id: string) => new Set(values.filter((v) => v.value.report === id).map((v) => shownOf(v.value)));
  for (const id of ids) {
    const r = byId.get(id);
    const original = r?.duplicateOf;
    if (original) {
      const same = [...shownIn(id)].some((s) => shownIn(original).has(s));
      const of = reportName(byId.get(original), original);
      reasons.push(ids.has(original)
        ? `Copying: ${reportName(r, id)} copies ${of}${same ? '; where they agree, it is one source, not two' : ' yet gives another value: an edit or a correction'}.`
        : `Copying: ${reportName(r, id)} copies ${of}, which gives no value here.`);
    }
    const outlets = new Set([...ids].filter((other) => other !== id).map((other) => byId.get(other)?.outlet).filter((o): o is string => Boolean(o)));
    const cited = (r?.cites ?? []).filter((c) => outlets.has(c));
    if (cited.length) reasons.push(`Copying: ${reportName(r, id)} cites ${cited.join(', ')}, which gives a value here.`);
  }
  if (reasons.length === 0) reasons.push('Same moment, no counter named: a plain contradiction, or two different things counted under one name.');
  return reasons;
}

/** Each disputed fact with its values side by side and the reasons they may differ, in record order. */
export function disputes(record: StoryRecord): Dispute[] {
  const byId = reportsById(record);
  const ids = disputedIds(record);
  return allFacts(record).filter(({ fact }) => ids.has(fact.id)).map(({ event, fact }) => {
    const groups = new Map<string, DisputedValue[]>();
    for (const value of fact.values ?? []) {
      const report = byId.get(value.report);
      const { date, how } = valueDate(value, report);
      const key = shownOf(value);
      groups.set(key, [...(groups.get(key) ?? []), { value, source: reportName(report, value.report), date, dateHow: how }]);
    }
    const earliest = (vs: readonly DisputedValue[]) => vs.map((v) => v.date ?? '9').sort()[0]!;
    const sorted = [...groups].map(([, values]) => ({ shown: displayOf(values[0]!.value), values })).sort((a, b) => earliest(a.values).localeCompare(earliest(b.values)));
    return { fact, event, groups: sorted, reasons: reasonsFor(sorted, byId) };
  });
}

/** One report as the sources table shows it. */
export interface SourceRow {
  readonly id: string;
  readonly outlet: string;
  readonly title: string | null;
  readonly published: string | null;
  /** How the date was known: "metadata: header", "inferred: url path"… */
  readonly how: string | null;
  readonly language: string | null;
  readonly url: string | null;
  /** The report it is a near-copy of, by id and name. */
  readonly copies: { readonly id: string; readonly name: string } | null;
  readonly cites: readonly string[];
  /** Its fact values by voice. */
  readonly voice: { readonly asserted: number; readonly attributed: number; readonly hedged: number };
  /** Whom it quotes, most quoted first. */
  readonly quoted: readonly { readonly speaker: string; readonly quotes: number }[];
}

/** One row per report, earliest first; `languages` gives a report's language where the record does not. */
export function sourceRows(record: StoryRecord, languages: ReadonlyMap<string, string | null> = new Map()): SourceRow[] {
  const byId = reportsById(record);
  const voices = new Map<string, { asserted: number; attributed: number; hedged: number }>();
  for (const { fact } of allFacts(record)) {
    for (const v of fact.values ?? []) {
      const counts = voices.get(v.report) ?? { asserted: 0, attributed: 0, hedged: 0 };
      if (v.voice in counts) counts[v.voice] += 1;
      voices.set(v.report, counts);
    }
  }
  const quoted = new Map<string, Map<string, number>>();
  for (const q of record.quotes ?? []) {
    for (const o of q.occurrences ?? []) {
      const speakers = quoted.get(o.report) ?? new Map<string, number>();
      speakers.set(q.speaker, (speakers.get(q.speaker) ?? 0) + 1);
      quoted.set(o.report, speakers);
    }
  }
  return [...(record.reports ?? [])].sort((a, b) => (a.published ?? '9').localeCompare(b.published ?? '9')).map((r) => {
    const how = [r.publishedSource, r.publishedHow].filter(Boolean).join(': ') || null;
    const copyOf = r.duplicateOf ?? null;
    return {
      id: r.id, outlet: reportName(r, r.id), title: r.title, published: r.published, how,
      language: str(r.language) ?? languages.get(r.id) ?? null,
      url: safeUrl(r.url), copies: copyOf ? { id: copyOf, name: reportName(byId.get(copyOf), copyOf) } : null,
      cites: r.cites ?? [], voice: voices.get(r.id) ?? { asserted: 0, attributed: 0, hedged: 0 },
      quoted: [...(quoted.get(r.id) ?? [])].map(([speaker, quotes]) => ({ speaker, quotes })).sort((a, b) => b.quotes - a.quotes),
    };
  });
}
