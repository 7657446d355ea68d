/**
 * Renderers: the story record as JSON (the contract), a Markdown fact sheet,
 * the exports (export.ts: CSV, JSON, ClaimReview JSON-LD), and one
 * self-contained HTML page (html.ts).
 */
import type { FactJson, StoryRecord } from '../model/record.js';
import { reportName } from './story-view.js';

export { renderHtml } from './html.js';
export { renderCsv, renderFactsJson, renderClaimReviews } from './export.js';
export { publicRecord, publicReport, publicSource } from './public.js';

export function renderJson(record: StoryRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

const outletOf = (record: StoryRecord, id: string) => reportName(record.reports.find((x) => x.id === id), id);
const allFacts = (record: StoryRecord): { event: string; fact: FactJson }[] =>
  record.events.flatMap((e) => e.facts.map((fact) => ({ event: e.label, fact })));
const ORDER = ['conflict', 'evolving', 'compatible', 'agree', 'single'];
const md = (s: unknown) => String(s ?? '').replace(/([|\\`*_[\]<>])/g, '\\$1').replace(/\n/g, ' ');

export function renderMarkdown(record: StoryRecord): string {
  const lines = ['# Fact sheet', ''];
  const dates = record.reports.map((r) => r.published).filter(Boolean).sort();
  lines.push(`${record.reports.length} reports from ${new Set(record.reports.map((r) => r.outlet ?? r.source)).size} sources, ${dates[0] ?? '?'} to ${dates.at(-1) ?? '?'}; ${record.conflicts.length} conflicts.`, '');
  for (const st of record.stories ?? []) {
    lines.push(`- story **${md(st.label)}**: ${st.reports.length} reports, events ${st.events.join(', ')}`);
  }
  if (record.stories) lines.push('');
  lines.push('| status | fact | event | values |', '|---|---|---|---|');
  for (const { event, fact } of allFacts(record).sort((a, b) => ORDER.indexOf(a.fact.status) - ORDER.indexOf(b.fact.status))) {
    const values = fact.values.map((v) => `${md(v.shown ?? v.value)} (“${md(v.text)}”, ${md(outletOf(record, v.report))}${v.voice !== 'asserted' ? `, ${v.voice}${v.attributedTo ? ` to ${md(v.attributedTo)}` : ''}` : ''})`).join('; ');
    lines.push(`| **${fact.status}** | ${md(fact.subject)} | ${md(event)} | ${values} |`);
  }
  if (record.checks?.length) {
    lines.push('', '## Consistency checks', '');
    for (const c of record.checks) lines.push(`- ${c.ok ? 'holds' : '**fails**'}: ${c.rule}: ${md(c.message)}${c.facts.length ? ` (${c.facts.join(', ')})` : ''}`);
  }
  if (record.quotes.length) {
    lines.push('', '## Quotes', '');
    for (const q of record.quotes) lines.push(`- **${md(q.speaker)}**: “${md(q.text)}” (${q.occurrences.map((o) => `${md(outletOf(record, o.report))}: ${o.difference}`).join(', ')})`);
  }
  const framing = record.framing;
  if (framing?.outlets?.length) {
    lines.push('', '## Sourcing and framing', '', '| outlet | asserted | attributed | hedged | quotes most | cites |', '|---|---|---|---|---|---|');
    for (const o of framing.outlets) {
      lines.push(`| ${md(o.outlet)} | ${o.voice.asserted} | ${o.voice.attributed} | ${o.voice.hedged} | ${o.quoted.slice(0, 3).map((q) => `${md(q.speaker)} (${q.words} words)`).join(', ')} | ${o.cites.map(md).join(', ')} |`);
    }
    for (const t of framing.terms ?? []) lines.push('', `**${md(t.subject)}**: ${Object.entries(t.terms).map(([o, w]) => `${md(o)}: ${w.map((x) => `“${md(x)}”`).join(', ')}`).join('; ')}`);
  }
  return lines.join('\n') + '\n';
}
