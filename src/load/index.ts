/**
 * Loading: every input kind into Reports. Bad input never throws: each
 * problem becomes one RunError naming the input, and the rest is read.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { runError, type ErrorCode } from '../model/errors.js';
import type { Report, ReportMeta, TextOrigin } from '../model/report.js';
import type { Context } from '../core/context.js';
import { withLanguage } from './language.js';
import { datelineOf, monthNumber, MONTHS } from './dateline.js';

const REPORT_EXT = new Set(['.txt', '.html', '.htm', '.xml', '.rss', '.atom', '.jsonl']);
const SKIP = /(\.gold\.json|\.meta\.json)$|^FACTS\.|^README/i;
const HEADER_LINE = /^([a-z][a-z-]*):[ \t]*(.*)$/;
const KNOWN = new Set(['url', 'outlet', 'published', 'title', 'author', 'language']);

class InputError extends Error {
  constructor(readonly code: ErrorCode, message: string) { super(message); }
}

/** Decodes bytes: UTF-8 (BOM dropped) or UTF-16 with a BOM; refuses binary and invalid UTF-8. */
export function decode(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('CC102', `binary input (NUL byte at offset ${nul}); give a text, HTML, feed or JSON Lines file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('CC103', 'invalid UTF-8; re-save the file as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new InputError('CC101', 'empty input (no text)');
  return text;
}

function emptyMeta(): ReportMeta {
  return { url: null, outlet: null, title: null, author: null, language: null, published: null, publishedSource: null,
    publishedHow: null, outletSource: null, extra: {} };
}

const given = (v: unknown) => (typeof v === 'string' && v.trim() && v.trim().toLowerCase() !== 'unknown' ? v.trim() : null);

/** Parses the CONTRACT header block; returns the fields and where the body starts. */
export function parseHeader(text: string): { fields: Record<string, string>; bodyStart: number } {
  const fields: Record<string, string> = {};
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl).replace(/\r$/, '');
    if (line.trim() === '') return { fields, bodyStart: Object.keys(fields).length ? (nl < 0 ? text.length : nl + 1) : 0 };
    const m = HEADER_LINE.exec(line);
    if (!m) return { fields: {}, bodyStart: 0 };
    fields[m[1]!] = m[2]!;
    at = nl < 0 ? text.length : nl + 1;
  }
  return { fields: {}, bodyStart: 0 };
}

const LONG_DATE = new RegExp(`\\b(${MONTHS}) (\\d{1,2}), (\\d{4})\\b`, 'g');
const ISO_LEAD = /^\s*(?:date\s+)?(\d{4}-\d{2}-\d{2})\b/;
const URL_DATE = /\/(\d{4})\/(\d{2})\/(\d{2})\//;
const pad = (n: number) => String(n).padStart(2, '0');

/** Fills missing metadata from the URL and the text, saying how each value was found. */
export function inferMeta(meta: ReportMeta, text: string, bodyStart: number): ReportMeta {
  let out = meta;
  const body = text.slice(bodyStart);
  // Read only when it can fill something in.
  const dateline = out.published && out.outlet ? null : datelineOf(body);
  if (!out.published) {
    const lead = ISO_LEAD.exec(body.slice(0, 200));
    const url = out.url ? URL_DATE.exec(out.url) : null;
    let latest: string | null = null;
    for (const m of body.matchAll(LONG_DATE)) {
      const iso = `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`;
      if (!latest || iso > latest) latest = iso;
    }
    if (lead) out = { ...out, published: lead[1]!, publishedSource: 'text', publishedHow: 'leading date line' };
    else if (dateline?.year) out = { ...out, published: `${dateline.year}-${pad(dateline.month!)}-${pad(dateline.day!)}`, publishedSource: 'text', publishedHow: 'dateline' };
    else if (url) out = { ...out, published: `${url[1]}-${url[2]}-${url[3]}`, publishedSource: 'inferred', publishedHow: `url path /${url[1]}/${url[2]}/${url[3]}/` };
    else if (latest) out = { ...out, published: latest, publishedSource: 'inferred', publishedHow: 'latest absolute date in the text' };
  }
  if (!out.outlet && out.url) {
    try {
      out = { ...out, outlet: new URL(out.url).hostname.replace(/^www\./, ''), outletSource: 'url' };
    } catch { /* not a URL: leave the outlet unknown */ }
  }
  if (!out.outlet && dateline?.agency) out = { ...out, outlet: dateline.agency, outletSource: 'text' };
  return out;
}

const DAY_MS = 86400000;

/** A report's publication day as a time, NaN when it has none: what the median of `inferUndated` is taken over. */
export const publishedTime = (r: Report): number => (r.meta.published ? Date.parse(r.meta.published.slice(0, 10)) : NaN);

/** The median of the publication times known (NaN ones left out), or null when none is. */
export function medianPublished(times: readonly number[]): number | null {
  const dated = times.filter((t) => !Number.isNaN(t)).sort((a, b) => a - b);
  return dated.length ? dated[Math.floor(dated.length / 2)]! : null;
}

/**
 * Whether `r` waits for the other reports to be dated: it gives no publication date (a dateline with a
 * day but no year, or nothing at all).
 */
export function waitsForOthers(r: Report): boolean {
  return !r.meta.published;
}

/**
 * `r` dated by the other reports, whose median publication day is `median`: by its dateline, in the year
 * that puts the day nearest (unchanged when none is within a year); with no dateline, on that median day,
 * so that its "on Tuesday" and "at 6:54 a.m." are read as the story's (a live blog without a date line).
 */
export function datedByOthers(r: Report, median: number): Report {
  if (!waitsForOthers(r)) return r;
  const d = datelineOf(r.text.slice(r.bodyStart));
  if (!d?.month || !d.day) {
    const day = new Date(median).toISOString().slice(0, 10);
    return { ...r, meta: { ...r.meta, published: day, publishedSource: 'inferred', publishedHow: 'none given: the median day of the other reports' } };
  }
  const year = new Date(median).getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(d.month!)}-${pad(d.day!)}`);
  const best = candidates.reduce((a, b) => (Math.abs(Date.parse(b) - median) < Math.abs(Date.parse(a) - median) ? b : a));
  if (Math.abs(Date.parse(best) - median) > 366 * DAY_MS) return r;
  return { ...r, meta: { ...r.meta, published: best, publishedSource: 'inferred', publishedHow: 'dateline, its year from the other reports' } };
}

