/**
 * The fact sheet as a fact-checking desk takes it: CSV (one row per value),
 * JSON (facts with their values and the reports they come from), and each
 * fact as a schema.org ClaimReview-shaped JSON-LD item (the claim, who said
 * it, where and when) without a verdict: crosscheck compares reports, it does
 * not rate claims. No export names a machine's file path (public.ts).
 */
import type { FactJson, FactValueJson, ReportJson, StoryRecord } from '../model/record.js';
import { publicSource, safeUrl } from './public.js';
import { allFacts, kindOf, reportName, reportsById, shownOf, str, valueDate } from './story-view.js';

const csvCell = (s: unknown) => {
  const v = String(s ?? '');
  return /[",\n]/.test(v) || /^[=+\-@]/.test(v) ? `"${v.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : v;
};

const CSV_HEAD = ['fact', 'attribute', 'subject', 'status', 'event', 'value', 'text', 'report', 'outlet', 'start', 'end', 'voice', 'attributed_to',
  'kind', 'date', 'date_from', 'language', 'url'];

const language = (r: ReportJson | undefined) => str(r?.language);

/** One row per fact value; cells a spreadsheet would run as a formula are defused. */
export function renderCsv(record: StoryRecord): string {
  const byId = reportsById(record);
  const rows = [CSV_HEAD];
  for (const { event, fact } of allFacts(record)) {
    for (const v of fact.values ?? []) {
      const r = byId.get(v.report);
      const { date, how } = valueDate(v, r);
      rows.push([fact.id, fact.attribute, fact.subject, fact.status, event.label, String(v.value), v.text, v.report, reportName(r, v.report),
        String(v.start), String(v.end), v.voice, v.attributedTo ?? '', kindOf(fact), date ?? '', how ?? '', language(r) ?? '', safeUrl(r?.url) ?? '']);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

const valueOut = (v: FactValueJson, r: ReportJson | undefined) => {
  const { date, how } = valueDate(v, r);
  return { value: v.value, shown: shownOf(v), text: v.text, report: v.report, outlet: reportName(r, v.report), start: v.start, end: v.end,
    voice: v.voice, attributedTo: v.attributedTo, date, dateFrom: how };
};

/** The fact sheet as JSON: the reports (no file paths) and every fact with its values. */
export function renderFactsJson(record: StoryRecord, story: { id?: string; title?: string } = {}): string {
  const byId = reportsById(record);
  const reports = (record.reports ?? []).map((r) => ({ id: r.id, outlet: r.outlet, title: r.title, published: r.published, publishedSource: r.publishedSource,
    language: language(r), url: safeUrl(r.url), name: publicSource(r.source), duplicateOf: r.duplicateOf ?? null, cites: r.cites ?? [] }));
  const facts = allFacts(record).map(({ event, fact }: { event: { id: string; label: string }; fact: FactJson }) => ({
    id: fact.id, event: event.id, eventLabel: event.label, kind: kindOf(fact), attribute: fact.attribute, subject: fact.subject, status: fact.status,
    reason: str(fact.reason), values: (fact.values ?? []).map((v) => valueOut(v, byId.get(v.report))),
  }));
  return JSON.stringify({ schema: 'crosscheck/1', kind: 'fact-sheet', story: story.id ?? null, title: story.title ?? null, reports, facts }, null, 2) + '\n';
}

/** Who said a value: the one it is attributed to, else the outlet that asserts it. */
const authorOf = (v: FactValueJson, r: ReportJson | undefined) =>
  v.attributedTo ? { '@type': 'Thing', name: v.attributedTo } : { '@type': 'Organization', name: reportName(r, v.report) };

/**
 * Each fact as a ClaimReview without a reviewRating: `claimReviewed` states the fact, and
 * `itemReviewed` holds one Claim per value (its words, who said it, when, and the article it
 * appeared in). `description` says how the reports compare, which is not a verdict on the claim.
 */
export function renderClaimReviews(record: StoryRecord): string {
  const byId = reportsById(record);
  const items = allFacts(record).map(({ fact }) => ({
    '@type': 'ClaimReview',
    identifier: fact.id,
    claimReviewed: `${fact.subject}: ${[...new Set((fact.values ?? []).map(shownOf))].join(' / ')}`,
    description: `${fact.status}${str(fact.reason) ? `: ${String(fact.reason)}` : ''}`,
    itemReviewed: (fact.values ?? []).map((v) => {
      const r = byId.get(v.report);
      const { date } = valueDate(v, r);
      return {
        '@type': 'Claim',
        text: v.text,
        author: authorOf(v, r),
        ...(date ? { datePublished: date } : {}),
        appearance: {
          '@type': 'NewsArticle',
          ...(safeUrl(r?.url) ? { url: safeUrl(r?.url) } : {}),
          headline: r?.title ?? publicSource(r?.source ?? v.report),
          ...(r?.outlet ? { publisher: { '@type': 'Organization', name: r.outlet } } : {}),
          ...(r?.published ? { datePublished: r.published } : {}),
          ...(language(r) ? { inLanguage: language(r) } : {}),
        },
      };
    }),
  }));
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }, null, 2) + '\n';
}
