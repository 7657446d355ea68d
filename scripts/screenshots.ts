// Makes the README's screenshots (docs/screenshots/) from the web UI over the bundled examples:
// the story list, the story page's top, its Disputed section, its sources side by side, a value's
// span lit after a click, and the top of the page at 375 px. Needs Debian's Chromium.
// Run: npm run screenshots
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, EXAMPLES, ROOT, serveInputs } from '../test/helpers/ui-server.js';

const OUT = join(ROOT, 'docs', 'screenshots');

if (!existsSync(CHROMIUM)) {
  process.stderr.write(`screenshots: ${CHROMIUM} is absent (apt-get install chromium)\n`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const served = await serveInputs([EXAMPLES]);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** Scrolls `selector` to the top of the window and shoots the window. */
async function shoot(page: Page, name: string, selector?: string) {
  if (selector) await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(OUT, name) });
  process.stdout.write(`screenshots: ${join('docs', 'screenshots', name)}\n`);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await page.goto(served.url);
  await shoot(page, 'stories.png');
  await page.click('.story a');
  await page.waitForSelector('h1');
  await shoot(page, 'story-top.png');
  await shoot(page, 'story-disputed.png', '#disputed');
  await shoot(page, 'story-sources.png', '#sources');
  await page.locator('.dispute a.v, #fact-table a.v').first().click();
  await shoot(page, 'span.png');
  const phone = await browser.newPage({ viewport: { width: 375, height: 780 } });
  await phone.goto(page.url().replace(/#.*/, ''));
  await shoot(phone, 'story-phone.png');
} finally {
  await browser.close();
  await served.close();
}
