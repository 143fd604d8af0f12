// The site in a real browser: the product page in both languages, the language switch that
// keeps the reader's place, revealing an original by keyboard, the side-by-side view, and
// every page type loading without console errors or failed requests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser, watchPage } from '../helpers/browser.ts';
import { PAGE_TYPES, PRODUCT, SITES } from './page-types.ts';
import { SCREENSHOTS, useBrowser } from './use-browser.ts';

/** Presses Tab until a sentence of the article has focus; returns its segment id. */
async function tabToSentence(page: Page, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.classList.contains('sxs-main') ? (el.closest('.sxs') as HTMLElement).dataset.sxs ?? '' : undefined;
    });
    if (id !== undefined) return id;
  }
  throw new Error(`No sentence took focus within ${limit} presses of Tab`);
}

describe.skipIf(!hasBrowser)('the site in a browser', () => {
  const session = useBrowser(SITES);

  it.each([
    ['de', 'de-DE', 'Cloud Productivity-Kompetenz', 'Cloud Productivity competency'],
    ['en', 'en-US', 'Cloud Productivity competency', 'Cloud Productivity-Kompetenz'],
  ])('opens the %s product page with its own title and the twin hidden, its language the source’s full tag (%s)', async (lang, tag, heading, twin) => {
    const page = await session.newPage();
    const problems = watchPage(page);
    const response = await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(tag);
    const h1 = page.locator('h1 .sxs-main');
    expect(await h1.innerText()).toBe(heading);
    const h1Twin = page.locator('h1 .sxs-twin');
    expect(await h1Twin.textContent()).toBe(twin);
    expect(await h1Twin.isVisible()).toBe(false);
    expect(await page.locator('#silver').count()).toBe(1);
    expect(await page.locator('#gold').count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `product-${lang}.png`), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('switches from German to English and lands on the same anchor (#gold stays #gold)', async () => {
    const page = await session.newPage();
    const problems = watchPage(page);
    await page.goto(session.url('seed', `/de/${PRODUCT}/`));
    await page.locator('.toc a[href="#gold"]').click();
    expect(new URL(page.url()).hash).toBe('#gold');
    await Promise.all([page.waitForURL(`**/en/${PRODUCT}/#gold`), page.locator('.lang-switch a[hreflang="en-US"]').click()]);
    expect(await page.getAttribute('html', 'lang')).toBe('en-US');
    expect(new URL(page.url()).hash).toBe('#gold');
    const top = await page.locator('#gold').evaluate((el) => el.getBoundingClientRect().top);
    // Scrolled to the heading: at the top of the viewport, give or take a sub-pixel.
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(100);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the anchor of a page opened at #gold when switching back to German', async () => {
    const page = await session.newPage();
    await page.goto(session.url('seed', `/en/${PRODUCT}/#gold`));
    await Promise.all([page.waitForURL(`**/de/${PRODUCT}/#gold`), page.locator('.lang-switch a[hreflang="de-DE"]').click()]);
    expect(new URL(page.url()).hash).toBe('#gold');
    await page.close();
  });

  it.each(['de', 'en'])('reveals the original of a sentence on the %s page by keyboard and hides it with Escape', async (lang) => {
    const page = await session.newPage();
    const problems = watchPage(page);
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    const id = await tabToSentence(page);
    const twin = page.locator(`[id="o-${id}"]`);
    expect(await twin.getAttribute('lang')).toBe(lang === 'de' ? 'en-US' : 'de-DE');
    expect(await twin.isVisible()).toBe(true);
    expect((await twin.innerText()).trim()).not.toBe('');
    await page.keyboard.press('Escape');
    expect(await twin.isVisible()).toBe(false);
    // The next sentence (an arrow key away) shows its own twin again: Escape hid only the one dismissed.
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => (document.activeElement?.closest('.sxs') as HTMLElement | null)?.dataset.sxs);
    expect(next).toBeDefined();
    expect(next).not.toBe(id);
    expect(await page.locator(`[id="o-${next}"]`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows both languages paragraph by paragraph when the side-by-side toggle is checked by keyboard', async () => {
    const page = await session.newPage();
    await page.goto(session.url('seed', `/de/${PRODUCT}/`));
    const twinParagraph = page.locator('.pair .pair-twin').first();
    expect(await twinParagraph.isVisible()).toBe(false);
    await page.focus('#sbs-toggle');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#sbs-toggle')).toBe(true);
    expect(await twinParagraph.isVisible()).toBe(true);
    expect(await twinParagraph.getAttribute('lang')).toBe('en-US');
    const [main, twin] = await Promise.all([page.locator('.pair > p').first().boundingBox(), twinParagraph.boundingBox()]);
    expect(twin!.x).toBeGreaterThan(main!.x + main!.width / 2);
    expect(Math.abs(twin!.y - main!.y)).toBeLessThan(20);
    await page.keyboard.press('Space');
    expect(await twinParagraph.isVisible()).toBe(false);
    await page.close();
  });

  it.each(PAGE_TYPES.map((p) => [p.name, p] as const))('loads the %s with no console error and no failed request', async (_name, type) => {
    const page = await session.newPage();
    const url = session.url(type.site, type.path);
    const problems = watchPage(page, { expectStatus: type.status === 200 ? {} : { [url]: type.status } });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(type.status);
    expect(await page.locator('h1, h2').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
