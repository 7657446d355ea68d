/**
 * The web UI's pages and exports (`crosscheck serve`): the story list (each
 * story's summary line, size and dates, a search, an upload that shows its
 * progress and then opens the story), the story page (render/html.ts, with a
 * way back and the exports), and the fact sheet as CSV, JSON and ClaimReview
 * JSON-LD. Pages only read the store; no machine path reaches them.
 */
import type { Hono } from 'hono';
import type { Doc } from '../model/doc.js';
import type { StoryRecord } from '../model/record.js';
import { docFromLine } from '../corpus/stored.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { esc } from '../render/escape.js';
import { renderHtml } from '../render/html.js';
import { renderClaimReviews, renderCsv, renderFactsJson } from '../render/export.js';
import { PLACE_SAMPLE, formatRange, placesFrom, storySummary } from '../render/story-view.js';
import type { Store, StoryRow } from '../store/store.js';

export type PageEnv = { Variables: { nonce: string } };

/** Stories listed on one page, newest first: each costs a record read, so the list is bounded. */
const LIST_LIMIT = 200;

const CSS = `*{box-sizing:border-box}[hidden]{display:none!important}body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1d2330}main{max-width:960px;margin:auto;padding:16px}
a{color:#1f4f96}h1{font-size:26px;margin:8px 0}h2{font-size:19px;margin:0 0 4px;overflow-wrap:anywhere}.muted{color:#5a6270}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #e0a800;outline-offset:2px}
.stories{list-style:none;padding:0}.story{background:#fff;border:1px solid #d5d9e2;border-radius:8px;padding:12px 16px;margin:10px 0}.story p{margin:4px 0}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff;background:#b03a2e}
.find{display:flex;gap:8px;flex-wrap:wrap;align-items:center}.find input{flex:1 1 220px;font:inherit;min-height:38px;padding:4px 8px}
form.up{background:#fff;border:1px solid #d5d9e2;border-radius:8px;padding:12px 16px}form.up label{display:block;margin:6px 0}
textarea{width:100%;height:140px;font:inherit}input,button,textarea{font:inherit;max-width:100%}button{min-height:38px;padding:4px 14px}progress{width:220px;max-width:100%}
@media (max-width:640px){main{padding:10px}h1{font-size:22px}}@media print{.find,form.up,#upload{display:none}body{background:#fff}.story{break-inside:avoid}}`;

