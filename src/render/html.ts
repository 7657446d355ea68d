/**
 * The HTML story page: one self-contained page (inline CSS and JS, no request
 * anywhere, printable, readable down to 360 px) that answers first (title,
 * two-line summary), then shows what is disputed and why, the timeline, the
 * full fact sheet with filters and search, and the sources side by side. Every
 * value links to its span in the report reader below; a click lights it. All
 * report text goes through esc(); no machine path is shown (public.ts).
 */
import type { Doc } from '../model/doc.js';
import type { FactJson, FactValueJson, StoryRecord } from '../model/record.js';
import type { Range } from '../model/span.js';
import { docMentions } from './extract-line.js';
import { esc } from './escape.js';
import { publicSource } from './public.js';
import {
  PLACE_SAMPLE, allFacts, dayOf, displayOf, disputes, formatDate, formatRange, kindOf, placesFrom, reportName, reportsById, shownOf, sourceRows, storySummary, str,
  type Dispute, type SourceRow,
} from './story-view.js';

const CSS = `*{box-sizing:border-box}[hidden]{display:none!important}body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1100px;margin:auto;padding:16px}a{color:#1f4f96}h1{font-size:26px;line-height:1.25;margin:8px 0;overflow-wrap:anywhere}
h2{margin-top:32px;border-bottom:2px solid #d5d9e2;padding-bottom:4px;font-size:21px}h3{font-size:17px;margin:16px 0 6px}
a:focus-visible,button:focus-visible,summary:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #e0a800;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
.top{display:flex;flex-wrap:wrap;gap:6px 14px;font-size:14px}.summary{font-size:17px;margin:6px 0;max-width:75ch}.summary>span{display:block}
.meta,.muted{color:#5a6270}.meta{font-size:14px}.toc{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:14px;margin:10px 0}
.scroll{overflow-x:auto;max-width:100%}table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
td,th{border:1px solid #d5d9e2;padding:6px 8px;vertical-align:top;text-align:left;overflow-wrap:break-word}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.conflict{background:#b03a2e}.evolving{background:#7d3c98}.compatible{background:#8a5200}.agree{background:#1e7245}.single{background:#56636f}
a.v{display:inline-block;margin:2px 6px 2px 0;text-decoration:none;color:#1d2330;background:#eef2f8;border:1px solid #d5deec;border-radius:4px;padding:1px 6px}
a.v:hover{background:#dfe7f3}.kind{font-size:12px;color:#5a6270;border:1px solid #d5d9e2;border-radius:4px;padding:0 4px;margin-left:4px}
.dispute{background:#fff;border:1px solid #d5d9e2;border-left:4px solid #b03a2e;border-radius:6px;padding:10px 14px;margin:12px 0}
.dispute h3{margin:0 0 8px}.sides{display:flex;flex-wrap:wrap;gap:10px;align-items:flex-start}.side{flex:1 1 170px;border:1px solid #d5d9e2;border-radius:6px;padding:6px 10px;background:#fbfbfd;font-size:14px}.side a.v{margin:2px 0}
.side>b{font-size:20px;display:block}.why{margin:8px 0 0;padding-left:20px}
.timeline{list-style:none;padding:0;border-left:3px solid #99a;margin:0 0 0 6px}.timeline li{position:relative;padding:4px 0 8px 16px}
.timeline li::before{content:"";position:absolute;left:-8px;top:11px;width:13px;height:13px;border-radius:50%;background:#2c5aa0}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;margin:8px 0;background:#fff;border:1px solid #d5d9e2;padding:8px 10px;border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:13px;color:#5a6270}.filters input,.filters select{font:inherit;min-height:34px;max-width:100%}
details.singles{margin-top:10px}details.singles>summary{cursor:pointer;padding:8px 0;font-weight:600}
.reader{background:#fff;border:1px solid #d5d9e2;border-radius:8px;padding:12px 16px;white-space:pre-wrap;overflow-wrap:anywhere;margin-bottom:16px}
mark{background:#fdf0c2}mark.time{background:#d6eaf8}mark.quote{background:#e8daef}mark.entity{background:#eaf2e3}
mark.cue{background:none;text-decoration:underline dotted #7d3c98 2px}mark.hit{outline:3px solid #b03a2e;background:#f9d1cc}
.exports a{margin-right:12px}.count{white-space:nowrap}
@media (max-width:640px){main{padding:10px}h1{font-size:22px}table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack tr{border:1px solid #d5d9e2;margin-bottom:8px;background:#fff}table.stack td{border:0;border-top:1px solid #eef0f4;padding:4px 8px}
table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#5a6270}}
@media print{.top,.toc,.filters,.exports,.skip{display:none}body{background:#fff;font-size:12px}main{max-width:none;padding:0}.scroll{overflow:visible}
a.v{background:none;border:0;padding:0}a{color:#000}.badge{color:#000;background:none;border:1px solid #000}.dispute,tr,.side{break-inside:avoid}
h2{break-after:avoid}.reader{border:0;padding:0}mark.hit{outline:0}}`;

