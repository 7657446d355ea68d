/**
 * Fact-sheet scoring (CONTRACT §3): a system fact matches a gold fact when its
 * values' spans overlap the gold values in at least two of the gold's reports
 * (one when the gold fact rests on one report); of several, the one in most
 * reports, then one of the gold's kind (a quote, a figure, a time, a name). Scored: recall of gold facts,
 * status accuracy over matched facts, precision of the system's conflict list.
 */
import type { FactJson, StoryRecord } from '../model/record.js';
import { nthIndexOf, type GoldFact } from './gold.js';

export interface FactScore {
  readonly gold: number;
  readonly matched: number;
  readonly recall: number;
  readonly statusCorrect: number;
  readonly statusAccuracy: number;
  readonly conflicts: number;
  readonly conflictsCorrect: number;
  /** null when the system lists no conflicts. */
  readonly conflictPrecision: number | null;
  readonly rows: readonly { gold: string; goldStatus: string; system: string | null; systemStatus: string | null }[];
  /**
   * Per language of the gold value's report: of the gold values in reports of that language (that
   * have another report in their gold fact), how many sit in a system fact that also holds a value
   * of the same gold fact from another report.
   */
  readonly linked: Readonly<Record<string, { readonly values: number; readonly linked: number }>>;
}

interface Located { report: string; start: number; end: number }

/** A TIMEX3 value as a gold fact gives it: a date, a time, a duration or a year. */
const TIMEX_VALUE = /^(?:\d{2,4}(?:$|-)|P|T\d|X)/;

/** The system fact kinds a gold fact's first value belongs to, or null when its value says none. */
function goldKinds(g: GoldFact): ReadonlySet<string> | null {
  const v = g.values[0];
  if (!v) return null;
  if (v.quote) return new Set(['quote']);
  if (typeof v.value === 'number') return new Set(['count', 'amount']);
  if (typeof v.value === 'string') return TIMEX_VALUE.test(v.value) ? new Set(['date', 'time', 'year', 'duration']) : new Set(['name', 'quote']);
  return null;
}

/**
 * `reportKey` maps a system report id to the gold's report name (file basename);
 * `text` gives a gold report's original text, to place values given by text only.
 */
export function scoreFacts(
  gold: readonly GoldFact[], record: StoryRecord, reportKey: ReadonlyMap<string, string>, text: (report: string) => string | null,
  languageOf: (report: string) => string = () => 'en',
): FactScore {
  const sysFacts: FactJson[] = record.events.flatMap((e) => e.facts);
  const sysValues = sysFacts.map((f) => f.values.map((v) => ({ report: reportKey.get(v.report) ?? v.report, start: v.start, end: v.end })));
  const rows: { gold: string; goldStatus: string; system: string | null; systemStatus: string | null }[] = [];
  const goldOfSystem = new Map<string, GoldFact>();
  let matched = 0;
  let statusCorrect = 0;
  const linked: Record<string, { values: number; linked: number }> = {};
  for (const g of gold) {
    const located: Located[] = [];
    for (const v of g.values) {
      if (v.start !== null && v.end !== null) located.push({ report: v.report, start: v.start, end: v.end });
      else {
        const t = text(v.report);
        const at = t === null ? -1 : nthIndexOf(t, v.text, 1);
        if (at >= 0) located.push({ report: v.report, start: at, end: at + v.text.length });
      }
    }
    const goldReports = new Set(located.map((l) => l.report));
    if (goldReports.size > 1) {
      for (const l of located) {
        const lang = languageOf(l.report);
        const tally = (linked[lang] ??= { values: 0, linked: 0 });
        tally.values++;
        const holds = (values: typeof sysValues[number], at: Located) => values.some((v) => v.report === at.report && v.start < at.end && at.start < v.end);
        if (sysValues.some((values) => holds(values, l) && located.some((o) => o.report !== l.report && holds(values, o)))) tally.linked++;
      }
    }
    const need = g.status === 'single' || goldReports.size < 2 ? 1 : 2;
    // The fact holding the gold values in most reports; of those, one of the gold's kind (a quote fact, not
    // the figure fact whose number sits inside the quoted words), then the first.
    const kinds = goldKinds(g);
    let best: { i: number; n: number; kind: boolean } | null = null;
    sysValues.forEach((values, i) => {
      const hit = new Set<string>();
      for (const l of located) {
        if (values.some((v) => v.report === l.report && v.start < l.end && l.start < v.end)) hit.add(l.report);
      }
      const kind = kinds === null || kinds.has(sysFacts[i]!.kind ?? '');
      if (hit.size >= need && (!best || hit.size > best.n || (hit.size === best.n && kind && !best.kind))) best = { i, n: hit.size, kind };
    });
    const found = best as { i: number; n: number; kind: boolean } | null;
    const sys = found ? sysFacts[found.i]! : null;
    if (sys) {
      matched++;
      if (sys.status === g.status) statusCorrect++;
      if (!goldOfSystem.has(sys.id)) goldOfSystem.set(sys.id, g);
    }
    rows.push({ gold: g.id, goldStatus: g.status, system: sys?.id ?? null, systemStatus: sys?.status ?? null });
  }
  const conflicts = record.conflicts.length;
  const conflictsCorrect = record.conflicts.filter((id) => goldOfSystem.get(id)?.status === 'conflict').length;
  return {
    gold: gold.length,
    matched,
    recall: gold.length ? matched / gold.length : 0,
    statusCorrect,
    statusAccuracy: matched ? statusCorrect / matched : 0,
    conflicts,
    conflictsCorrect,
    conflictPrecision: conflicts ? conflictsCorrect / conflicts : null,
    rows,
    linked,
  };
}