function layout(title: string, body: string, nonce: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>`
    + `<style nonce="${esc(nonce)}">${CSS}</style></head><body><main>${body}</main>${script ? `<script nonce="${esc(nonce)}">${script}</script>` : ''}</body></html>`;
}

const FILTER_JS = `(function(){var q=document.getElementById('q'),items=[].slice.call(document.querySelectorAll('.story'));if(!q)return;
function apply(){var w=q.value.trim().toLowerCase(),n=0;items.forEach(function(li){var ok=!w||li.getAttribute('data-text').indexOf(w)>=0;li.hidden=!ok;if(ok)n++});
document.getElementById('count').textContent=n+' of '+items.length+' stories';}
q.addEventListener('input',apply);document.getElementById('find').addEventListener('submit',function(e){e.preventDefault();apply()});apply();})();`;

// Files are read in the browser and sent as JSON; the bar shows the upload, then an open bar while the server analyses.
const UPLOAD_JS = `(function(){var f=document.getElementById('up');if(!f)return;var box=document.getElementById('progress'),bar=document.getElementById('bar'),st=document.getElementById('status');
function say(t){st.textContent=t}function clean(n){return (n||'report.txt').replace(/[^\\w.-]/g,'_').slice(0,200)}
f.addEventListener('submit',async function(e){e.preventDefault();var items=[],files=[].slice.call(document.getElementById('files').files);
for(var i=0;i<files.length;i++){var t=await files[i].text(),n=clean(files[i].name);items.push(/\\.html?$/i.test(n)?{name:n,html:t}:{name:n,text:t})}
var text=document.getElementById('text').value;if(text.trim())items.push({name:clean(document.getElementById('name').value),text:text});
box.hidden=false;if(!items.length){bar.value=0;say('Choose a file or paste a report first.');return}
var x=new XMLHttpRequest();x.open('POST','/api/reports');x.setRequestHeader('content-type','application/json');bar.value=0;say('Sending '+items.length+' report(s)…');
x.upload.onprogress=function(ev){if(ev.lengthComputable)bar.value=Math.round(ev.loaded/ev.total*100)};
x.upload.onload=function(){bar.removeAttribute('value');say('Analysing '+items.length+' report(s)…')};
x.onload=function(){var j=null;try{j=JSON.parse(x.responseText)}catch(_){}
if(x.status>=200&&x.status<300&&j){bar.value=100;if(j.story){say('Done: opening the story…');location.href='/stories/'+encodeURIComponent(j.story)}else{say('Stored; the story list will show it once it is analysed.');setTimeout(function(){location.reload()},1500)}}
else{bar.value=0;say((j&&j.error&&j.error.message)||('The upload failed ('+x.status+').'))}};
x.onerror=function(){bar.value=0;say('The upload failed: the server could not be reached.')};x.send(JSON.stringify(items));});})();`;

interface Listed { readonly row: StoryRow; readonly record: StoryRecord; readonly places: readonly string[] }

/** A story as the list shows it, for one version of its row. */
interface Entry { readonly version: string; readonly places: readonly string[]; readonly last: string; readonly size: number; readonly item: string }

function storyItem({ row, record, places }: Listed): string {
  const s = storySummary(record, { title: row.title, places });
  const outlets = [...new Set((record.reports ?? []).map((r) => r.outlet).filter(Boolean))].join(' ');
  const text = `${s.title} ${s.lines.join(' ')} ${outlets}`.toLowerCase();
  return `<li class="story" data-text="${esc(text)}"><h2><a href="/stories/${encodeURIComponent(row.id)}">${esc(s.title)}</a></h2><p>${esc(s.lines[0])}<br>${esc(s.lines[1])}</p>`
    + `<p class="muted">${s.reports} report${s.reports === 1 ? '' : 's'} · ${s.outlets} outlet${s.outlets === 1 ? '' : 's'} · ${esc(formatRange(s.first, s.last) || 'no dates')}`
    + `${s.disputed ? ` · <span class="badge">disputed</span> ${s.disputed} fact${s.disputed === 1 ? '' : 's'}` : ''}</p></li>`;
}

const UPLOAD_FORM = `<section id="upload"><h2>Add reports</h2><form class="up" id="up">
<label for="files">Report files (.txt, .html, .xml, .jsonl)</label><input id="files" type="file" multiple accept=".txt,.html,.htm,.xml,.rss,.atom,.jsonl">
<label for="text">or paste one report (an optional header such as “published: 2025-03-16”, a blank line, then the text)</label><textarea id="text"></textarea>
<label for="name">its file name</label><input id="name" value="report.txt">
<p><button type="submit">Upload and analyse</button></p><div id="progress" hidden><progress id="bar" max="100" value="0"></progress> <span id="status" role="status" aria-live="polite"></span></div></form></section>`;

/** Mounts the pages and exports on `app`; `docsOf` gives a story's documents (for the report readers). */
export function mountPages(app: Hono<PageEnv>, store: Store, docsOf: (ids: readonly string[]) => Promise<Doc[]>): void {
  /**
   * The places a story's summary names, from its earliest reports' stored lines with their names
   * linked across them: the list and the story page both read them so, and say the same.
   */
  const placesOf = async (row: StoryRow): Promise<string[]> => {
    const sample = (await store.listAnnotated(row.reports.slice(0, PLACE_SAMPLE))).flatMap((a) => (a.line ? docFromLine(a.report, a.line) ?? [] : []));
    return placesFrom(linkEntitiesAcross(sample).map((d) => d.entity ?? []));
  };
  // A story's list entry is read once per version of its row: reading every record and its
  // reports' lines on each visit would grow with the store.
  const entries = new Map<string, Entry>();
  const entryOf = async (row: StoryRow): Promise<Entry | null> => {
    const version = `${row.updatedAt}|${row.title}|${row.reports.length}`;
    const hit = entries.get(row.id);
    if (hit?.version === version) return hit;
    const story = await store.getStory(row.id);
    if (!story) return null;
    const places = await placesOf(row);
    const last = (story.record.reports ?? []).map((r) => r.published ?? '').sort().at(-1) ?? '';
    const entry = { version, places, last, size: row.reports.length, item: storyItem({ row, record: story.record, places }) };
    entries.set(row.id, entry);
    return entry;
  };

  app.get('/', async (c) => {
    const rows = await store.listStories();
    const live = new Set(rows.map((r) => r.id));
    for (const id of entries.keys()) if (!live.has(id)) entries.delete(id);
    const listed: Entry[] = [];
    for (const row of rows) {
      const entry = await entryOf(row);
      if (entry) listed.push(entry);
    }
    listed.sort((a, b) => b.last.localeCompare(a.last) || b.size - a.size);
    const shown = listed.slice(0, LIST_LIMIT);
    const q = (c.req.query('q') ?? '').slice(0, 200);
    const list = shown.length
      ? `<form class="find" id="find" role="search"><label for="q" class="muted">Find a story</label><input id="q" name="q" type="search" value="${esc(q)}" placeholder="a name, a place, an outlet"><span id="count" class="muted" aria-live="polite">${shown.length} ${shown.length === 1 ? 'story' : 'stories'}</span></form>
<ul class="stories">${shown.map((e) => e.item).join('\n')}</ul>${listed.length > shown.length ? `<p class="muted">The ${shown.length} newest of ${listed.length} stories.</p>` : ''}`
      : '<p class="muted">No stories yet: add reports below.</p>';
    return c.html(layout('crosscheck: stories', `<h1>Stories</h1>${list}${UPLOAD_FORM}`, c.get('nonce'), FILTER_JS + UPLOAD_JS));
  });

  app.get('/stories/:id', async (c) => {
    const story = await store.getStory(c.req.param('id'));
    if (!story) return c.html(layout('No such story', '<p><a href="/">← All stories</a></p><h1>No such story</h1>', c.get('nonce')), 404);
    const base = `/stories/${encodeURIComponent(story.row.id)}`;
    const docs = await docsOf(story.row.reports);
    const places = (await entryOf(story.row))?.places ?? [];
    return c.html(renderHtml(story.record, docs, { nonce: c.get('nonce'), title: story.row.title, places, back: '/',
      exports: { csv: `${base}/facts.csv`, json: `${base}/facts.json`, jsonld: `${base}/claims.jsonld` } }));
  });

  const exports = [
    ['facts.csv', 'text/csv; charset=utf-8', (_row: StoryRow, record: StoryRecord) => renderCsv(record)],
    ['facts.json', 'application/json; charset=utf-8', (row: StoryRow, record: StoryRecord) => renderFactsJson(record, { id: row.id, title: row.title })],
    ['claims.jsonld', 'application/ld+json; charset=utf-8', (_row: StoryRow, record: StoryRecord) => renderClaimReviews(record)],
  ] as const;
  for (const [file, type, render] of exports) {
    app.get(`/stories/:id/${file}`, async (c) => {
      const story = await store.getStory(c.req.param('id'));
      if (!story) return c.json({ error: { code: 'not-found', message: `no story ${c.req.param('id')}` } }, 404);
      c.header('Content-Type', type);
      c.header('Content-Disposition', `attachment; filename="story-${story.row.id.replace(/[^\w-]/g, '_')}-${file}"`);
      return c.body(render(story.row, story.record));
    });
  }
}
