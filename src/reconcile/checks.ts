/**
 * Consistency checks that no single fact shows: parts that should sum to a
 * stated total, one instant given in two time zones, a report that gives
 * two different exact values for one fact, and a headline or URL that states
 * a count its own body does not give.
 */
import { basename } from 'node:path';
import type { Doc } from '../model/doc.js';
import type { ConsistencyCheck, FactKey, FactValueData } from '../model/story.js';
import type { FactValueJson } from '../model/record.js';
import { countedHeadOf, NUMBER_WORDS } from '../annotate/quantity/counted.js';
import { isPeopleLike } from '../claims/figures.js';

/** A fact as reconciliation built it: its id, key, and typed values. */
export interface CheckedFact {
  readonly id: string;
  readonly key: FactKey;
  readonly attribute: string;
  readonly subject: string;
  readonly values: readonly { readonly json: FactValueJson; readonly data: FactValueData }[];
}

type Count = Extract<FactValueData, { type: 'count' }>;

/** A total counts people of no one group; a part counts the members of one named group ("21 MS-13 members"). */
const isTotal = (f: CheckedFact) => f.key.measure === 'count' && f.key.group === null && f.key.head !== null && isPeopleLike(f.key.head);
const isPart = (f: CheckedFact) => f.key.measure === 'count' && f.key.group !== null;
/** Two zoned times this close in one report are one instant given twice ("19:25 EDT (23:25 GMT)"). */
const SAME_INSTANT_WINDOW = 60;
/** Enumerating exact combinations is capped: a part with more distinct values than this is summed as an interval only. */
const MAX_COMBINATIONS = 256;

function counts(f: CheckedFact): Count[] {
  return f.values.map((v) => v.data).filter((d): d is Count => d.type === 'count' && d.unit === null);
}

const show = (c: Count) => (c.value !== null ? String(c.value) : c.min !== null ? `${c.minExclusive ? 'over' : 'at least'} ${c.min}` : `up to ${c.max}`);

/** The distinct values one part offers, exact ones as points, bounds as they are. */
function partOptions(f: CheckedFact): Count[] {
  const seen = new Map<string, Count>();
  for (const c of counts(f)) if (!c.approx) seen.set(show(c), c);
  return [...seen.values()];
}

/** Does some choice of one value per part sum to `total`? Returns the first choice that does. */
function reaches(parts: readonly Count[][], total: number): Count[] | null {
  const pick: Count[] = [];
  let tried = 0;
  const walk = (i: number, lo: number, hi: number): boolean => {
    if (++tried > MAX_COMBINATIONS) return false;
    if (i === parts.length) return lo <= total && total <= hi;
    for (const c of parts[i]!) {
      pick.push(c);
      if (walk(i + 1, lo + (c.value ?? c.min ?? 0), hi + (c.value ?? c.max ?? Infinity))) return true;
      pick.pop();
    }
    return false;
  };
  return walk(0, 0, 0) ? pick : null;
}

/**
 * Parts and totals: within one event, the counts of two or more named groups ("238 members of one
 * gang", "23 members of another") should sum to the event's total count of people (261). A total no
 * choice of the parts' values reaches is flagged; bounds ("at least 21") reach any total above them.
 */
export function partsSum(facts: readonly CheckedFact[]): ConsistencyCheck[] {
  const parts = facts.filter(isPart);
  if (parts.length < 2) return [];
  const options = parts.map(partOptions);
  if (options.some((o) => o.length === 0)) return [];
  const out: ConsistencyCheck[] = [];
  for (const total of facts.filter(isTotal)) {
    const totals = [...new Set(counts(total).filter((c) => c.value !== null && !c.approx).map((c) => c.value!))];
    for (const t of totals) {
      const pick = reaches(options, t);
      const names = parts.map((p) => `${p.key.group} members`);
      out.push(pick
        ? { rule: 'parts-sum', ok: true, message: `${pick.map((c, i) => `${show(c)} ${names[i]}`).join(' + ')} = ${t}`, facts: [...parts.map((p) => p.id), total.id] }
        : { rule: 'parts-sum', ok: false, message: `no choice of ${names.join(', ')} (${options.map((o) => o.map(show).join(' or ')).join('; ')}) sums to the stated total ${t}`, facts: [...parts.map((p) => p.id), total.id] });
    }
  }
  return out;
}

const ZONED = /T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Time-zone arithmetic: two zoned clock times close together in one report, in different zones, are
 * one instant written twice; they must be equal instants.
 */
