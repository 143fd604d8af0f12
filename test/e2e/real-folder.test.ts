// The site built from real folders with their tables of contents (the four HoloLens folders,
// about 80 entries each), in every interface language and both colour schemes: on a 390 px
// phone every page's h1 is in the first screen and nothing scrolls sideways; on a 1280 px screen
// "On this page" and the side-by-side switch are at the top right; axe finds nothing; the
// disclosures work without JavaScript; the colour scheme toggle is remembered.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser.ts';
import { hasHololens } from '../helpers/fixture-folders.ts';
import { axeViolations } from './axe.ts';
import { SCREENSHOTS, useBrowser } from './use-browser.ts';
import { measureOverflow } from './viewport.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SCHEMES = ['light', 'dark'] as const;

describe.skipIf(!hasBrowser || !hasHololens)('the site from the HoloLens folders', () => {
  const session = useBrowser(['hololens']);

  /** Every language of the site, with the first page of its list (the page a reader starts on) and every page. */
  async function languages(): Promise<Array<{ lang: string; page: string; pages: string[] }>> {
    const page = await session.newPage();
    await page.goto(session.url('hololens', '/'));
    const langs = await page.locator('.root-choice a[hreflang]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[1]!));
    const found = [];
    for (const lang of langs) {
      await page.goto(session.url('hololens', `/${lang}/`));
      const pages = await page.locator('.page-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      found.push({ lang, page: pages[0]!, pages });
    }
    await page.close();
    return found;
  }

  async function open(path: string, viewport: { width: number; height: number }, scheme: 'light' | 'dark'): Promise<Page> {
    const page = await session.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(session.url('hololens', path), { waitUntil: 'networkidle' });
    return page;
  }

  it('has every interface language: German, English, French, Japanese and Chinese', async () => {
    expect((await languages()).map((l) => l.lang).sort()).toEqual(['de', 'en', 'fr', 'ja', 'zh']);
  });

  it('shows the h1 in the first screen of a phone and scrolls nothing sideways on every page, in every language', async () => {
    const page = await session.newPage();
    await page.setViewportSize(PHONE);
    let seen = 0;
    for (const { lang, pages } of await languages()) {
      for (const at of [`/${lang}/`, ...pages]) {
        await page.goto(session.url('hololens', at));
        const h1 = (await page.locator('h1').boundingBox())!;
        expect(h1.y + h1.height, at).toBeLessThan(PHONE.height);
        const overflow = await measureOverflow(page);
        expect(overflow.scrollWidth, at).toBeLessThanOrEqual(overflow.innerWidth);
        expect(overflow.outside, at).toEqual([]);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(5 * 8);
    await page.close();
  });

  it.each(SCHEMES)('has no axe violation on a phone, in every language (%s)', async (scheme) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const seen: string[] = [];
    for (const { lang, page: path } of await languages()) {
      {
        for (const at of [path, `/${lang}/`]) {
          const page = await open(at, PHONE, scheme);
          const where = `${at} (${scheme})`;
          expect((await page.locator('h1').boundingBox())!.y, where).toBeLessThan(PHONE.height);
          expect((await measureOverflow(page)).scrollWidth, where).toBeLessThanOrEqual(PHONE.width);
          expect(await axeViolations(page), where).toEqual([]);
          if (at === path) await page.screenshot({ path: join(SCREENSHOTS, `real-${lang}-390-${scheme}.png`) });
          seen.push(where);
          await page.close();
        }
      }
    }
    expect(seen).toHaveLength(10);
  });

  it('opens the language menu and search inside the phone’s screen, each language on one line', async () => {
    const [{ page: path }] = (await languages()).filter((l) => l.lang === 'fr');
    const page = await open(path!, PHONE, 'light');
    await page.locator('.search > summary').click();
    const panel = (await page.locator('.search-panel').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press('Escape');
    await page.locator('.lang-menu > summary').click();
    const items = page.locator('.lang-menu-panel li > *');
    expect(await items.count()).toBe(5);
    const lineHeight = await items.first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    for (const box of await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.height).toBeLessThan(lineHeight * 2);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    expect((await measureOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator('.lang-menu').getAttribute('open')).toBeNull();
    await page.close();
  });

  it.each(SCHEMES)('puts “On this page” and the side-by-side switch at the top right of a 1280 px screen, sidebar left (%s)', async (scheme) => {
    for (const { lang, pages } of await languages()) {
      // A page long enough to scroll past twice the screen, so that sticky means something.
      let page = await open(pages[0]!, DESKTOP, scheme);
      for (const path of pages.slice(1)) {
        if ((await page.evaluate(() => document.documentElement.scrollHeight)) > 2 * DESKTOP.height) break;
        await page.close();
        page = await open(path, DESKTOP, scheme);
      }
      const [nav, article, tools, toggle] = await Promise.all(['.doc-nav', 'article.doc', '.doc-tools', '#sbs-toggle'].map(async (s) => (await page.locator(s).boundingBox())!));
      expect(nav!.x + nav!.width, lang).toBeLessThanOrEqual(article!.x);
      expect(tools!.x, lang).toBeGreaterThanOrEqual(article!.x + article!.width);
      expect(tools!.y, lang).toBeLessThan(DESKTOP.height / 3);
      expect(toggle!.y + toggle!.height, lang).toBeLessThan(DESKTOP.height);
      // Sticky: still in view after scrolling far down the article.
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await page.evaluate(() => window.scrollY), lang).toBeGreaterThan(DESKTOP.height / 2);
      expect((await page.locator('#sbs-toggle').boundingBox())!.y, lang).toBeLessThan(DESKTOP.height);
      expect(await axeViolations(page), lang).toEqual([]);
      if (lang === 'ja') await page.screenshot({ path: join(SCREENSHOTS, `real-${lang}-1280-${scheme}.png`) });
      await page.close();
    }
  });

  it('opens the navigation and “On this page” on a phone without JavaScript', async () => {
    const [{ page: path }] = await languages();
    const page = await session.newPage();
    await page.setViewportSize(PHONE);
    // No script runs: the site's own are not served.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(session.url('hololens', path!));
    const firstLink = page.locator('.doc-nav .site-nav a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await page.locator('.doc-nav > summary').click();
    expect(await firstLink.isVisible()).toBe(true);
    await page.locator('.doc-tools > summary').click();
    expect(await page.locator('#sbs-toggle').isVisible()).toBe(true);
    await page.close();
  });

  it('remembers the dark scheme chosen with the toggle on the next page', async () => {
    const [{ lang, page: path }] = await languages();
    const page = await open(path!, PHONE, 'light');
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    const toggle = page.locator('.theme-toggle');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    await page.goto(session.url('hololens', `/${lang}/`));
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe(light);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
