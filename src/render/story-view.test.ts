// What the story page and the list read off a record: summary, disputes and their reasons,
// sources side by side, exports, and that no machine path is shown. A fictional record, by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactJson, FactValueJson, ReportJson, StoryRecord } from '../model/record.js';
import { publicRecord, publicSource, safeUrl } from './public.js';
import { displayOf, disputes, formatDate, formatRange, placesFrom, runningFigures, sourceRows, storySummary } from './story-view.js';
import { renderClaimReviews, renderCsv, renderFactsJson } from './export.js';
import { renderHtml } from './html.js';

const report = (id: string, extra: Partial<ReportJson> & { language?: string }): ReportJson => ({
  id, source: `/srv/newsroom/inbox/${id}.txt`, outlet: null, title: null, published: null, publishedSource: 'metadata', textOrigin: 'file', ...extra,
});
const value = (v: number | string, rep: string, extra: Partial<FactValueJson> = {}): FactValueJson => ({
  value: v, text: String(v), report: rep, start: 0, end: String(v).length, attributedTo: null, voice: 'asserted', ...extra,
});
const fact = (id: string, status: FactJson['status'], values: FactValueJson[], extra: Record<string, unknown> = {}): FactJson => ({
  id, attribute: 'count:people:death', subject: 'people, death (flood)', status, values, ...extra,
});

const RECORD: StoryRecord = {
  schema: 'crosscheck/1',
  reports: [
    report('r1', { outlet: 'Harbour Times', title: 'River bursts its banks at Tolmer', published: '2031-04-02', url: 'https://harbour.example/flood', publishedHow: 'header' }),
    report('r2', { outlet: 'Valley Wire', title: 'Tolmer toll rises', published: '2031-04-04', url: 'javascript:alert(1)', language: 'en', cites: ['Harbour Times'] }),
    report('r3', { outlet: 'Copy Desk', title: 'Tolmer toll rises (copy)', published: '2031-04-04', duplicateOf: 'r2' }),
    report('r4', { title: null, published: '2031-04-04', publishedSource: 'inferred', publishedHow: 'latest absolute date in the text' }),
  ],
  events: [{
    id: 'e1', label: 'flood around 2031-04-01', type: 'flood', when: { value: '2031-04-01', type: 'DATE' },
    facts: [
      fact('f1', 'evolving', [value(12, 'r1', { shown: 'at least 12' }), value(19, 'r2', { attributedTo: 'the fire brigade', voice: 'attributed', asOf: '2031-04-03' }), value(19, 'r3')]),
      fact('f2', 'conflict', [value(40, 'r2'), value(42, 'r4')], { attribute: 'count:people:rescued', subject: 'people rescued (flood)', reason: 'reports of 2031-04-04 give different exact counts' }),
      fact('f3', 'single', [value('Tolmer', 'r1')], { attribute: 'place', subject: 'place of the flood', kind: 'place' }),
    ],
  }],
  timeline: [{ when: { value: '2031-04-01', type: 'DATE' }, event: 'e1', reports: ['r1', 'r2', 'r3'] }],
  quotes: [{ speaker: 'Mira Dast', text: 'We lost the bridge', occurrences: [{ report: 'r1', start: 5, end: 20, text: 'We lost the bridge', difference: 'same' }] }],
  conflicts: ['f2'],
};

test('a source is shown by its base name or URL, never its path; links only to http and https', () => {
  const cases: [string, string][] = [
    ['/srv/newsroom/inbox/003.txt', '003.txt'], ['C:\\desk\\feeds\\wire.xml#4', 'wire.xml#4'], ['upload:note.txt', 'note.txt'],
    ['https://harbour.example/a/b', 'https://harbour.example/a/b'], ['stdin', 'stdin'],
  ];
  for (const [source, shown] of cases) assert.equal(publicSource(source), shown, source);
  const urls: [unknown, string | null][] = [
    ['https://a.example/x?y=1', 'https://a.example/x?y=1'], ['HTTP://A.example', 'http://a.example/'], ['javascript:alert(1)', null],
    ['data:text/html,x', null], ['file:///etc/passwd', null], [' https://a.example', null], ['https://', null], [null, null],
  ];
  for (const [url, safe] of urls) assert.equal(safeUrl(url), safe, String(url));
  assert.ok(publicRecord(RECORD).reports.every((r) => !r.source.includes('/')));
});

