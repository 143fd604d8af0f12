// Screenshots of the product page as a reader would try it: at 1280 and 390 px, in both
// languages, side by side on, with checker rows added and partly filled, and on a phone with an
// original revealed. Written to test-output/screenshots/ (git-ignored) to be looked at; each
// shot is also checked for sideways overflow and for axe violations, so a look that breaks fails.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/checker/de.ts';
import en from '../../src/i18n/checker/en.ts';
import { hasBrowser } from '../helpers/browser.ts';
import { axeViolations } from './axe.ts';
import { PRODUCT } from './page-types.ts';
import { sideBySide } from './reader.ts';
import { SCREENSHOTS, useBrowser } from './use-browser.ts';
import { measureOverflow } from './viewport.ts';

const MESSAGES = { de, en };
const WIDTHS = [1280, 390] as const;

/** Two customers (one filled, one not yet) and one person with a credential. */
async function addRows(page: Page, lang: 'de' | 'en'): Promise<void> {
  const t = MESSAGES[lang];
  const checker = page.locator('section.checker');
  await checker.getByLabel(t['checker.market'], { exact: true }).selectOption('developed');
  const add = checker.getByRole('button', { name: t['checker.customer.add'], exact: true });
  await add.click();
  await add.click();
  const row = checker.locator('fieldset.checker-row').first();
  await row.getByLabel(t['checker.name'], { exact: true }).fill('Contoso Pharmaceuticals');
  await row.getByLabel(t['checker.customer.association'], { exact: true }).selectOption({ index: 0 });
  await row.getByLabel(t['checker.customer.status'], { exact: true }).selectOption('paid');
  await row.getByLabel('Exchange Online', { exact: true }).fill(new Intl.NumberFormat(lang).format(2500));
  await checker.getByRole('button', { name: t['checker.individual.add'], exact: true }).click();
  await checker.getByRole('checkbox', { name: /MCSA/ }).check();
}

describe.skipIf(!hasBrowser)('screenshots of the product page', () => {
  const session = useBrowser(['seed']);

  it.each(WIDTHS.flatMap((width) => (['de', 'en'] as const).map((lang) => [width, lang] as const)))(
    'at %i px in %s: side by side, checker rows added',
    async (width, lang) => {
      const page = await session.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
      await sideBySide(page);
      await page.locator('#checker').scrollIntoViewIfNeeded();
      await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
      await addRows(page, lang);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `product-${lang}-${width}.png`), fullPage: true });
      await page.locator('section.checker').screenshot({ path: join(SCREENSHOTS, `checker-${lang}-${width}.png`) });
      const overflow = await measureOverflow(page);
      expect(overflow.outside).toEqual([]);
      expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it.each(['de', 'en'] as const)('at 390 px in %s: a tapped sentence with its original', async (lang) => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    const sentence = page.locator('.doc li .sxs-main:not(:has(a))').nth(2);
    await sentence.scrollIntoViewIfNeeded();
    await sentence.click();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `reveal-${lang}-390.png`) });
    expect(await page.locator(`[id="${await sentence.getAttribute('aria-describedby')}"]`).isVisible()).toBe(true);
    await page.close();
  });
});