/**
 * Reports that give no publication date are dated once the other reports of the input are known (see
 * datedByOthers).
 */
export function inferUndated(reports: readonly Report[]): Report[] {
  const median = medianPublished(reports.map(publishedTime));
  return median === null ? [...reports] : reports.map((r) => datedByOthers(r, median));
}

function metaFrom(fields: Record<string, unknown>, how: string): ReportMeta {
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (!KNOWN.has(k) && typeof v === 'string') extra[k] = v;
  const published = given(fields['published'])?.replace(/\s*\(.*\)$/, '') ?? null;
  const outlet = given(fields['outlet']);
  return { ...emptyMeta(), url: given(fields['url']), outlet, outletSource: outlet ? 'metadata' : null, title: given(fields['title']),
    author: given(fields['author']), language: given(fields['language']), published,
    publishedSource: published ? 'metadata' : null, publishedHow: published ? how : null, extra };
}

export function makeReport(source: string, text: string, textOrigin: TextOrigin, meta: ReportMeta, bodyStart = 0): Report {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return { id: contentHash.slice(0, 16), contentHash, source, text, textOrigin, bodyStart, meta: withLanguage(inferMeta(meta, text, bodyStart), text, bodyStart) };
}

function sidecar(path: string): Record<string, unknown> {
  const side = path.replace(/\.[^.]+$/, '.meta.json');
  if (!existsSync(side)) return {};
  try {
    return JSON.parse(readFileSync(side, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'UL', 'OL', 'TABLE', 'FIGURE', 'HEADER', 'FOOTER']);

/** Text of a DOM subtree with "\n\n" between block elements (textContent glues blocks together). */
export function blockText(node: { childNodes: ArrayLike<unknown> }): string {
  const parts: string[] = [];
  let line = '';
  const walk = (n: { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<unknown> }) => {
    if (n.nodeType === 3) { line += n.textContent ?? ''; return; }
    if (n.nodeType !== 1 || n.nodeName === 'SCRIPT' || n.nodeName === 'STYLE') return;
    const block = BLOCKS.has(n.nodeName);
    if (block && line.trim()) { parts.push(line.replace(/\s+/g, ' ').trim()); line = ''; }
    if (n.nodeName === 'BR') line += '\n';
    for (const c of Array.from(n.childNodes)) walk(c as typeof n);
    if (block && line.trim()) { parts.push(line.replace(/\s+/g, ' ').trim()); line = ''; }
  };
  for (const c of Array.from(node.childNodes)) walk(c as never);
  if (line.trim()) parts.push(line.replace(/\s+/g, ' ').trim());
  return parts.join('\n\n');
}

/**
 * Deepest element nesting read. Readability's cleaning passes walk up and down the tree for each
 * node, so its time grows much faster than the page (1,000 levels took 14 s, 5,000 over 300 s),
 * while real articles nest a few dozen levels. At this bound a page takes under a second; one
 * nested deeper is refused before Readability sees it.
 */
export const MAX_HTML_DEPTH = 200;

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
interface Nested { readonly firstElementChild: Nested | null; readonly nextElementSibling: Nested | null }

/** A comment, a script or style element (their text holds no tags), or a tag: its slash, name and self-closing slash. */
const TAG = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;
/** Elements that hold nothing, and those whose end tag may be left out (the parser closes them, so they do not nest). */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);

/**
 * The nesting of `html`'s tags as written, read from the text before parsing: the parser itself
 * (linkedom) takes time in the square of the depth (16,000 levels about a second, 64,000 twelve).
 */
function writtenDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[3]?.toLowerCase();
    if (!name || NOT_NESTING.has(name) || m[4]) continue;
    depth = m[2] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const tooDeep = () => new InputError('CC106', `HTML nested more than ${MAX_HTML_DEPTH} elements deep (reading it would take minutes); give the article's text instead`);

/** The parsed document of `html`, refused (CC106) when its elements nest deeper than MAX_HTML_DEPTH, as written or as parsed. */
function parseBounded(html: string): HtmlDocument {
  if (writtenDepth(html) > MAX_HTML_DEPTH) throw tooDeep();
  const { document } = parseHTML(html);
  // Walked with a stack, not recursion: the page may nest deeper than the call stack allows.
  const stack: [Nested, number][] = [[document.documentElement as unknown as Nested, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH) throw tooDeep();
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
  return document;
}

function htmlReport(source: string, html: string, side: Record<string, unknown>): Report {
  try {
    return extractHtml(source, html, side);
  } catch (e) {
    if (e instanceof InputError) throw e;
    // The DOM and Readability recurse over the tree: a pathological page (nesting thousands deep) is bad input, not a crash.
    throw new InputError('CC106', `could not extract the article from this HTML (${(e as Error).message})`);
  }
}

function extractHtml(source: string, html: string, side: Record<string, unknown>): Report {
  const document = parseBounded(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content') ?? null;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const published = meta('meta[property="article:published_time"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const article = new Readability(document as never).parse();
  let text = '';
  if (article?.content) text = blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body as never);
  if (!text.trim()) text = blockText(document.body as never);
  if (!text.trim()) throw new InputError('CC106', 'HTML with no readable text');
  const fields = { url, outlet: meta('meta[property="og:site_name"]') ?? article?.siteName ?? null, title: article?.title ?? document.title ?? null,
    author: article?.byline ?? null, published: published ?? article?.publishedTime ?? null, ...side };
  return makeReport(source, text, 'html-extracted', metaFrom(fields, 'html metadata'));
}

function textReport(source: string, text: string, side: Record<string, unknown>): Report {
  const { fields, bodyStart } = parseHeader(text);
  const merged = { ...side, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => given(v))) };
  const how = Object.keys(fields).some((k) => k === 'published' && given(fields[k])) ? 'header' : 'sidecar';
  return makeReport(source, text, 'file', metaFrom(merged, how), bodyStart);
}

const ITEM_TAG = /<(\/?)(item|entry)\b/gi;

/**
 * A feed's items, in one pass over its tags (a lazy regex per item rescans to the end for each
 * unclosed one: time growing with the square of the feed), and how many were opened.
 */
function itemsOf(xml: string): { items: string[]; opened: number } {
  const items: string[] = [];
  let opened = 0;
  let open: { at: number; name: string } | null = null;
  ITEM_TAG.lastIndex = 0;
  for (let m = ITEM_TAG.exec(xml); m; m = ITEM_TAG.exec(xml)) {
    const name = m[2]!.toLowerCase();
    if (!m[1]) {
      opened++;
      open = { at: m.index, name };
    } else if (open && open.name === name) {
      const end = xml.indexOf('>', m.index);
      items.push(xml.slice(open.at, end < 0 ? xml.length : end + 1));
      open = null;
    }
  }
  return { items, opened };
}
const field = (xml: string, tags: string[]) => {
  for (const t of tags) {
    const m = new RegExp(`<${t}\\b[^>]*>([\\s\\S]*?)</${t}>`, 'i').exec(xml);
    if (m) return m[1]!.replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1').trim();
  }
  return null;
};
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function feedReports(source: string, xml: string): Report[] {
  if (/<!ENTITY/i.test(xml)) throw new InputError('CC107', 'feed declares XML entities (refused: they could read files or expand without bound)');
  if (!/<(rss|feed|rdf:RDF)\b/i.test(xml)) throw new InputError('CC107', 'not an RSS or Atom feed (no <rss> or <feed> element)');
  const { items, opened } = itemsOf(xml);
  if (opened !== items.length || !/<\/(rss|feed|rdf:RDF)>\s*$/i.test(xml)) {
    throw new InputError('CC107', `malformed feed: ${opened - items.length || 'the root element is'} ${opened - items.length ? 'unclosed item(s)' : 'not closed'}`);
  }
  return items.flatMap((item, i) => {
    const body = field(item, ['content:encoded', 'content', 'description', 'summary']);
    if (!body) return [];
    const link = field(item, ['link']) ?? /<link[^>]*href="([^"]+)"/i.exec(item)?.[1] ?? null;
    const html = unescapeXml(body);
    const text = blockText(parseBounded(`<html><body>${html}</body></html>`).body as never);
    if (!text.trim()) return [];
    return [makeReport(`${source}#${i + 1}`, text, 'html-extracted', metaFrom({ url: link, title: field(item, ['title']),
      published: normaliseDate(field(item, ['pubDate', 'published', 'updated', 'dc:date'])), author: field(item, ['author', 'dc:creator']) }, 'feed item'))];
  });
}