test('dates as a reader writes them', () => {
  const cases: [string, string][] = [['2031-04-02', '2 Apr 2031'], ['2031-04', 'Apr 2031'], ['2031-04-02T19:05Z', '2 Apr 2031 19:05 UTC'],
    ['2031-04-02T19:05', '2 Apr 2031 19:05'], ['2031-W14', '2031-W14'], ['2031-13-01', '2031-13-01']];
  for (const [iso, shown] of cases) assert.equal(formatDate(iso), shown, iso);
  const values: [string | number, string][] = [['2031-04-02T19:05Z', '2 Apr 2031 19:05 UTC'], ['2031-04-02TEV', '2 Apr 2031 evening'], ['PT8H', 'PT8H'], [42, '42']];
  for (const [v, shown] of values) assert.equal(displayOf(value(v, 'r1')), shown, String(v));
  const ranges: [string, string, string][] = [['2031-04-02', '2031-04-04', '2 – 4 Apr 2031'], ['2024-10-30', '2024-11-12', '30 Oct – 12 Nov 2024'],
    ['2024-12-30', '2025-01-02', '30 Dec 2024 – 2 Jan 2025'], ['2025-03', '2025-03-16', 'Mar 2025 – 16 Mar 2025'], ['2031-04-02', '2031-04-02', '2 Apr 2031']];
  for (const [a, b, shown] of ranges) assert.equal(formatRange(a, b), shown, `${a}..${b}`);
});

test('summary: what, where, when, who reported it, and the latest running figure with its date and source', () => {
  const s = storySummary(RECORD, { places: ['Tolmer'] });
  assert.equal(s.title, 'River bursts its banks at Tolmer');
  assert.equal(s.lines[0], 'Flood around 1 Apr 2031, in Tolmer. 4 reports from 4 outlets, 2 – 4 Apr 2031.');
  assert.equal(s.lines[1], 'Latest: people, death 19 (Valley Wire, according to the fire brigade, 3 Apr 2031).');
  assert.equal(storySummary(RECORD, { title: 'Stored name' }).title, 'Stored name');
  const past: StoryRecord = { ...RECORD, events: [...RECORD.events, { id: 'e0', label: 'election around 2029-05-01', type: 'election', when: { value: '2029-05-01', type: 'DATE' }, facts: [] }],
    timeline: [...RECORD.timeline, { when: { value: '2029-05-01', type: 'DATE' }, event: 'e0', reports: ['r1', 'r2', 'r3', 'r4'] }] };
  assert.match(storySummary(past).lines[0], /^Flood around 1 Apr 2031, in/, 'an event long before the reports is background');
  const still: StoryRecord = { ...RECORD, events: [{ ...RECORD.events[0]!, facts: RECORD.events[0]!.facts.filter((f) => f.id !== 'f1') }] };
  assert.equal(storySummary(still).lines[1], 'Disputed: people rescued; no fact all reports agree on.');
  assert.equal(storySummary({ ...still, conflicts: [], events: [] }).lines[1], 'Nothing disputed; no fact all reports agree on.');
  assert.equal(storySummary({ ...still, reports: RECORD.reports.slice(0, 1) }).lines[1], 'One report: nothing to compare yet.');
  // Without places from the reports' names, a place fact gives it.
  assert.match(storySummary(RECORD).lines[0], /, in Tolmer\./);
});

test('running figures: evolving facts and counts conflicting across days, each with its latest value', () => {
  const figures = runningFigures(RECORD);
  assert.deepEqual(figures.map((f) => [f.fact.id, f.latest.value, f.date]), [['f1', 19, '2031-04-03']]);
  const moving: StoryRecord = { ...RECORD, events: [{ ...RECORD.events[0]!, facts: [fact('t', 'conflict', [value(95, 'r1'), value(158, 'r2'), value(155, 'r2')])] }] };
  assert.deepEqual(runningFigures(moving).map((f) => f.latest.value), [158]);
});

test('places: counted once per report, only shared ones when any are shared', () => {
  const place = (canonical: string) => ({ type: 'place', canonical });
  assert.deepEqual(placesFrom([[place('Tolmer'), place('Tolmer'), place('Kessa')], [place('Tolmer'), { type: 'person', canonical: 'Mira Dast' }], [place('Orn')]]), ['Tolmer']);
  assert.deepEqual(placesFrom([[place('Orn')]]), ['Orn']);
});

