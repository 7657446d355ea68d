// The web UI in real headless Chromium (Debian's package, driven by playwright-core; no browser download).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { openStore } from '../src/store/index.js';
import { serve } from '../src/server/app.js';

const ROOT = resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium): skipping browser tests`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

async function withServer(uploads: { name: string; text?: string; html?: string }[], f: (url: string, browser: Browser) => Promise<void>) {
  const store = await openStore(':memory:');
  const server = await serve({ port: 0, store });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const res = await fetch(`${server.url}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(uploads) });
    assert.equal(res.status, 201, await res.clone().text());
    await f(server.url, browser);
  } finally {
    await browser.close();
    await server.close();
    await store.close();
  }
}

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(txt|html|xml)$/.test(f))
  .map((name) => (name.endsWith('.html') ? { name, html: readFileSync(join(ROOT, 'examples', name), 'utf8') } : { name, text: readFileSync(join(ROOT, 'examples', name), 'utf8') }));

test('open a story, click a conflicting value, see its span highlighted', { skip, timeout: 120_000 }, async () => {
  await withServer(examples, async (url, browser) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    await page.click('a[href^="/stories/"]');
    await page.waitForSelector('h1');
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'story.png'), fullPage: false });
    const value = page.locator('tr:has(.badge.conflict) a.v, tr:has(.badge) a.v').first();
    const target = await value.getAttribute('data-span');
    await value.click();
    const hit = page.locator('mark.hit');
    assert.ok((await hit.count()) >= 1, 'a span is highlighted');
    assert.equal(await hit.first().getAttribute('id'), target!.split(' ')[0]);
    await page.screenshot({ path: join(ROOT, 'docs', 'screenshots', 'span.png') });
    // An attributed value lights its span and the words that attribute it.
    const attributed = page.locator('a.v:has(i)').first();
    const ids = (await attributed.getAttribute('data-span'))!.split(' ');
    assert.equal(ids.length, 2, 'an attributed value names its cue span');
    await attributed.click();
    assert.deepEqual(await page.locator('mark.hit').evaluateAll((ms) => ms.map((m) => m.id)), ids);
    assert.equal(await page.locator(`[id="${ids[1]}"]`).getAttribute('class'), 'cue hit');
    // Run in the page, so written as a string: the tests compile without the DOM's types.
    const dead = await page.evaluate(`[...document.querySelectorAll('a[href^="#"]')]
      .map((a) => a.getAttribute('href').slice(1)).filter((id) => id && !document.getElementById(id))`);
    assert.deepEqual(dead, [], 'every in-page link (timeline, events, facts, spans) has a target');
  });
});

test('hostile report text runs nothing', { skip, timeout: 120_000 }, async () => {
  const hostile = 'published: 2025-03-16\n\nA "<script>window.__pwned=1</script>" post said 40 people left. <img src=x onerror="window.__pwned=2"> ' +
    '<a href="javascript:window.__pwned=3">click</a> and "</mark><script>window.__pwned=4</script>" again.\n';
  await withServer([{ name: 'hostile.txt', text: hostile }], async (url, browser) => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => { dialogs++; await d.dismiss(); });
    await page.goto(url);
    await page.click('a[href^="/stories/"]');
    await page.waitForSelector('h1');
    await page.locator('a.v').first().click().catch(() => undefined);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned ?? 0), 0);
    assert.equal(dialogs, 0);
    assert.equal(await page.locator('script:not([nonce])').count(), 0);
    assert.ok((await page.content()).includes('&lt;script&gt;'));
  });
});