function normaliseDate(s: string | null): string | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? s : d.toISOString().slice(0, 10);
}

/** The report of one JSON Lines record, or null with its error in `ctx.errors`. */
function jsonlRecord(where: string, line: string, ctx: Context): Report | null {
  try {
    const rec = JSON.parse(line) as Record<string, unknown>;
    if (typeof rec.text === 'string' && rec.text.trim()) return makeReport(where, rec.text, 'file', metaFrom(rec, 'json lines record'));
    if (typeof rec.html === 'string') return htmlReport(where, rec.html, { url: rec.url, outlet: rec.outlet, published: rec.published, title: rec.title });
    ctx.errors.push(runError('CC108', 'load', where, 'record has neither "text" nor "html"'));
  } catch (e) {
    ctx.errors.push(runError(e instanceof InputError ? e.code : 'CC108', 'load', where, e instanceof InputError ? e.message : 'not valid JSON'));
  }
  return null;
}

function jsonlReports(source: string, text: string, ctx: Context): Report[] {
  const out: Report[] = [];
  text.split('\n').forEach((line, i) => {
    const r = line.trim() ? jsonlRecord(`${source}:${i + 1}`, line, ctx) : null;
    if (r) out.push(r);
  });
  return out;
}

const UTF8_LINE = new TextDecoder('utf-8', { fatal: true });
const isUtf16 = (b: Buffer) => b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));