test('disputed: values side by side with who gives each, and why they may differ', () => {
  const one = (values: FactValueJson[]) => disputes({ ...RECORD, conflicts: ['x'], events: [{ ...RECORD.events[0]!, facts: [fact('x', 'conflict', values)] }] })[0]!;
  const [f2] = disputes(RECORD);
  assert.deepEqual(f2!.groups.map((g) => [g.shown, g.values.map((v) => v.source)]), [['40', ['Valley Wire']], ['42', ['r4.txt']]]);
  assert.deepEqual(f2!.reasons, ['Same moment, no counter named: a plain contradiction, or two different things counted under one name.']);
  const cases: [string, FactValueJson[], RegExp][] = [
    ['different moments', [value(12, 'r1'), value(19, 'r2')], /^Different moments: the values are from reports of 2 Apr 2031 to 4 Apr 2031/],
    ['as of dates', [value(12, 'r2', { asOf: '2031-04-01' }), value(19, 'r2', { text: 'nineteen', start: 9 })], /^Different moments: the values are dated 1 Apr 2031 to 4 Apr 2031/],
    ['different counters', [value(40, 'r2', { attributedTo: 'police', voice: 'attributed' }), value(42, 'r4')], /^Different counters: police gives 40; the others are in the reports’ own voice\.$/],
    ['two counters', [value(40, 'r2', { attributedTo: 'police', voice: 'attributed' }), value(90, 'r4', { attributedTo: 'organisers', voice: 'attributed' })], /^Different counters: police gives 40; organisers gives 90\.$/],
    ['bounds', [value(40, 'r2', { shown: 'at least 40' }), value(42, 'r4')], /^Rounding or bounds: “at least 40” is not an exact count/],
    ['about', [value(2950, 'r2', { shown: 'about 2,950' }), value(3100, 'r4', { shown: '3,100' })], /^Rounding or bounds: “about 2,950” is not an exact count/],
    ['rounding', [value(3000, 'r2'), value(2950, 'r4')], /^Rounding: 3000 and 2950 are within 5%/],
    ['modality', [value(40, 'r2', { modality: 'planned' }), value(42, 'r4', { modality: 'actual' })], /^Different modality: some values are planned, others actual/],
    ['hedging', [value(40, 'r2', { voice: 'hedged' }), value(42, 'r4')], /^Hedged: Valley Wire gives 40 only as reported/],
    ['a copy that differs', [value(40, 'r2'), value(41, 'r3')], /^Copying: Copy Desk copies Valley Wire yet gives another value/],
    ['a copy of a report giving none', [value(40, 'r3'), value(42, 'r4')], /^Copying: Copy Desk copies Valley Wire, which gives no value here/],
    ['citing', [value(12, 'r1'), value(13, 'r2')], /^Copying: Valley Wire cites Harbour Times, which gives a value here/],
  ];
  for (const [name, values, reason] of cases) assert.ok(one(values).reasons.some((r) => reason.test(r)), `${name}: ${one(values).reasons.join(' | ')}`);
  // A value written with group marks, a unit or a scale is exact: "5,171", "12 km", "magnitude 6.9".
  for (const shown of [['5,171', '5,078'], ['12 km', '15 km'], ['magnitude 6.9', 'magnitude 7.1']]) {
    const reasons = one([value(1, 'r2', { shown: shown[0] }), value(2, 'r4', { shown: shown[1] })]).reasons;
    assert.ok(!reasons.some((r) => r.startsWith('Rounding or bounds')), reasons.join(' | '));
  }
});

test('sources side by side: earliest first, safe links, copies, cites, language, voice counts, quotes', () => {
  const rows = sourceRows(RECORD, new Map([['r1', 'en-GB']]));
  assert.deepEqual(rows.map((r) => r.id), ['r1', 'r2', 'r3', 'r4']);
  const [r1, r2, r3, r4] = rows;
  assert.equal(r1!.url, 'https://harbour.example/flood');
  assert.equal(r1!.language, 'en-GB');
  assert.equal(r1!.how, 'metadata: header');
  assert.deepEqual(r1!.quoted, [{ speaker: 'Mira Dast', quotes: 1 }]);
  assert.equal(r2!.url, null, 'a javascript: URL is not linked');
  assert.equal(r2!.language, 'en');
  assert.deepEqual(r2!.cites, ['Harbour Times']);
  assert.deepEqual(r2!.voice, { asserted: 1, attributed: 1, hedged: 0 });
  assert.deepEqual(r3!.copies, { id: 'r2', name: 'Valley Wire' });
  assert.equal(r4!.outlet, 'r4.txt');
});

