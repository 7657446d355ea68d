/**
 * The HTML story report: one self-contained page (inline CSS and JS, no
 * request anywhere, printable). Every value in the fact sheet links to its
 * span in the report reader below. All report text goes through esc().
 */
import type { Doc } from '../model/doc.js';
import type { FactValueJson, StoryRecord } from '../model/record.js';
import type { Range } from '../model/span.js';
import { docMentions } from './extract-line.js';
import { esc } from './escape.js';
import type { OutletFraming, TermChoice } from '../framing/index.js';

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}main{max-width:1100px;margin:auto;padding:24px}
h1{font-size:24px}h2{margin-top:32px;border-bottom:2px solid #dde;padding-bottom:4px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #dde;border-radius:8px;padding:10px 16px}.card b{display:block;font-size:22px}
table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #dde;padding:6px 8px;vertical-align:top;text-align:left}
.badge{border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff}.conflict{background:#c0392b}.evolving{background:#8e44ad}
.compatible{background:#d68910}.agree{background:#1e8449}.single{background:#7f8c8d}a.v{display:inline-block;margin:2px 6px 2px 0;text-decoration:none;color:#1d2330;background:#eef2f8;border-radius:4px;padding:1px 6px}
.reader{background:#fff;border:1px solid #dde;border-radius:8px;padding:12px 16px;white-space:pre-wrap;margin-bottom:16px}
mark{background:#fdf0c2}mark.time{background:#d6eaf8}mark.quote{background:#e8daef}mark.entity{background:#eaf2e3}mark.cue{background:none;text-decoration:underline dotted #8e44ad 2px}mark.hit{outline:3px solid #c0392b;background:#f9d1cc}
.muted{color:#667}.bar{background:#eee}.seg.asserted{fill:#2c5aa0}.seg.attributed{fill:#8e44ad}.seg.hedged{fill:#d68910}svg text{font-size:11px}@media print{.reader{white-space:pre-wrap}a.v{background:none}}`;

const JS = `document.addEventListener('click',function(e){var a=e.target.closest('a[data-span]');if(!a)return;
document.querySelectorAll('mark.hit').forEach(function(m){m.classList.remove('hit')});
(a.getAttribute('data-span')||'').split(' ').forEach(function(id){var m=document.getElementById(id);if(m){m.classList.add('hit');m.scrollIntoView({block:'center'})}});});`;

/** The id of the mark over `range` of a report, which value links point at. */
const spanId = (report: string, range: Range) => `s-${report}-${range.start}-${range.end}`;

interface Marked extends Range { readonly report: string; readonly kind: 'value' | 'cue' }

/** `marked`: the fact values and attribution cues of every report, each marked where it stands. */
function reader(doc: Doc, marked: readonly Marked[]): string {
  const text = doc.report.text;
  const marks = docMentions(doc).filter((m) => m.start >= doc.report.bodyStart);
  const extra = marked.filter((m) => m.report === doc.report.id);
  const all = [...marks.map((m) => ({ start: m.start, end: m.end, kind: m.kind })), ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = doc.report.bodyStart;
  for (const m of all) {
    if (m.start < at) continue;
    out += esc(text.slice(at, m.start));
    out += `<mark class="${m.kind}" id="${spanId(doc.report.id, m)}">${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + esc(text.slice(at));
}

const reportsOf = (n: number) => `${n} report${n === 1 ? '' : 's'}`;

function timeline(record: StoryRecord): string {
  const items = record.timeline.filter((t) => t.when);
  if (!items.length) return '<p class="muted">No dated events.</p>';
  const w = 1000;
  const step = items.length > 1 ? (w - 80) / (items.length - 1) : 0;
  // Close dots take turns above and below so their labels never overlap; a dot grows with its reports.
  const stagger = step < 90;
  const dots = items.map((t, i) => {
    const x = 40 + i * step;
    const ev = record.events.find((e) => e.id === t.event);
    const up = stagger && i % 2 === 1 ? 14 : 0;
    const r = 5 + Math.min(7, t.reports.length);
    return `<a href="#${esc(t.event)}"><title>${esc(ev?.label ?? '')}: ${reportsOf(t.reports.length)}</title><circle cx="${x}" cy="50" r="${r}" fill="#2c5aa0"/>`
      + `<text x="${x}" y="${80 + up}" text-anchor="middle">${esc(t.when?.value)}</text><text x="${x}" y="${26 - up}" text-anchor="middle">${esc(ev?.type ?? '')}</text></a>`;
  }).join('');
  return `<svg viewBox="0 0 ${w} 100" width="100%" role="img" aria-label="timeline"><line x1="30" y1="50" x2="${w - 30}" y2="50" stroke="#99a" stroke-width="2"/>${dots}</svg>`;
}

/** `nonce`, when given, is set on the inline style and script so a Content-Security-Policy can allow exactly them. */
function framing(record: StoryRecord): string {
  const f = record['framing'] as { outlets?: OutletFraming[]; terms?: TermChoice[] } | undefined;
  if (!f?.outlets?.length) return '<p class="muted">No sourcing data.</p>';
  const pct = (n: number, total: number) => (total ? Math.round((n / total) * 100) : 0);
  const rows = f.outlets.map((o) => {
    const total = o.voice.asserted + o.voice.attributed + o.voice.hedged;
    // An SVG bar, not inline styles: the page's Content-Security-Policy allows no style attributes.
    let x = 0;
    const bar = (['asserted', 'attributed', 'hedged'] as const).map((k) => {
      const w = (pct(o.voice[k], total) * 220) / 100;
      const rect = `<rect class="seg ${k}" x="${x}" y="0" width="${w}" height="10"/>`;
      x += w;
      return rect;
    }).join('');
    return `<tr><td>${esc(o.outlet)}</td><td><svg class="bar" width="220" height="10" role="img" aria-label="voice shares">${bar}</svg><br><span class="muted">${pct(o.voice.asserted, total)}% asserted, ${pct(o.voice.attributed, total)}% attributed, ${pct(o.voice.hedged, total)}% hedged (${total} claims)</span></td>
<td>${o.quoted.map((q) => `${esc(q.speaker)} <span class="muted">(${q.quotes}, ${q.words} words)</span>`).join('<br>')}</td><td>${o.cites.map(esc).join(', ')}</td></tr>`;
  }).join('\n');
  const terms = (f.terms ?? []).map((t) => `<tr><td>${esc(t.subject)}</td><td>${Object.entries(t.terms).map(([o, w]) => `<b>${esc(o)}</b>: ${w.map((x) => `“${esc(x)}”`).join(', ')}`).join('<br>')}</td></tr>`).join('\n');
  return `<table><thead><tr><th>outlet</th><th>voice of its claims</th><th>whom it quotes</th><th>cites</th></tr></thead><tbody>${rows}</tbody></table>
${terms ? `<h3>Words chosen for the same people</h3><table><thead><tr><th>counted</th><th>words per outlet</th></tr></thead><tbody>${terms}</tbody></table>` : ''}`;
}

export function renderHtml(record: StoryRecord, docs: readonly Doc[], opts: { nonce?: string } = {}): string {
  const n = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const outlet = (id: string) => record.reports.find((r) => r.id === id)?.outlet ?? docs.find((d) => d.report.id === id)?.report.source.split('/').pop() ?? id;
  const facts = record.events.flatMap((e) => e.facts.map((f) => ({ e, f })));
  const order = ['conflict', 'evolving', 'compatible', 'agree', 'single'];
  const counts = Object.fromEntries(order.map((s) => [s, facts.filter((x) => x.f.status === s).length]));
  // A value's mark wins over a cue's at the same place.
  const values = facts.flatMap(({ f }) => f.values);
  const byPlace = new Map<string, Marked>();
  for (const v of values) if (v.voiceCue) byPlace.set(spanId(v.report, v.voiceCue), { report: v.report, start: v.voiceCue.start, end: v.voiceCue.end, kind: 'cue' });
  for (const v of values) byPlace.set(spanId(v.report, v), { report: v.report, start: v.start, end: v.end, kind: 'value' });
  const marked = [...byPlace.values()];
  // A value's link lights its span and the words that attribute or hedge it.
  const valueLink = (v: FactValueJson) => {
    const ids = [spanId(v.report, v), ...(v.voiceCue ? [spanId(v.report, v.voiceCue)] : [])].join(' ');
    const voice = v.voice === 'asserted' ? '' : ` <i>${esc(v.voice)}${v.attributedTo ? ` to ${esc(v.attributedTo)}` : ''}</i>`;
    return `<a class="v" href="#r-${esc(v.report)}" data-span="${esc(ids)}" title="${esc(v.text)}"><b>${esc(v['shown'] ?? v.value)}</b> ${esc(outlet(v.report))}${voice}</a>`;
  };
  const dates = record.reports.map((r) => r.published).filter((d): d is string => Boolean(d)).map((d) => d.slice(0, 10)).sort();
  // The timeline and the facts' event column link to an event: its anchor sits on its first row.
  const anchored = new Set<string>();
  const anchor = (id: string) => (anchored.has(id) ? '' : (anchored.add(id), `<span id="${esc(id)}"></span>`));
  const rows = facts.sort((a, b) => order.indexOf(a.f.status) - order.indexOf(b.f.status)).map(({ e, f }) => `<tr id="${esc(f.id)}"><td>${anchor(e.id)}<span class="badge ${esc(f.status)}">${esc(f.status)}</span></td>
<td>${esc(f.subject)}<div class="muted">${esc(String(f['reason'] ?? ''))}</div></td><td><a href="#${esc(e.id)}">${esc(e.label)}</a></td>
<td>${f.values.map(valueLink).join('')}</td></tr>`).join('\n');
  const quotes = record.quotes.map((q) => `<tr><td>${esc(q.speaker)}</td><td>“${esc(q.text)}”</td><td>${q.occurrences.map((o) => `<a class="v" href="#r-${esc(o.report)}" data-span="${esc(spanId(o.report, o))}">${esc(outlet(o.report))}: ${esc(o.difference)}</a>`).join('')}</td></tr>`).join('\n');
  const stories = ((record['stories'] ?? []) as { id: string; label: string; reports: string[]; events: string[] }[])
    .map((st) => `<li><b>${esc(st.label)}</b> <span class="muted">${reportsOf(st.reports.length)}</span>${st.events.map((e) => ` <a href="#${esc(e)}">${esc(e)}</a>`).join('')}</li>`).join('\n');
  const checks = (record.checks ?? []).map((c) => `<li><span class="badge ${c.ok ? 'agree' : 'conflict'}">${c.ok ? 'holds' : 'fails'}</span> ${esc(c.rule)}: ${esc(c.message)}${c.facts.map((f) => ` <a href="#${esc(f)}">${esc(f)}</a>`).join('')}</li>`).join('\n');
  const readers = docs.map((d) => `<section id="r-${esc(d.report.id)}"><h3>${esc(d.report.meta.title ?? d.report.source)} <span class="muted">${esc(d.report.meta.outlet ?? '')} ${esc(d.report.meta.published ?? '')}</span></h3><div class="reader">${reader(d, marked)}</div></section>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>crosscheck story report</title><style${n}>${CSS}</style></head><body><main>
<h1>Story report</h1><div class="cards"><div class="card"><b>${record.reports.length}</b>reports</div><div class="card"><b>${new Set(record.reports.map((r) => r.outlet ?? r.source)).size}</b>sources</div>
<div class="card"><b>${esc(dates[0] ?? '?')} – ${esc(dates.at(-1) ?? '?')}</b>dates</div>${order.map((s) => `<div class="card"><b>${counts[s]}</b><span class="badge ${s}">${s}</span></div>`).join('')}</div>
${stories ? `<h2>Stories in this input</h2><ul class="checks">${stories}</ul>` : ''}
<h2>Timeline</h2>${timeline(record)}
<h2>Fact sheet</h2><table><thead><tr><th>status</th><th>fact</th><th>event</th><th>values (click to see the span)</th></tr></thead><tbody>${rows}</tbody></table>
${checks ? `<h2>Consistency checks</h2><ul class="checks">${checks}</ul>` : ''}
<h2>Quote ledger</h2><table><thead><tr><th>speaker</th><th>words</th><th>where</th></tr></thead><tbody>${quotes}</tbody></table>
<h2>Sourcing and framing</h2>${framing(record)}
<h2>Reports</h2>${readers}</main><script${n}>${JS}</script></body></html>\n`;
}