/** `first` and the rest of `chunks`, read no further than one byte over `limit` (enough for loadBytes to refuse it). */
async function readToLimit(first: Buffer, chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const all = [first];
  let size = first.length;
  for await (const c of chunks) {
    if (size > limit) break;
    all.push(c);
    size += c.length;
  }
  return Buffer.concat(all);
}

/** One line's bytes as text, or null with its error (a record too large, binary or not UTF-8) in `ctx.errors`. */
function jsonlLine(where: string, bytes: Buffer, ctx: Context): string | null {
  const refuse = (code: ErrorCode, message: string) => (ctx.errors.push(runError(code, 'load', where, message)), null);
  if (bytes.length > ctx.options.maxInputBytes) return refuse('CC104', `record too large (${bytes.length} bytes; the limit is ${ctx.options.maxInputBytes})`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return refuse('CC102', `binary input (NUL byte at offset ${nul} of the line); give JSON Lines text`);
  try {
    return UTF8_LINE.decode(bytes);
  } catch {
    return refuse('CC103', 'invalid UTF-8; re-save the file as UTF-8');
  }
}

/**
 * The reports of a JSON Lines file one line at a time, read in chunks: memory bounded by the
 * longest record whatever the file's size, so `maxInputBytes` limits each record, not the file.
 */
async function* jsonlFileReports(path: string, ctx: Context): AsyncGenerator<Report> {
  let pieces: Buffer[] = [];
  let lineNo = 0;
  let records = 0;
  const record = (bytes: Buffer): Report | null => {
    lineNo++;
    if (lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    const line = jsonlLine(`${path}:${lineNo}`, bytes, ctx);
    if (line === null || !line.trim()) return null;
    records++;
    return jsonlRecord(`${path}:${lineNo}`, line, ctx);
  };
  const chunks = createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
  for await (const chunk of chunks) {
    if (lineNo === 0 && pieces.length === 0 && isUtf16(chunk)) {
      // UTF-16 has no byte for a line end: such a file is read whole, within the limit on a file.
      yield* loadBytes(path, await readToLimit(chunk, chunks, ctx.options.maxInputBytes), ctx);
      return;
    }
    let at = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, at)) {
      const r = record(pieces.length ? Buffer.concat([...pieces, chunk.subarray(at, nl)]) : chunk.subarray(at, nl));
      pieces = [];
      at = nl + 1;
      if (r) yield r;
    }
    if (at < chunk.length) pieces.push(chunk.subarray(at));
  }
  const last = pieces.length ? record(Buffer.concat(pieces)) : null;
  if (last) yield last;
  if (records === 0 && !ctx.errors.some((e) => e.input.startsWith(`${path}:`))) ctx.errors.push(runError('CC101', 'load', path, 'empty input (no text)'));
}

