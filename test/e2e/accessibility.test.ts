// Accessibility in a real browser: axe-core finds no violation on any page type in either
// language, neither as loaded nor with an original revealed or both languages side by side.
import { describe, expect, it } from 'vitest';
import { hasBrowser } from '../helpers/browser.ts';
import { axeViolations } from './axe.ts';
import { PAGE_TYPES, PRODUCT, SITES } from './page-types.ts';
import { useBrowser } from './use-browser.ts';

describe.skipIf(!hasBrowser)('accessibility (axe-core)', () => {
  const session = useBrowser(SITES);

  it.each(PAGE_TYPES.map((p) => [p.name, p] as const))('finds no violation on the %s', async (_name, type) => {
    const page = await session.newPage();
    await page.goto(session.url(type.site, type.path), { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['de', 'en'])('finds no violation on the %s product page with an original revealed', async (lang) => {
    const page = await session.newPage();
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    await page.focus('.doc .sxs-main');
    expect(await page.locator('.doc .sxs-twin').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['de', 'en'])('finds no violation on the %s product page side by side', async (lang) => {
    const page = await session.newPage();
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    await page.check('#sbs-toggle');
    expect(await page.locator('.pair-twin').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
