// The web UI in real headless Chromium (Debian's package, driven by playwright-core; no browser
// download), at 1280 and 375 px, on the examples and the development stories (../shared/corpus/dev,
// read from their file paths): the story list, every story page, the exports, the API answers, an
// upload, and the self-contained page `analyze --format html` writes. No page or answer may show a
// path of this machine.
import { after, before, test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../src/pipeline/analyze.js';
import type { StoryRecord } from '../src/model/record.js';
import { renderHtml } from '../src/render/html.js';
import { FIXTURE_RECORD } from './fixtures/story-record.js';
import { openStore } from '../src/store/index.js';
import type { StoryRow } from '../src/store/store.js';
import { serve } from '../src/server/app.js';
import { CHROMIUM, CHROMIUM_ARGS, DEV, EXAMPLES, ROOT, devStories, serveInputs } from './helpers/ui-server.js';

const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium): skipping browser tests`;
const WIDTHS = [1280, 375] as const;
const DEV_NOTE = `${DEV} is absent: the browser tests run on examples/ only`;

let served: Awaited<ReturnType<typeof serveInputs>>;
let browser: Browser;
let stories: StoryRow[];

before(async () => {
  if (skip) return;
  served = await serveInputs([EXAMPLES, ...devStories()]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  stories = await (await fetch(`${served.url}/api/stories`)).json() as StoryRow[];
});

after(async () => {
  await browser?.close();
  await served?.close();
});

/** Fails when `text` names a path of this machine: the project's or the corpus's folders, or any absolute path of a report file. */
function assertNoPath(text: string, where: string) {
  for (const dir of [ROOT, resolve(ROOT, '..', 'shared'), tmpdir()]) assert.ok(!text.includes(dir), `${where} shows the path ${dir}`);
  assert.doesNotMatch(text, /(?:^|[\s"'>(])\/(?:[\w.-]+\/)+[\w.-]+\.(?:txt|html?|xml|jsonl)\b/, `${where} shows an absolute file path`);
}

const api = async <T>(path: string): Promise<{ body: T; text: string }> => {
  const res = await fetch(`${served.url}${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  const text = await res.text();
  return { body: JSON.parse(text) as T, text };
};

async function newPage(width: number): Promise<Page> {
  return browser.newPage({ viewport: { width, height: 900 } });
}

/** Nothing wider than the window: tables scroll inside their box or stack. */
async function assertFits(page: Page, where: string) {
  const [scroll, inner] = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]') as [number, number];
  assert.ok(scroll <= inner + 1, `${where}: the page is ${scroll} px wide in a ${inner} px window`);
}