test('exports: CSV, JSON and ClaimReview JSON-LD name no path and give no verdict', () => {
  for (const out of [renderCsv(RECORD), renderFactsJson(RECORD, { id: 'r1', title: 'Flood' }), renderClaimReviews(RECORD)]) assert.doesNotMatch(out, /\/srv\/|javascript:/);
  const sheet = JSON.parse(renderFactsJson(RECORD, { id: 'r1', title: 'Flood' })) as { facts: { id: string; kind: string; values: { date: string; dateFrom: string }[] }[]; reports: { name: string }[] };
  assert.deepEqual(sheet.facts.map((f) => [f.id, f.kind]), [['f1', 'count'], ['f2', 'count'], ['f3', 'place']]);
  assert.deepEqual(sheet.facts[0]!.values.map((v) => [v.date, v.dateFrom]), [['2031-04-02', 'published'], ['2031-04-03', 'as of'], ['2031-04-04', 'published']]);
  assert.deepEqual(sheet.reports.map((r) => r.name), ['r1.txt', 'r2.txt', 'r3.txt', 'r4.txt']);
  const ld = JSON.parse(renderClaimReviews(RECORD)) as { '@context': string; '@graph': Record<string, unknown>[] };
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@graph'].length, 3);
  const review = ld['@graph'][0]! as { '@type': string; claimReviewed: string; reviewRating?: unknown; itemReviewed: { '@type': string; author: { name: string }; datePublished: string; appearance: { url?: string; publisher?: { name: string } } }[] };
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.reviewRating, undefined, 'no verdict');
  assert.equal(review.claimReviewed, 'people, death (flood): at least 12 / 19');
  assert.deepEqual(review.itemReviewed.map((c) => [c['@type'], c.author.name, c.datePublished, c.appearance.url ?? null, c.appearance.publisher?.name ?? null]), [
    ['Claim', 'Harbour Times', '2031-04-02', 'https://harbour.example/flood', 'Harbour Times'],
    ['Claim', 'the fire brigade', '2031-04-03', null, 'Valley Wire'],
    ['Claim', 'Copy Desk', '2031-04-04', null, 'Copy Desk'],
  ]);
});

test('the page answers first: title and summary, then Disputed, Timeline, the fact sheet, sources; one-report facts collapsed', () => {
  const html = renderHtml(RECORD, [], { back: '/', exports: { csv: '/x.csv', json: '/x.json', jsonld: '/x.jsonld' } });
  assert.doesNotMatch(html, /\/srv\/newsroom/);
  assert.doesNotMatch(html, /href="javascript:/);
  const at = (s: string) => html.indexOf(s);
  const order = ['<h1>River bursts its banks at Tolmer</h1>', 'id="summary"', 'id="disputed"', 'id="timeline"', 'id="facts"', 'id="sources"', 'id="reports"'];
  for (let i = 1; i < order.length; i++) assert.ok(at(order[i - 1]!) >= 0 && at(order[i - 1]!) < at(order[i]!), `${order[i - 1]} before ${order[i]}`);
  assert.match(html, /<details class="singles" id="singles"><summary>1 fact given by one report only<\/summary>/);
  assert.ok(at('id="f3"') > at('id="singles"'), 'the single fact sits in the collapsed part');
  assert.match(html, /as of 3 Apr 2031/);
  assert.match(html, /<a href="\/">← All stories<\/a>/);
  assert.match(html, /href="\/x\.jsonld" download/);
  assert.match(html, /<select id="f-language">/, 'a language filter when reports give one');
  assert.match(html, /<span class="badge conflict">conflict<\/span>/, 'a status word beside its colour');
  assert.doesNotMatch(renderHtml(RECORD, []), /All stories|download/, 'a file page has no way back and no server exports');
});