const JS = `document.addEventListener('click',function(e){var a=e.target.closest('a[data-span]');if(!a)return;
document.querySelectorAll('mark.hit').forEach(function(m){m.classList.remove('hit')});
(a.getAttribute('data-span')||'').split(' ').forEach(function(id,i){var m=document.getElementById(id);if(m){m.classList.add('hit');if(i===0)m.scrollIntoView({block:'center'})}});});
(function(){var F=document.getElementById('filters');if(!F)return;var rows=[].slice.call(document.querySelectorAll('#facts tr[data-status]'));
function val(id){var el=document.getElementById(id);return el?el.value:''}
function apply(){var st=val('f-status'),o=val('f-outlet'),l=val('f-language'),k=val('f-kind'),q=val('f-q').trim().toLowerCase(),n=0,ns=0;
rows.forEach(function(r){var ok=(!st||r.getAttribute('data-status')===st)&&(!o||r.getAttribute('data-outlets').split('|').indexOf(o)>=0)
&&(!l||r.getAttribute('data-languages').split('|').indexOf(l)>=0)&&(!k||r.getAttribute('data-kind')===k)&&(!q||r.getAttribute('data-text').indexOf(q)>=0);
r.hidden=!ok;if(ok){n++;if(r.getAttribute('data-status')==='single')ns++}});
document.getElementById('f-count').textContent=n+' of '+rows.length+' facts match';var d=document.getElementById('singles');if(d&&(st||o||l||k||q))d.open=ns>0;}
F.addEventListener('input',apply);F.addEventListener('change',apply);F.addEventListener('submit',function(e){e.preventDefault()});})();
document.addEventListener('click',function(e){var a=e.target.closest('a[href^="#"]');if(!a)return;var t=document.getElementById(a.getAttribute('href').slice(1));
var d=t&&t.closest('details');if(d&&!d.open){d.open=true;t.scrollIntoView({block:'center'})}});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});`;

/** The id of the mark over `range` of a report, which value links point at. */
const spanId = (report: string, range: Range) => `s-${report}-${range.start}-${range.end}`;

interface Marked extends Range { readonly report: string; readonly kind: 'value' | 'cue' | 'quote' }

interface Placed extends Range { readonly kind: string; readonly id: string }

/**
 * A report's text with its marks. `linked` (the values, cues and quotes links point at) are placed
 * first, nested where one holds another; one that only partly overlaps a placed one is not placed,
 * and `alias` sends its links to the mark it overlaps. Mentions (time, quantity, quote, entity) only
 * colour the text where no linked mark stands.
 */