export function timezones(docs: readonly Doc[]): ConsistencyCheck[] {
  const out: ConsistencyCheck[] = [];
  for (const doc of docs) {
    const zoned = (doc.time ?? []).filter((t) => ZONED.test(t.value));
    for (let i = 1; i < zoned.length; i++) {
      const a = zoned[i - 1]!;
      const b = zoned[i]!;
      if (b.start - a.end > SAME_INSTANT_WINDOW || ZONED.exec(a.value)![3] === ZONED.exec(b.value)![3]) continue;
      const ta = Date.parse(a.value);
      const tb = Date.parse(b.value);
      if (Number.isNaN(ta) || Number.isNaN(tb)) continue;
      const where = doc.report.meta.outlet ?? basename(doc.report.source);
      out.push(ta === tb
        ? { rule: 'timezone', ok: true, message: `${where}: "${a.text}" and "${b.text}" are the same instant`, facts: [] }
        : { rule: 'timezone', ok: false, message: `${where}: "${a.text}" is ${new Date(ta).toISOString().slice(0, 16)}Z but "${b.text}" is ${new Date(tb).toISOString().slice(0, 16)}Z, ${Math.abs(ta - tb) / 60000} minutes apart`, facts: [] });
    }
  }
  return out;
}

/**
 * Self-contradiction: one report giving two different exact counts of one named group. A running figure
 * ("the toll rose from 10 to 15") is exempt: the report tells its change, not two answers.
 */
export function selfContradictions(facts: readonly CheckedFact[], running: boolean): ConsistencyCheck[] {
  if (running) return [];
  const out: ConsistencyCheck[] = [];
  // Only the count of a named group is one thing for certain: a report's "2 shares" and "5 shares",
  // or "43 residents" and "45 people", may well be different groups.
  for (const f of facts.filter(isPart)) {
    const byReport = new Map<string, Set<number>>();
    for (const v of f.values) {
      if (v.data.type !== 'count' || v.data.value === null || v.data.approx) continue;
      const set = byReport.get(v.json.report) ?? new Set<number>();
      set.add(v.data.value);
      byReport.set(v.json.report, set);
    }
    for (const [report, values] of byReport) {
      if (values.size < 2) continue;
      const outlet = f.values.find((v) => v.json.report === report)?.json.outlet ?? report;
      out.push({ rule: 'self-contradiction', ok: false, message: `${String(outlet)} gives both ${[...values].join(' and ')} for ${f.subject}`, facts: [f.id] });
    }
  }
  return out;
}

const HEADLINE_COUNT = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+([a-z]+)\\b`, 'gi');

/** "43 residents" in a title or a URL slug ("/helicopters-lift-43-residents"): the counts a report's header states. */
function headerCounts(report: Doc['report']): { value: number; head: string; said: string; where: string }[] {
  const out: { value: number; head: string; said: string; where: string }[] = [];
  const slug = report.meta.url ? decodeURIComponent(new URL(report.meta.url, 'http://x').pathname.split('/').filter(Boolean).pop() ?? '').replace(/\.\w+$/, '').replace(/[-_]+/g, ' ') : '';
  for (const [where, header] of [['title', report.meta.title ?? ''], ['URL', slug]] as const) {
    for (const m of header.matchAll(HEADLINE_COUNT)) {
      const value = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]!.replace(/,/g, ''));
      // A year is no count ("2025 floods").
      if (/^\d{4}$/.test(m[1]!) && value >= 1600 && value <= 2100) continue;
      out.push({ value, head: countedHeadOf(m[2]!), said: m[0], where });
    }
  }
  return out;
}

/**
 * Header against body: a count a report's title or URL states ("43 residents") must be one its body
 * gives for the same counted noun. Checked only where the body counts that noun at all.
 */
export function headerBody(docs: readonly Doc[], facts: readonly CheckedFact[]): ConsistencyCheck[] {
  const out: ConsistencyCheck[] = [];
  // Which facts hold the value at a place of a report, looked up once per header count, never by scanning every fact.
  const factsAt = new Map<string, string[]>();
  for (const f of facts) {
    for (const v of f.values) {
      const key = `${v.json.report}\u0000${v.json.start}`;
      const ids = factsAt.get(key) ?? [];
      if (!ids.includes(f.id)) ids.push(f.id);
      factsAt.set(key, ids);
    }
  }
  for (const doc of docs) {
    const claimed = headerCounts(doc.report);
    if (!claimed.length) continue;
    const where = doc.report.meta.outlet ?? basename(doc.report.source);
    for (const h of claimed) {
      const body = (doc.quantity ?? []).filter((q) => q.start >= doc.report.bodyStart && q.unit === null && q.countedHead === h.head);
      if (!body.length) continue;
      // A headline rounds: "nearly 50 homes" in the body is "50 homes" above it.
      const holds = (q: (typeof body)[number]) => (q.value !== null ? q.value === h.value
        : (q.approx && (q.min === h.value || q.max === h.value))
          || ((q.min === null || (q.minExclusive ? h.value > q.min : h.value >= q.min)) && (q.max === null || (q.maxExclusive ? h.value < q.max : h.value <= q.max))));
      const ids = [...new Set(body.flatMap((q) => factsAt.get(`${doc.report.id}\u0000${q.start}`) ?? []))];
      const match = body.find(holds);
      out.push(match
        ? { rule: 'header-body', ok: true, message: `${where}: the ${h.where}'s "${h.said}" is what the body says ("${match.text}")`, facts: ids }
        : { rule: 'header-body', ok: false, message: `${where}: the ${h.where} says "${h.said}" but the body gives ${body.map((q) => `"${q.text}"`).join(', ')}`, facts: ids });
    }
  }
  return out;
}
