// The site on a phone (390 px wide): no page type scrolls sideways or puts an element outside
// the viewport, as loaded, side by side, and with checker rows added; side by side stacks each
// original under its translation; a tapped sentence's original opens inside the viewport.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/checker/en.ts';
import { hasBrowser } from '../helpers/browser.ts';
import { PAGE_TYPES, PRODUCT, SITES, type PageType } from './page-types.ts';
import { sideBySide } from './reader.ts';
import { useBrowser } from './use-browser.ts';
import { measureOverflow } from './viewport.ts';

const PHONE = { width: 390, height: 844 };

/** What a reader can do to a page that widens it: both languages side by side, checker rows added; each with the controls it needs. */
const STATES: Array<[string, PageType['controls'], (page: Page) => Promise<void>]> = [
  ['as loaded', [], async () => {}],
  ['side by side', ['side-by-side'], sideBySide],
  [
    'side by side with checker rows added',
    ['side-by-side', 'checker'],
    async (page) => {
      await sideBySide(page);
      await page.locator('#checker').scrollIntoViewIfNeeded();
      const form = page.locator('astro-island:not([ssr]) .checker-form');
      await form.waitFor();
      // The buttons are found by position, so the test reads every language's page.
      const adds = form.locator(':scope > fieldset > button');
      expect(await adds.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await adds.count()); i++) {
        await adds.nth(i).click();
        await adds.nth(i).click();
      }
      await form.locator('fieldset.checker-row input[type=text]').first().fill('Contoso Pharmaceuticals International Holdings GmbH & Co. KGaA');
    },
  ],
];

const cases = PAGE_TYPES.flatMap((type) =>
  STATES.filter(([, needs]) => needs.every((c) => type.controls.includes(c))).map(([state, , act]) => [`${type.name}, ${state}`, type, act] as const),
);

describe.skipIf(!hasBrowser)('the site on a 390 px phone', () => {
  const session = useBrowser(SITES);
  const open = async (type: Pick<PageType, 'site' | 'path'>): Promise<Page> => {
    const page = await session.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(session.url(type.site, type.path), { waitUntil: 'networkidle' });
    return page;
  };

  it('finds “Add customer” and “Add person” by their place in the form', async () => {
    const page = await open({ site: 'seed', path: `/en/${PRODUCT}/` });
    await page.locator('#checker').scrollIntoViewIfNeeded();
    const adds = page.locator('astro-island:not([ssr]) .checker-form > fieldset > button');
    await adds.first().waitFor();
    expect(await adds.allInnerTexts()).toEqual([en['checker.customer.add'], en['checker.individual.add']]);
    await page.close();
  });

  it.each(cases)('has nothing outside the viewport: %s', async (_name, type, act) => {
    const page = await open(type);
    await act(page);
    const overflow = await measureOverflow(page);
    expect(overflow.outside).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
    await page.close();
  });

  it.each(['de', 'en'])('stacks each original under its translation, set apart, on the %s product page', async (lang) => {
    const page = await open({ site: 'seed', path: `/${lang}/${PRODUCT}/` });
    await sideBySide(page);
    const pair = page.locator('.doc .pair').nth(1);
    const [main, twin] = await Promise.all([pair.locator('> p:not(.pair-twin)').boundingBox(), pair.locator('> .pair-twin').boundingBox()]);
    expect(twin!.y).toBeGreaterThanOrEqual(main!.y + main!.height);
    // Full width, not a column squeezed beside the translation.
    expect(twin!.width).toBeGreaterThan(PHONE.width * 0.7);
    const look = await pair.locator('> .pair-twin').evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderLeftStyle, background: s.backgroundColor, mainBackground: getComputedStyle(el.previousElementSibling!).backgroundColor };
    });
    expect(look.border).not.toBe('none');
    expect(look.background).not.toBe(look.mainBackground);
    await page.close();
  });

  // On a desktop too: there the original opens under its sentence, moved in from the right edge or above it when it would leave the screen.
  it.each([390, 700, 1280].flatMap((width) => ['de', 'en'].map((lang) => [width, lang] as const)))('opens a tapped sentence’s original inside a %i px viewport on the %s product page', async (width, lang) => {
    const viewport = { width, height: PHONE.height };
    const page = await session.newPage();
    await page.setViewportSize(viewport);
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`), { waitUntil: 'networkidle' });
    // A tap on a sentence holding a link follows the link instead.
    const sentences = page.locator('.doc .sxs-main:not(:has(a))');
    const count = await sentences.count();
    expect(count).toBeGreaterThan(10);
    // Every sentence, wherever it sits on its line and on the screen; Escape closes each before the next (on a desktop an open original covers the lines under it).
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Escape');
      const sentence = sentences.nth(i);
      await sentence.scrollIntoViewIfNeeded();
      await sentence.click();
      const twin = page.locator(`[id="${await sentence.getAttribute('aria-describedby')}"]`);
      expect(await twin.isVisible(), `original of sentence ${i + 1}`).toBe(true);
      const box = (await twin.boundingBox())!;
      const where = `original of sentence ${i + 1}: ${JSON.stringify(box)}`;
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(viewport.width);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, where).toBeLessThanOrEqual(viewport.height);
    }
    await page.close();
  });
});