/** Reads one input from its bytes; `name` picks the format by extension. */
export function loadBytes(source: string, bytes: Uint8Array, ctx: Context, side: Record<string, unknown> = {}): Report[] {
  try {
    if (bytes.length > ctx.options.maxInputBytes) throw new InputError('CC104', `input too large (${bytes.length} bytes; the limit is ${ctx.options.maxInputBytes})`);
    const text = decode(bytes);
    const ext = extname(source.replace(/#.*$/, '')).toLowerCase();
    if (ext === '.jsonl') return jsonlReports(source, text, ctx);
    if (['.xml', '.rss', '.atom'].includes(ext) || /^\s*<\?xml[\s\S]{0,300}<(rss|feed)\b/.test(text)) return feedReports(source, text);
    if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype html|html)/i.test(text)) return [htmlReport(source, text, side)];
    return [textReport(source, text, side)];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    ctx.errors.push(runError(e.code, 'load', source, e.message));
    return [];
  }
}

function walk(dir: string, ctx: Context, seen: Set<string>, out: string[]): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return;
  seen.add(real);
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) walk(p, ctx, seen, out);
    else if (REPORT_EXT.has(extname(name).toLowerCase()) && !SKIP.test(name)) out.push(p);
    else if (ctx.options.verbose) process.stderr.write(`crosscheck: skipped ${p} (not a report)\n`);
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Files, folders (recursive) and `-` (stdin) as reports, one at a time and in order; with `streamJsonl`
 * a JSON Lines file is read record by record, with no limit on its size (see jsonlFileReports).
 * Undated reports are not dated: that needs every report (see inferUndated).
 */
export async function* streamInputs(inputs: readonly string[], ctx: Context, streamJsonl = true): AsyncGenerator<Report> {
  for (const input of inputs) {
    if (input === '-') {
      yield* loadBytes('stdin', await readStdin(), ctx);
      continue;
    }
    let st;
    try { st = statSync(input); } catch {
      ctx.errors.push(runError('CC105', 'load', input, 'no such file or folder'));
      continue;
    }
    const files: string[] = [];
    if (st.isDirectory()) {
      walk(input, ctx, new Set(), files);
      if (files.length === 0) ctx.errors.push(runError('CC109', 'load', input, 'no reports in this folder (.txt, .html, .xml, .rss, .atom, .jsonl)'));
    } else files.push(input);
    for (const f of files) {
      const size = statSync(f).size;
      if (streamJsonl && extname(f).toLowerCase() === '.jsonl') {
        yield* jsonlFileReports(f, ctx);
        continue;
      }
      if (size > ctx.options.maxInputBytes) {
        ctx.errors.push(runError('CC104', 'load', f, `input too large (${size} bytes; the limit is ${ctx.options.maxInputBytes})`));
        continue;
      }
      if (size === 0) {
        ctx.errors.push(runError('CC101', 'load', f, 'empty input (no text)'));
        continue;
      }
      yield* loadBytes(f, readFileSync(f), ctx, sidecar(f));
    }
  }
}

/** Loads files, folders (recursive) and `-` (stdin) into reports, in order, each file read whole. */
export async function loadInputs(inputs: readonly string[], ctx: Context): Promise<Report[]> {
  const out: Report[] = [];
  for await (const r of streamInputs(inputs, ctx, false)) out.push(r);
  return inferUndated(out);
}