function reader(doc: Doc, linked: readonly Marked[], alias: Map<string, string>): string {
  const { text, id: report } = doc.report;
  const byStart = <T extends Range>(a: T, b: T) => a.start - b.start || b.end - a.end;
  const placed: Placed[] = [];
  const open: Placed[] = [];
  for (const m of [...linked].sort(byStart)) {
    const id = spanId(report, m);
    while (open.length && open.at(-1)!.end <= m.start) open.pop();
    const holder = open.at(-1);
    if (holder && m.end > holder.end) {
      alias.set(id, holder.id);
      continue;
    }
    const mark = { start: m.start, end: m.end, kind: m.kind, id };
    placed.push(mark);
    open.push(mark);
  }
  const overlaps = (m: Range) => placed.some((p) => m.start < p.end && p.start < m.end);
  let last = -1;
  for (const m of docMentions(doc).filter((x) => x.start >= doc.report.bodyStart)) {
    if (m.start < last || overlaps(m)) continue;
    placed.push({ start: m.start, end: m.end, kind: m.kind, id: spanId(report, m) });
    last = m.end;
  }
  placed.sort(byStart);
  // A value in the headline of a header block starts the reader at the top, else it starts at the body.
  let at = Math.min(doc.report.bodyStart, ...placed.map((p) => p.start));
  let out = '';
  const stack: Placed[] = [];
  const close = () => {
    const top = stack.pop()!;
    out += `${esc(text.slice(at, top.end))}</mark>`;
    at = top.end;
  };
  for (const m of placed) {
    while (stack.length && stack.at(-1)!.end <= m.start) close();
    out += `${esc(text.slice(at, m.start))}<mark class="${m.kind}" id="${esc(m.id)}">`;
    at = m.start;
    stack.push(m);
  }
  while (stack.length) close();
  return out + esc(text.slice(at));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const badge = (status: string) => `<span class="badge ${esc(status)}">${esc(status)}</span>`;
const voiceWords = (v: FactValueJson) => (v.voice === 'asserted' ? '' : `${v.voice}${v.attributedTo ? ` to ${v.attributedTo}` : ''}`);

/** Where the page's links and exports go, when served (`crosscheck serve`); a file written by `analyze` has none. */
export interface HtmlOptions {
  /** Set on the inline style and script so a Content-Security-Policy can allow exactly them. */
  readonly nonce?: string;
  /** The story's name as stored; else the record's own or its earliest headline. */
  readonly title?: string | null;
  /** The places the summary names, when the caller reads them as its story list does (else from `docs`). */
  readonly places?: readonly string[];
  /** The story list's address: the page links back to it. */
  readonly back?: string;
  /** Addresses of the fact sheet's exports. */
  readonly exports?: { readonly csv: string; readonly json: string; readonly jsonld: string };
}

export function renderHtml(record: StoryRecord, docs: readonly Doc[], opts: HtmlOptions = {}): string {
  const n = opts.nonce ? ` nonce="${esc(opts.nonce)}"` : '';
  const byId = reportsById(record);
  const name = (id: string) => (byId.has(id) ? reportName(byId.get(id), id) : publicSource(docs.find((d) => d.report.id === id)?.report.source ?? id));
  const languages = new Map(docs.map((d) => [d.report.id, d.report.meta.language]));
  const summary = storySummary(record, { title: opts.title, places: opts.places ?? placesFrom(docs.slice(0, PLACE_SAMPLE).map((d) => d.entity ?? [])) });
  const facts = allFacts(record);
  const order = ['conflict', 'evolving', 'compatible', 'agree', 'single'];
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  // A value's mark wins over a cue's or a quote's at the same place.
  const values = facts.flatMap(({ fact }) => fact.values ?? []);
  const byPlace = new Map<string, Marked>();
  for (const v of values) if (v.voiceCue) byPlace.set(spanId(v.report, v.voiceCue), { report: v.report, start: v.voiceCue.start, end: v.voiceCue.end, kind: 'cue' });
  for (const v of values) byPlace.set(spanId(v.report, v), { report: v.report, start: v.start, end: v.end, kind: 'value' });
  for (const q of record.quotes ?? []) for (const o of q.occurrences ?? []) if (!byPlace.has(spanId(o.report, o))) byPlace.set(spanId(o.report, o), { report: o.report, start: o.start, end: o.end, kind: 'quote' });
  // The readers come first, so every link knows the mark it lights.
  const alias = new Map<string, string>();
  const linked = new Map<string, Marked[]>();
  for (const m of byPlace.values()) {
    const list = linked.get(m.report);
    if (list) list.push(m);
    else linked.set(m.report, [m]);
  }
  const readerOf = new Map(docs.map((d) => [d.report.id, reader(d, linked.get(d.report.id) ?? [], alias)]));
  const ref = (report: string, range: Range) => alias.get(spanId(report, range)) ?? spanId(report, range);
  // A value's link lights its span and the words that attribute or hedge it; `label` replaces what the link says.
  const valueLink = (v: FactValueJson, label?: string) => {
    const ids = [...new Set([ref(v.report, v), ...(v.voiceCue ? [ref(v.report, v.voiceCue)] : [])])].join(' ');
    const asOf = str(v.asOf);
    const voice = voiceWords(v);
    const body = label ?? `<b>${esc(displayOf(v))}</b> ${esc(name(v.report))}${voice ? ` <i>${esc(voice)}</i>` : ''}${asOf ? ` <span class="muted">as of ${esc(formatDate(asOf))}</span>` : ''}`;
    return `<a class="v" href="#r-${esc(v.report)}" data-span="${esc(ids)}" title="${esc(v.text)}">${body}</a>`;
  };

  const figures = summary.figures.map((f) => `${esc(f.fact.subject.replace(/\s*\([^)]*\)$/, '') || f.fact.subject)} ${valueLink(f.latest, `<b>${esc(shownOf(f.latest))}</b>`)}`
    + ` <span class="muted">(${esc(f.source)}${f.date ? `, ${esc(formatDate(dayOf(f.date)))}` : ''})</span>`).join('; ');
  const line2 = figures ? `Latest: ${figures}.` : esc(summary.lines[1]);
  const disputed = disputes(record);
  const head = `${opts.back ? `<nav class="top" aria-label="site"><a href="${esc(opts.back)}">← All stories</a></nav>` : ''}
<h1>${esc(summary.title)}</h1><p class="summary" id="summary"><span>${esc(summary.lines[0])}</span><span>${line2}</span></p>
<p class="meta">${plural(summary.reports, 'report')} · ${plural(summary.outlets, 'outlet')} · ${esc(formatRange(summary.first, summary.last) || 'no dates')} · ${order.map((s) => `<span class="count">${facts.filter(({ fact }) => fact.status === s).length} ${badge(s)}</span>`).join(' ')}</p>
${opts.exports ? `<p class="exports">Export the fact sheet: <a href="${esc(opts.exports.csv)}" download>CSV</a><a href="${esc(opts.exports.json)}" download>JSON</a><a href="${esc(opts.exports.jsonld)}" download>ClaimReview JSON-LD</a></p>` : ''}
<nav class="toc" aria-label="sections"><a href="#disputed">Disputed (${disputed.length})</a><a href="#timeline">Timeline</a><a href="#facts">Fact sheet (${facts.length})</a><a href="#sources">Sources (${summary.reports})</a><a href="#quotes">Quotes</a><a href="#reports">Reports</a></nav>`;

  const disputeCard = (d: Dispute) => `<article class="dispute" id="d-${esc(d.fact.id)}"><h3>${esc(d.fact.subject)} ${badge(d.fact.status)}</h3><div class="sides">${d.groups.map((g) => `<div class="side"><b>${esc(g.shown)}</b>${g.values.map((dv) => {
    const voice = voiceWords(dv.value);
    return valueLink(dv.value, `${esc(dv.source)}${dv.date ? `, ${esc(formatDate(dayOf(dv.date)))}` : ''}${dv.dateHow === 'as of' ? ' (as of)' : ''} · ${voice ? esc(voice) : 'in its own voice'}`);
  }).join('<br>')}</div>`).join('')}</div>
<ul class="why" aria-label="why they may differ">${d.reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>${str(d.fact.reason) ? `<p class="muted">crosscheck: ${esc(d.fact.reason)}</p>` : ''}</article>`;
  const disputedHtml = disputed.length ? disputed.map(disputeCard).join('\n') : '<p class="muted">No fact is disputed: where reports give a figure, they agree or differ only in precision or time.</p>';

  const events = new Map((record.events ?? []).map((e) => [e.id, e]));
  const timeline = (record.timeline ?? []).filter((t) => t.when && events.has(t.event)).sort((a, b) => a.when!.value.localeCompare(b.when!.value));
  const inTimeline = new Set(timeline.map((t) => t.event));
  const timelineHtml = timeline.length ? `<ol class="timeline">${timeline.map((t) => {
    const e = events.get(t.event)!;
    return `<li id="t-${esc(e.id)}"><b>${esc(formatDate(t.when!.value))}</b> ${esc(e.type.replace(/[-_]/g, ' '))} <span class="muted">(${plural(t.reports.length, 'report')}: ${esc([...new Set(t.reports.map(name))].join(', '))}; ${plural((e.facts ?? []).length, 'fact')})</span></li>`;
  }).join('')}</ol>` : '<p class="muted">No dated events.</p>';

  const outletsOf = (f: FactJson) => [...new Set((f.values ?? []).map((v) => name(v.report)))];
  const languagesOf = (f: FactJson) => [...new Set((f.values ?? []).map((v) => str(byId.get(v.report)?.language) ?? languages.get(v.report) ?? '').filter(Boolean))];
  const row = ({ event, fact }: (typeof facts)[number]) => `<tr id="${esc(fact.id)}" data-status="${esc(fact.status)}" data-kind="${esc(kindOf(fact))}" data-outlets="${esc(outletsOf(fact).join('|'))}" data-languages="${esc(languagesOf(fact).join('|'))}"
 data-text="${esc([fact.subject, fact.attribute, str(fact.reason) ?? '', ...(fact.values ?? []).flatMap((v) => [shownOf(v), displayOf(v), v.text, v.attributedTo ?? '', name(v.report)])].join(' ').toLowerCase())}">
<td data-label="status">${badge(fact.status)}</td><td data-label="fact">${esc(fact.subject)}<span class="kind">${esc(kindOf(fact))}</span>${str(fact.reason) ? `<div class="muted">${esc(fact.reason)}</div>` : ''}</td>
<td data-label="event">${inTimeline.has(event.id) ? `<a href="#t-${esc(event.id)}">${esc(event.label)}</a>` : esc(event.label)}</td><td data-label="values">${(fact.values ?? []).map((v) => valueLink(v)).join('')}</td></tr>`;
  const sorted = [...facts].sort((a, b) => rank(a.fact.status) - rank(b.fact.status));
  const thead = '<thead><tr><th>status</th><th>fact</th><th>event</th><th>values (click one to see it in its report)</th></tr></thead>';
  const many = sorted.filter(({ fact }) => fact.status !== 'single');
  const singles = sorted.filter(({ fact }) => fact.status === 'single');
  const options = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort().map((x) => `<option>${esc(x)}</option>`).join('');
  const allLanguages = facts.flatMap(({ fact }) => languagesOf(fact));
  const filters = `<form class="filters" id="filters" role="search" aria-label="filter the facts">
<label for="f-q">search<input id="f-q" type="search" placeholder="a word, a figure, a name"></label>
<label for="f-status">status<select id="f-status"><option value="">any</option>${order.map((s) => `<option>${s}</option>`).join('')}</select></label>
<label for="f-outlet">outlet<select id="f-outlet"><option value="">any</option>${options(facts.flatMap(({ fact }) => outletsOf(fact)))}</select></label>
${allLanguages.length ? `<label for="f-language">language<select id="f-language"><option value="">any</option>${options(allLanguages)}</select></label>` : ''}
<label for="f-kind">kind<select id="f-kind"><option value="">any</option>${options(facts.map(({ fact }) => kindOf(fact)))}</select></label>
<output id="f-count" aria-live="polite">${plural(facts.length, 'fact')}</output></form>`;
  const factsHtml = `${filters}<div class="scroll"><table class="stack" id="fact-table">${thead}<tbody>${many.map(row).join('\n')}</tbody></table></div>
${singles.length ? `<details class="singles" id="singles"><summary>${plural(singles.length, 'fact')} given by one report only</summary><div class="scroll"><table class="stack">${thead}<tbody>${singles.map(row).join('\n')}</tbody></table></div></details>` : ''}`;

  const checks = (record.checks ?? []).map((c) => `<li>${c.ok ? '<span class="badge agree">holds</span>' : '<span class="badge conflict">fails</span>'} ${esc(c.rule)}: ${esc(c.message)}${c.facts.map((f) => ` <a href="#${esc(f)}">${esc(f)}</a>`).join('')}</li>`).join('\n');
  const stories = (record.stories ?? [])
    .map((st) => `<li><b>${esc(st.label)}</b> <span class="muted">${plural(st.reports.length, 'report')}</span>${st.events.filter((e) => inTimeline.has(e)).map((e) => ` <a href="#t-${esc(e)}">${esc(e)}</a>`).join('')}</li>`).join('\n');
  const quotes = (record.quotes ?? []).map((q) => `<tr><td data-label="speaker">${esc(q.speaker)}</td><td data-label="words">“${esc(q.text)}”</td><td data-label="where">${q.occurrences.map((o) => `<a class="v" href="#r-${esc(o.report)}" data-span="${esc(ref(o.report, o))}">${esc(name(o.report))}: ${esc(o.difference)}</a>`).join('')}</td></tr>`).join('\n');

  const rows = sourceRows(record, languages);
  // A language column only when some report says its language.
  const withLanguage = rows.some((s) => s.language);
  const sourceRow = (s: SourceRow) => `<tr id="src-${esc(s.id)}"><td data-label="outlet"><b>${esc(s.outlet)}</b></td><td data-label="headline"><a href="#r-${esc(s.id)}">${esc(s.title ?? publicSource(byId.get(s.id)?.source ?? s.id))}</a></td>
<td data-label="date">${esc(formatDate(s.published)) || '<span class="muted">unknown</span>'}${s.how ? `<div class="muted">${esc(s.how)}</div>` : ''}</td>${withLanguage ? `<td data-label="language">${esc(s.language ?? '')}</td>` : ''}
<td data-label="original">${s.url ? `<a href="${esc(s.url)}" rel="noopener noreferrer nofollow">${esc(new URL(s.url).host)}</a>` : '<span class="muted">no URL</span>'}</td>
<td data-label="copies">${s.copies ? `<a href="#src-${esc(s.copies.id)}">${esc(s.copies.name)}</a>` : ''}</td><td data-label="cites">${esc(s.cites.join(', '))}</td>
<td data-label="voice">${s.voice.asserted} asserted, ${s.voice.attributed} attributed, ${s.voice.hedged} hedged</td><td data-label="quotes">${esc(s.quoted.map((q) => `${q.speaker} (${q.quotes})`).join(', '))}</td></tr>`;
  const terms = (record.framing?.terms ?? []).map((t) => `<tr><td data-label="counted">${esc(t.subject)}</td><td data-label="words">${Object.entries(t.terms).map(([o, w]) => `<b>${esc(o)}</b>: ${w.map((x) => `“${esc(x)}”`).join(', ')}`).join('<br>')}</td></tr>`).join('\n');
  const sourcesHtml = `<div class="scroll"><table class="stack" id="source-table"><thead><tr><th>outlet</th><th>headline</th><th>date (how known)</th>${withLanguage ? '<th>language</th>' : ''}<th>original</th><th>copies</th><th>cites</th><th>voice of its values</th><th>quotes</th></tr></thead>
<tbody>${rows.map(sourceRow).join('\n')}</tbody></table></div>
${terms ? `<h3>Words chosen for the same people</h3><div class="scroll"><table class="stack"><thead><tr><th>counted</th><th>words per outlet</th></tr></thead><tbody>${terms}</tbody></table></div>` : ''}`;

  const readers = docs.map((d) => {
    const r = byId.get(d.report.id);
    const when = r?.published ?? d.report.meta.published;
    return `<section id="r-${esc(d.report.id)}"><h3>${esc(d.report.meta.title ?? publicSource(d.report.source))} <span class="muted">${esc(name(d.report.id))}${when ? `, ${esc(formatDate(when))}` : ''}</span></h3><div class="reader">${readerOf.get(d.report.id)}</div></section>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(summary.title)} · crosscheck</title><style${n}>${CSS}</style></head><body><a class="skip" href="#disputed">Skip to what is disputed</a><main>
${head}
<section id="disputed"><h2>Disputed</h2>${disputedHtml}</section>
<section id="timeline"><h2>Timeline</h2>${timelineHtml}</section>
<section id="facts"><h2>Fact sheet</h2>${factsHtml}</section>
${checks ? `<section id="checks"><h2>Consistency checks</h2><ul>${checks}</ul></section>` : ''}
${stories ? `<section id="stories"><h2>Stories in this input</h2><ul>${stories}</ul></section>` : ''}
<section id="sources"><h2>Sources side by side</h2>${sourcesHtml}</section>
<section id="quotes"><h2>Quote ledger</h2>${quotes ? `<div class="scroll"><table class="stack"><thead><tr><th>speaker</th><th>words</th><th>where</th></tr></thead><tbody>${quotes}</tbody></table></div>` : '<p class="muted">No quotes.</p>'}</section>
<section id="reports"><h2>Reports</h2>${readers || '<p class="muted">The reports\' texts are not part of this page.</p>'}</section></main><script${n}>${JS}</script></body></html>\n`;
}
