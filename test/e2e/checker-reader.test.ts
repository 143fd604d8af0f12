// The checker as a partner uses it, in a real browser: 400 customers imported on the German page
// are all there, names too, after switching to English, each number written the English way; the
// verdicts stay in view while the form grows; "Read it on the page" marks its sentence.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/checker/de.ts';
import { hasBrowser } from '../helpers/browser.ts';
import { PRODUCT } from './page-types.ts';
import { useBrowser } from './use-browser.ts';

const csv = (count: number): Buffer =>
  Buffer.from(['name;association;status;Exchange Online', ...Array.from({ length: count }, (_, i) => `Kunde ${i + 1} GmbH;Transacting Partner;paid;${1000 + i}`)].join('\n'));
const customerRows = (page: Page) => page.locator('section.checker fieldset.checker-row:has(select)');

describe.skipIf(!hasBrowser)('the checker from where the partner stands', () => {
  const session = useBrowser(['seed']);
  const open = async (path: string): Promise<Page> => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(session.url('seed', path));
    await page.locator('#checker').scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    return page;
  };

  it('keeps every entry, names too, when the reader switches the page’s language', async () => {
    const page = await open(`/de/${PRODUCT}/`);
    await page.getByLabel(de['checker.csv'], { exact: true }).setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: csv(400) });
    await expect.poll(() => customerRows(page).count()).toBe(400);
    await expect.poll(() => new URL(page.url()).searchParams.has('checker')).toBe(true);
    const verdict = await page.locator('.checker-announce').innerText();
    await Promise.all([page.waitForURL(`**/en/${PRODUCT}/**`), page.locator('.lang-switch a[hreflang="en-US"]').click()]);
    await page.locator('#checker').scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    await expect.poll(() => customerRows(page).count()).toBe(400);
    const last = customerRows(page).nth(399);
    expect(await last.locator('input[type=text]').first().inputValue()).toBe('Kunde 400 GmbH');
    expect(await last.getByLabel('Exchange Online', { exact: true }).inputValue()).toBe('1,399');
    expect(await page.locator('.checker-announce').innerText()).not.toBe(verdict);
    expect(await page.locator('.checker-announce').innerText()).toMatch(/^Silver: /);
    await page.close();
  });

  it('keeps the verdicts in view at the bottom of the screen while the form grows', async () => {
    const page = await open(`/de/${PRODUCT}/`);
    const add = page.getByRole('button', { name: de['checker.customer.add'], exact: true });
    for (let i = 0; i < 6; i++) await add.click();
    await add.scrollIntoViewIfNeeded();
    const line = (await page.locator('.checker-announce').boundingBox())!;
    expect(line.y + line.height).toBeLessThanOrEqual(844 + 0.5);
    expect(line.y).toBeGreaterThan(844 / 2);
    await page.close();
  });

  it('marks the sentence “Read it on the page” leads to', async () => {
    const page = await open(`/de/${PRODUCT}/`);
    const link = page.locator('.checker-req a[href^="#s-"]').first();
    await link.waitFor();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    const sentence = page.locator(`[id="${target.slice(1)}"] > .sxs-main`);
    const look = await sentence.evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, background: getComputedStyle(el).backgroundColor }));
    expect(look.outline).toBe('solid');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    const box = (await sentence.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(844);
    await page.close();
  });
});
