// The product page by keyboard: the article's sentences are one composite widget (WAI-ARIA
// roving tabindex: one Tab stop, arrow keys, Home and End between sentences, the original shown
// on focus); a skip link leads to the checker; Escape hides every open original, also one
// revealed by hovering (WCAG 1.4.13).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/site/de.ts';
import en from '../../src/i18n/site/en.ts';
import { hasBrowser } from '../helpers/browser.ts';
import { PRODUCT } from './page-types.ts';
import { useBrowser } from './use-browser.ts';

const SITE = { de, en };

/** What has focus: a sentence by its segment id, a checker control, or anything else by tag and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { kind: 'none', id: '' };
    const sentence = el.classList.contains('sxs-main') ? (el.closest('.sxs') as HTMLElement).dataset.sxs : undefined;
    if (sentence) return { kind: 'sentence', id: sentence };
    if (el.closest('section.checker') && el.matches('input, select, button')) return { kind: 'checker', id: el.tagName };
    return { kind: el.tagName.toLowerCase(), id: (el.textContent ?? '').trim().slice(0, 60) };
  });

const twinShown = (page: Page, id: string) => page.locator(`[id="o-${id}"]`).isVisible();

describe.skipIf(!hasBrowser)('the product page by keyboard', () => {
  const session = useBrowser(['seed']);
  const open = async (lang: 'de' | 'en'): Promise<Page> => {
    const page = await session.newPage();
    await page.goto(session.url('seed', `/${lang}/${PRODUCT}/`));
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    return page;
  };

  /** Tab stops from the top of the page until a checker control has focus; `follow` presses Enter on the link with that text. */
  const tabPass = async (page: Page, follow?: string): Promise<Array<{ kind: string; id: string }>> => {
    const stops: Array<{ kind: string; id: string }> = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      stops.push(f);
      if (f.kind === 'checker') return stops;
      if (follow && f.kind === 'a' && f.id === follow) await page.keyboard.press('Enter');
    }
    throw new Error(`No checker control within 120 Tab stops: ${JSON.stringify(stops.slice(-5))}`);
  };

  it.each(['de', 'en'] as const)('reaches the checker’s first control in under 15 stops on the %s page, by the skip link to it', async (lang) => {
    const page = await open(lang);
    const stops = await tabPass(page, SITE[lang]['nav.skip.checker']);
    expect(stops.length).toBeLessThan(15);
    expect(stops[0]).toEqual({ kind: 'a', id: SITE[lang]['nav.skip'] });
    expect(stops[1]).toEqual({ kind: 'a', id: SITE[lang]['nav.skip.checker'] });
    await page.close();
  });

  it('passes all the article’s sentences in one Tab stop on a Tab pass that skips nothing', async () => {
    const page = await open('en');
    const stops = await tabPass(page);
    const sentences = await page.locator('.doc .sxs-main').count();
    expect(sentences).toBeGreaterThan(30);
    expect(stops.filter((s) => s.kind === 'sentence')).toHaveLength(1);
    // Everything else on the way is a link, a disclosure's button or a toggle: header (with the colour scheme's), breadcrumb, contents, side by side, the article's links, the checklist.
    const schemeToggle = (s: { kind: string; id: string }) => s.kind === 'button' && s.id.endsWith(en['theme.dark']);
    expect(stops.filter(schemeToggle)).toHaveLength(1);
    expect(stops.filter((s) => !['a', 'summary', 'input', 'sentence', 'checker'].includes(s.kind) && !schemeToggle(s))).toEqual([]);
    await page.close();
  });

  it('moves between sentences with the arrow keys, Home and End, showing each original, and keeps the reader’s place as the Tab stop', async () => {
    const page = await open('en');
    await page.locator('.doc .sxs-main').first().focus();
    const ids = await page.locator('.doc .sxs').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sxs!));
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[0] });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[1] });
    expect(await twinShown(page, ids[1]!)).toBe(true);
    expect(await twinShown(page, ids[0]!)).toBe(false);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[2] });
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[1] });
    await page.keyboard.press('End');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids.at(-1) });
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids.at(-1) });
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[0] });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // One sentence at a time holds the Tab stop: the one last focused, so Shift+Tab back lands there.
    expect(await page.locator('.doc .sxs-main[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect((await focused(page)).kind).not.toBe('sentence');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toEqual({ kind: 'sentence', id: ids[2] });
    await page.close();
  });

  it('hides with Escape an original revealed by hovering, and every other open one', async () => {
    const page = await open('en');
    const sentences = page.locator('.doc .sxs-main');
    const ids = await page.locator('.doc .sxs').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.sxs!));
    await sentences.nth(0).focus();
    await sentences.nth(3).hover();
    expect(await twinShown(page, ids[0]!)).toBe(true);
    expect(await twinShown(page, ids[3]!)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await twinShown(page, ids[0]!)).toBe(false);
    expect(await twinShown(page, ids[3]!)).toBe(false);
    // Each stays hidden while the pointer or focus stays on it, and comes back on the next hover.
    await sentences.nth(3).hover({ position: { x: 2, y: 2 } });
    expect(await twinShown(page, ids[3]!)).toBe(false);
    await page.mouse.move(1, 1);
    expect(await twinShown(page, ids[0]!)).toBe(false);
    await sentences.nth(3).hover();
    expect(await twinShown(page, ids[3]!)).toBe(true);
    await page.close();
  });
});