/** Tabs from the top until the focus is on an element matching `selector`; true when it got there. */
async function tabTo(page: Page, selector: string, presses = 60): Promise<boolean> {
  await page.evaluate('document.activeElement && document.activeElement.blur()');
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`)) return true;
  }
  return false;
}

/** Records in a CSV text: line ends outside quoted cells. */
const csvRecords = (csv: string) => csv.replace(/"(?:[^"]|"")*"/g, '').trimEnd().split('\n').length;

const factsOf = (record: StoryRecord) => record.events.flatMap((e) => e.facts);

/** Every check of a story page that holds for the file `analyze` writes as for the served one. */
async function checkStoryPage(page: Page, record: StoryRecord, where: string) {
  const html = await page.content();
  assertNoPath(html, where);
  assert.ok((await page.locator('h1').innerText()).trim().length > 0, `${where}: a title`);
  const lines = await page.locator('#summary > span').allInnerTexts();
  assert.equal(lines.length, 2, `${where}: a two-line summary`);
  assert.match(lines[0]!, /\d+ reports? from \d+ outlets?/, `${where}: the summary says who reported it`);
  // The page answers first: the summary, then what is disputed, then the timeline, the fact sheet, the sources.
  const tops = await page.evaluate(`['summary','disputed','timeline','facts','sources','reports'].map((id) => document.getElementById(id).getBoundingClientRect().top)`) as number[];
  assert.deepEqual([...tops].sort((a, b) => a - b), tops, `${where}: sections in order`);

  const disputed = new Set([...record.conflicts, ...factsOf(record).filter((f) => f.status === 'conflict').map((f) => f.id)]);
  assert.equal(await page.locator('.dispute').count(), disputed.size, `${where}: one card per disputed fact`);
  for (const card of await page.locator('.dispute').all()) {
    assert.ok(await card.locator('.side').count() >= 1);
    assert.ok(await card.locator('ul.why li').count() >= 1, `${where}: each dispute says why the values may differ`);
  }

  const facts = factsOf(record);
  const singles = facts.filter((f) => f.status === 'single').length;
  assert.equal(await page.locator('#facts tr[data-status]').count(), facts.length, `${where}: every fact in the sheet`);
  if (singles) {
    assert.equal(await page.locator('#singles').getAttribute('open'), null, `${where}: one-report facts start collapsed`);
    assert.equal(await page.locator('#singles tr[data-status="single"]').count(), singles);
    await page.selectOption('#f-status', 'single');
    assert.notEqual(await page.locator('#singles').getAttribute('open'), null, `${where}: filtering on single opens them`);
    assert.equal(await page.locator('#facts tr[data-status]:visible').count(), singles);
    await page.selectOption('#f-status', '');
  }
  const word = (await page.locator('#facts tr[data-status] a.v b').first().innerText().catch(() => '')).toLowerCase();
  if (word) {
    await page.fill('#f-q', word);
    const hits = await page.locator('#facts tr[data-status]:not([hidden])').count();
    assert.ok(hits >= 1 && hits <= facts.length, `${where}: search finds "${word}"`);
    assert.match(await page.locator('#f-count').innerText(), new RegExp(`^${hits} of ${facts.length} facts match$`));
    await page.fill('#f-q', '');
  }
  const outlets = await page.locator('#f-outlet option').allInnerTexts();
  if (outlets.length > 2) {
    await page.selectOption('#f-outlet', outlets[1]!);
    const rows = await page.locator('#facts tr[data-status]:not([hidden])').count();
    assert.ok(rows >= 1 && rows < facts.length, `${where}: the outlet filter narrows the sheet`);
    await page.selectOption('#f-outlet', '');
  }

  // Every value links to a span that exists, and a click lights it.
  const missing = await page.evaluate(`[...document.querySelectorAll('a[data-span]')].flatMap((a) => a.getAttribute('data-span').split(' ')).filter((id) => !document.getElementById(id))`);
  assert.deepEqual(missing, [], `${where}: every value's span is on the page`);
  const dead = await page.evaluate(`[...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href').slice(1)).filter((id) => id && !document.getElementById(id))`);
  assert.deepEqual(dead, [], `${where}: every in-page link has a target`);
  const value = page.locator('.dispute a.v, #fact-table a.v').first();
  if (await value.count()) {
    const ids = (await value.getAttribute('data-span'))!.split(' ');
    await value.click();
    // The lit marks come in text order; a cue may stand before its value ("police said ... 85,000").
    assert.deepEqual((await page.locator('mark.hit').evaluateAll((ms) => ms.map((m) => m.id))).sort(), [...ids].sort(), `${where}: a click lights the value's span`);
    assert.ok(await tabTo(page, 'a.v'), `${where}: a value is reachable by keyboard`);
    const focused = await page.evaluate(`document.activeElement.getAttribute('data-span').split(' ').sort()`) as string[];
    await page.keyboard.press('Enter');
    assert.deepEqual((await page.locator('mark.hit').evaluateAll((ms) => ms.map((m) => m.id))).sort(), focused, `${where}: Enter on a value lights its span`);
  }

  assert.equal(await page.locator('#source-table tbody tr').count(), record.reports.length, `${where}: one source row per report`);
  for (const href of await page.locator('#source-table a:not([href^="#"])').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    assert.match(href, /^https?:\/\//, `${where}: an original's link is http or https`);
  }
  // textContent, not innerText: badges in collapsed rows are not rendered but still say their status.
  const badges = await page.locator('.badge').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  assert.ok(badges.every((b) => /^(agree|compatible|conflict|evolving|single|holds|fails)$/.test(b.trim())), `${where}: every colour badge says its status in words`);
  await assertFits(page, where);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#filters').isVisible(), false, `${where}: print leaves out the filters`);
  await page.emulateMedia({ media: 'screen' });
}

test('the development stories are there, or the tests say they run on the examples only', { skip }, (t: TestContext) => {
  if (devStories().length === 0) t.skip(DEV_NOTE);
  else assert.ok(stories.length >= 1 + devStories().length, `stories: ${stories.map((s) => s.title).join(' | ')}`);
});

for (const width of WIDTHS) {
  test(`story list at ${width} px: summary line, size, dates, search, keyboard, no path`, { skip, timeout: 120_000 }, async () => {
    const page = await newPage(width);
    await page.goto(served.url);
    const items = page.locator('.story');
    assert.equal(await items.count(), stories.length);
    for (const item of await items.all()) {
      assert.match(await item.locator('p').first().innerText(), /\d+ reports? from \d+ outlets?[\s\S]*\n\S/, 'a two-line summary');
      assert.match(await item.locator('p.muted').innerText(), /^\d+ reports? · \d+ outlets? · (\d+ |no dates)/, 'its size and dates');
    }
    assertNoPath(await page.content(), 'the story list');
    await assertFits(page, `the story list at ${width} px`);
    const title = (await items.first().locator('h2').innerText()).trim();
    await page.fill('#q', title.slice(0, 30).toLowerCase());
    const visible = await page.locator('.story:not([hidden])').count();
    assert.ok(visible >= 1 && (stories.length === 1 || visible < stories.length), `search "${title.slice(0, 30)}" narrows the list (${visible})`);
    await page.fill('#q', 'zzqxj no such story');
    assert.equal(await page.locator('.story:not([hidden])').count(), 0);
    assert.match(await page.locator('#count').innerText(), /^0 of \d+ stories$/);
    await page.fill('#q', '');
    assert.ok(await tabTo(page, '#q'), 'the search is reachable by keyboard');
    assert.ok(await tabTo(page, '.story a'), 'a story is reachable by keyboard');
    await page.close();
  });

  test(`every story page at ${width} px: answers first, disputes, filters, spans, sources, exports`, { skip, timeout: 300_000 }, async (t) => {
    for (const story of stories) {
      await t.test(story.title, async () => {
        const { body: record } = await api<StoryRecord>(`/api/stories/${story.id}`);
        const page = await newPage(width);
        await page.goto(served.url);
        const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
        const listed = squash(await page.locator(`.story:has(a[href="/stories/${story.id}"]) p`).first().innerText());
        await page.click(`a[href="/stories/${story.id}"]`);
        await page.waitForSelector('h1');
        assert.equal(squash(await page.locator('#summary').innerText()), listed, 'the page and the list give the same summary');
        await checkStoryPage(page, record, `${story.title} at ${width} px`);
        // The exports, from the page's own links.
        const links = await page.locator('.exports a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        assert.equal(links.length, 3);
        const [csv, json, jsonld] = await Promise.all(links.map(async (href) => {
          const res = await fetch(new URL(href, served.url));
          assert.equal(res.status, 200, href);
          assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="story-/);
          const text = await res.text();
          assertNoPath(text, href);
          return text;
        }));
        const values = factsOf(record).reduce((n, f) => n + f.values.length, 0);
        assert.equal(csvRecords(csv!), 1 + values, 'the CSV has a row per value');
        assert.equal((JSON.parse(json!) as { facts: unknown[] }).facts.length, factsOf(record).length);
        const graph = (JSON.parse(jsonld!) as { '@graph': { '@type': string; reviewRating?: unknown }[] })['@graph'];
        assert.equal(graph.length, factsOf(record).length);
        assert.ok(graph.every((g) => g['@type'] === 'ClaimReview' && g.reviewRating === undefined), 'ClaimReviews without a verdict');
        // A way back to the list.
        await page.click('nav.top a[href="/"]');
        await page.waitForSelector('.story');
        await page.close();
      });
    }
  });
}

test('nothing overflows a 360 px window: the list and every story page', { skip, timeout: 120_000 }, async () => {
  const page = await newPage(360);
  for (const path of ['/', ...stories.map((s) => `/stories/${s.id}`)]) {
    await page.goto(`${served.url}${path}`);
    await assertFits(page, `${path} at 360 px`);
  }
  await page.close();
});

test('a link to a fact among the collapsed ones opens them', { skip, timeout: 60_000 }, async () => {
  const page = await newPage(1280);
  await page.setContent(renderHtml(FIXTURE_RECORD, []));
  await page.evaluate(`(() => { const a = document.createElement('a'); a.href = '#f2'; a.id = 'to-f2'; a.textContent = 'f2'; document.body.prepend(a); })()`);
  assert.equal(await page.locator('#singles').getAttribute('open'), null);
  await page.click('#to-f2');
  assert.notEqual(await page.locator('#singles').getAttribute('open'), null);
  assert.ok(await page.locator('tr#f2').isVisible());
  await page.close();
});

test('no API answer shows a path of this machine', { skip, timeout: 60_000 }, async () => {
  assertNoPath((await api('/api/stories')).text, '/api/stories');
  assertNoPath((await api('/api/search?q=the')).text, '/api/search');
  for (const story of stories) {
    const { body, text } = await api<StoryRecord>(`/api/stories/${story.id}`);
    assertNoPath(text, `/api/stories/${story.id}`);
    for (const r of body.reports) assertNoPath((await api(`/api/reports/${r.id}`)).text, `/api/reports/${r.id}`);
  }
});

test('the page analyze --format html writes: same answers, works offline, no path', { skip, timeout: 120_000 }, async () => {
  const input = devStories()[0] ?? EXAMPLES;
  const { record, docs } = await analyze([input]);
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ui-'));
  try {
    const file = join(dir, 'story.html');
    writeFileSync(file, renderHtml(record, docs));
    for (const width of WIDTHS) {
      const page = await newPage(width);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`);
      await checkStoryPage(page, record, `analyze's page at ${width} px`);
      assert.equal(await page.locator('nav.top, .exports').count(), 0, 'a file has no server links');
      assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no request leaves the file');
      await page.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('upload at 375 px: progress, then the story', { skip, timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-up-'));
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  try {
    const files = [
      ['ferry-a.txt', 'outlet: Orvel Post\npublished: 2031-06-02\ntitle: Ferry runs aground off Skarn\n\nA ferry ran aground off Skarn on Sunday. The coastguard said 212 passengers were taken off. Skarn harbour stayed shut.\n'],
      ['ferry-b.txt', 'outlet: Skarn Daily\npublished: 2031-06-03\ntitle: Skarn ferry: 214 rescued\n\nThe ferry that ran aground off Skarn on Sunday carried 214 passengers, the operator said. All were brought ashore at Skarn.\n'],
    ].map(([name, text]) => {
      writeFileSync(join(dir, name!), text!);
      return join(dir, name!);
    });
    const page = await newPage(375);
    await page.goto(server.url);
    assert.match(await page.locator('main').innerText(), /No stories yet/);
    await page.setInputFiles('#files', files);
    // The server answers after a pause, as a long analysis would, so the progress can be seen.
    await page.route('**/api/reports', async (route) => {
      await new Promise((done) => setTimeout(done, 800));
      await route.continue();
    });
    await page.click('#up button[type="submit"]');
    await page.waitForSelector('#progress:not([hidden])');
    assert.match(await page.locator('#status').innerText(), /^(Sending|Analysing) 2 report\(s\)…$/);
    await page.waitForURL(/\/stories\/[0-9a-f]{16}$/, { timeout: 60_000 });
    assert.match(await page.locator('h1').innerText(), /Skarn/);
    assertNoPath(await page.content(), 'the uploaded story');
    await assertFits(page, 'the uploaded story at 375 px');
    // The list shows the story, and shows it again as it grows (its entry is read once per version).
    await page.click('nav.top a[href="/"]');
    assert.match(await page.locator('.story p.muted').innerText(), /^2 reports · 2 outlets · 2 – 3 Jun 2031/);
    const third = 'outlet: Skarn Daily\npublished: 2031-06-04\ntitle: Skarn ferry refloated\n\nThe ferry that ran aground off Skarn on Sunday was refloated on Tuesday, the operator said.\n';
    const res = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'ferry-c.txt', text: third }) });
    assert.equal(res.status, 201);
    await page.reload();
    assert.match(await page.locator('.story p.muted').innerText(), /^3 reports · 2 outlets · 2 – 4 Jun 2031/);
    await page.close();
  } finally {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

const examples = readdirSync(EXAMPLES).filter((f) => /\.(txt|html|xml)$/.test(f))
  .map((name) => (name.endsWith('.html') ? { name, html: readFileSync(join(EXAMPLES, name), 'utf8') } : { name, text: readFileSync(join(EXAMPLES, name), 'utf8') }));

/** A fresh server holding `uploads`, sent through the API as a browser would. */
async function withUploads(uploads: { name: string; text?: string; html?: string }[], f: (url: string) => Promise<void>) {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  try {
    const res = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(uploads) });
    assert.equal(res.status, 201, await res.clone().text());
    await f(server.url);
  } finally {
    await server.close();
    await store.close();
  }
}

test('an attributed value lights its span and the words that attribute it', { skip, timeout: 120_000 }, async () => {
  await withUploads(examples, async (url) => {
    const page = await newPage(1280);
    await page.goto(url);
    await page.click('a[href^="/stories/"]');
    await page.waitForSelector('h1');
    const attributed = page.locator('#fact-table a.v:has(i)').first();
    const ids = (await attributed.getAttribute('data-span'))!.split(' ');
    assert.equal(ids.length, 2, 'an attributed value names its cue span');
    await attributed.click();
    assert.deepEqual(await page.locator('mark.hit').evaluateAll((ms) => ms.map((m) => m.id)), ids);
    assert.equal(await page.locator(`[id="${ids[1]}"]`).getAttribute('class'), 'cue hit');
    await page.close();
  });
});

test('hostile report text runs nothing', { skip, timeout: 120_000 }, async () => {
  const hostile = 'published: 2025-03-16\nurl: javascript:window.__pwned=5\n\nA "<script>window.__pwned=1</script>" post said 40 people left. <img src=x onerror="window.__pwned=2"> ' +
    '<a href="javascript:window.__pwned=3">click</a> and "</mark><script>window.__pwned=4</script>" again.\n';
  await withUploads([{ name: 'hostile.txt', text: hostile }], async (url) => {
    const page = await newPage(1280);
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await page.goto(url);
    await page.click('a[href^="/stories/"]');
    await page.waitForSelector('h1');
    await page.locator('a.v').first().click({ timeout: 2000 }).catch(() => undefined);
    for (const a of await page.locator('#source-table a').all()) await a.click({ timeout: 2000 }).catch(() => undefined);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned ?? 0), 0);
    assert.equal(dialogs, 0);
    assert.equal(await page.locator('script:not([nonce])').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
    assert.ok((await page.content()).includes('&lt;script&gt;'));
    await page.close();
  });
});
