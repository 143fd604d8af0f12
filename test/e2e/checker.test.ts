// The eligibility checker in a real browser, in both languages: a partner reaches Silver and
// not Gold and reads what Gold still needs; the share link reproduces it in a new page; a CSV
// import reports its bad line; the whole checker works by keyboard; axe finds nothing.
// Every label and message comes from the checker's catalogues, level names from the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/checker/de.ts';
import en from '../../src/i18n/checker/en.ts';
import { hasBrowser, watchPage } from '../helpers/browser.ts';
import { axeViolations } from './axe.ts';
import { PRODUCT } from './page-types.ts';
import { SCREENSHOTS, useBrowser } from './use-browser.ts';

type Key = keyof typeof en;
const LOCALES = { de: { messages: de, locale: 'de-DE' }, en: { messages: en, locale: 'en-US' } };
type Lang = keyof typeof LOCALES;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The catalogue's message with its placeholders filled; `RegExp` values stay patterns. */
function message(lang: Lang, key: Key, values: Record<string, string | RegExp> = {}): RegExp {
  const parts = LOCALES[lang].messages[key].split(/(\{\w+\})/);
  return new RegExp(
    parts
      .map((p) => {
        const v = /^\{(\w+)\}$/.exec(p) ? values[p.slice(1, -1)] : undefined;
        if (v === undefined) return escape(p);
        return typeof v === 'string' ? escape(v) : v.source;
      })
      .join(''),
  );
}

const text = (lang: Lang, key: Key): string => LOCALES[lang].messages[key];
const format = (lang: Lang, n: number): string => new Intl.NumberFormat(LOCALES[lang].locale).format(n);

/** Opens the product page at its checker and waits until the island has hydrated. */
async function openChecker(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.locator('#checker').scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
  return page.locator('section.checker');
}

/** Level names as the page's own headings write them. */
async function levelNames(page: Page): Promise<{ silver: string; gold: string }> {
  const name = async (id: string) => (await page.locator(`[id="${id}"] .sxs-main`).first().innerText()).trim();
  return { silver: await name('silver'), gold: await name('gold') };
}

/** Market, then one person holding MCSA: Office 365 (one qualified individual: Silver's, not Gold's two). */
async function answerMarketAndPeople(checker: Locator, lang: Lang): Promise<void> {
  await checker.getByLabel(text(lang, 'checker.market'), { exact: true }).selectOption('developed');
  await checker.getByRole('button', { name: text(lang, 'checker.individual.add'), exact: true }).click();
  await checker.getByRole('checkbox', { name: /MCSA/ }).check();
}

/** One paid, qualifying customer with 2,500 Exchange Online users: Silver needs 2,000, Gold 4,000. */
async function answerCustomer(checker: Locator, lang: Lang): Promise<void> {
  await checker.getByRole('button', { name: text(lang, 'checker.customer.add'), exact: true }).click();
  const row = checker.locator('fieldset.checker-row').first();
  await row.getByLabel(text(lang, 'checker.name'), { exact: true }).fill('Contoso');
  const association = row.getByLabel(text(lang, 'checker.customer.association'), { exact: true });
  await association.selectOption({ index: 0 });
  expect(['none', 'unknown']).not.toContain(await association.inputValue());
  await row.getByLabel(text(lang, 'checker.customer.status'), { exact: true }).selectOption('paid');
  await row.getByLabel('Exchange Online', { exact: true }).fill(format(lang, 2500));
}

/** Reads the verdict: Silver met, Gold not, with Gold's gaps in users and people. */
async function expectSilverNotGold(page: Page, checker: Locator, lang: Lang): Promise<void> {
  const { silver, gold } = await levelNames(page);
  const announce = `${message(lang, 'checker.announce', { level: silver, verdict: text(lang, 'checker.verdict.met') }).source} ${message(lang, 'checker.announce', { level: gold, verdict: text(lang, 'checker.verdict.not-met') }).source}`;
  await expect.poll(() => checker.locator('.checker-announce').innerText()).toMatch(new RegExp(`^${announce}$`));
  const goldResult = checker.locator('.checker-level').filter({ has: page.locator('h4', { hasText: gold }) });
  const goldText = await goldResult.innerText();
  expect(goldText).toMatch(message(lang, 'checker.gap.per-workload', { amount: format(lang, 1500), unit: /.+/ }));
  expect(goldText).toMatch(message(lang, 'checker.gap.person.one', { count: format(lang, 1), routes: /.*MCSA.*/ }));
  const silverResult = checker.locator('.checker-level').filter({ has: page.locator('h4', { hasText: silver }) });
  expect(await silverResult.locator('h4').innerText()).toMatch(new RegExp(`${escape(text(lang, 'checker.verdict.met'))}$`));
}

describe.skipIf(!hasBrowser)('the checker in a browser', () => {
  const session = useBrowser(['seed']);
  const productUrl = (lang: Lang) => session.url('seed', `/${lang}/${PRODUCT}/#checker`);

  it.each(['de', 'en'] as const)('reaches Silver but not Gold on the %s page, says what Gold needs, and shares it by link', async (lang) => {
    const { context } = session.browser;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url('seed', '') });
    const page = await session.newPage();
    const problems = watchPage(page);
    const checker = await openChecker(page, productUrl(lang));
    await answerMarketAndPeople(checker, lang);
    await answerCustomer(checker, lang);
    await expectSilverNotGold(page, checker, lang);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await checker.screenshot({ path: join(SCREENSHOTS, `checker-${lang}.png`) });

    await checker.getByRole('button', { name: text(lang, 'checker.share'), exact: true }).click();
    await expect.poll(() => checker.getByRole('status').last().innerText()).toBe(text(lang, 'checker.share.done'));
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toMatch(/[?&]checker=/);
    expect(decodeURIComponent(shared)).not.toContain('Contoso');

    const again = await session.newPage();
    const againProblems = watchPage(again);
    const reopened = await openChecker(again, shared);
    await expectSilverNotGold(again, reopened, lang);
    expect([...problems, ...againProblems]).toEqual([]);
    await again.close();
    await page.close();
  });

  it.each([
    ['de', 'name;association;status;Exchange Online\nContoso;Transacting Partner;paid;2.500\nFabrikam;no-such-association;paid;100\n'],
    ['en', 'name,association,status,Exchange Online\nContoso,Transacting Partner,paid,"2,500"\nFabrikam,no-such-association,paid,100\n'],
  ] as const)('imports customers from a CSV file on the %s page and names the line it could not read', async (lang, csv) => {
    const page = await session.newPage();
    const problems = watchPage(page);
    const checker = await openChecker(page, productUrl(lang));
    await answerMarketAndPeople(checker, lang);
    await checker.getByLabel(text(lang, 'checker.csv'), { exact: true }).setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = checker.locator('.checker-field [role=status]');
    // The line with an unknown association is imported too, its association "not sure", and named.
    await expect.poll(() => report.innerText()).toMatch(message(lang, 'checker.csv.done', { count: format(lang, 2) }));
    expect(await report.innerText()).toMatch(
      message(lang, 'checker.csv.row.kept', { line: '3', problem: message(lang, 'checker.csv.unknown-association', { value: 'no-such-association' }), unsure: text(lang, 'checker.unsure') }),
    );
    expect(await checker.locator('fieldset.checker-row').nth(1).getByLabel(text(lang, 'checker.customer.association'), { exact: true }).inputValue()).toBe('unknown');
    expect(await checker.locator('fieldset.checker-row').first().getByLabel(text(lang, 'checker.name'), { exact: true }).inputValue()).toBe('Contoso');
    await expectSilverNotGold(page, checker, lang);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves focus into a new row, and to a neighbour when a row is removed', async () => {
    const page = await session.newPage();
    const checker = await openChecker(page, productUrl('en'));
    const add = checker.getByRole('button', { name: text('en', 'checker.individual.add'), exact: true });
    await add.click();
    await add.click();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'BUTTON' ? el.textContent : el?.closest('fieldset')?.querySelector('legend')?.textContent;
      });
    expect(await focused()).toMatch(message('en', 'checker.individual', { n: '2' }));
    await checker.getByRole('button', { name: message('en', 'checker.remove', { item: message('en', 'checker.individual', { n: '1' }) }) }).click();
    expect(await focused()).toMatch(message('en', 'checker.individual', { n: '1' }));
    await checker.getByRole('button', { name: message('en', 'checker.remove', { item: message('en', 'checker.individual', { n: '1' }) }) }).click();
    expect(await focused()).toBe(text('en', 'checker.individual.add'));
    await page.close();
  });

  it('replaces the customers with the file on a second import, and adds to them only when asked', async () => {
    const page = await session.newPage();
    const checker = await openChecker(page, productUrl('en'));
    const file = { name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from('name,association,status,Exchange Online\nContoso,Transacting Partner,paid,"2,500"\n') };
    const input = checker.getByLabel(text('en', 'checker.csv'), { exact: true });
    // Customer rows are the ones with choices (association, subscription); person rows have checkboxes.
    const rows = checker.locator('fieldset.checker-row:has(select)');
    await input.setInputFiles(file);
    await expect.poll(() => rows.count()).toBe(1);
    await input.setInputFiles([]);
    await input.setInputFiles(file);
    await expect.poll(() => checker.locator('.checker-field [role=status]').innerText()).toMatch(message('en', 'checker.csv.done', { count: format('en', 1) }));
    expect(await rows.count()).toBe(1);
    await checker.getByLabel(text('en', 'checker.csv.append'), { exact: true }).check();
    await input.setInputFiles([]);
    await input.setInputFiles(file);
    await expect.poll(() => rows.count()).toBe(2);
    await page.close();
  });

  it.each(['de', 'en'] as const)('finds no axe violation in the filled checker on the %s page', async (lang) => {
    const page = await session.newPage();
    const checker = await openChecker(page, productUrl(lang));
    await answerMarketAndPeople(checker, lang);
    await answerCustomer(checker, lang);
    await expectSilverNotGold(page, checker, lang);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('can be filled to Silver but not Gold with the keyboard alone', async () => {
    const lang = 'en';
    const page = await session.newPage();
    const checker = await openChecker(page, productUrl(lang));
    await page.locator('main').focus();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el || !el.closest('section.checker')) return undefined;
        const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
        return { label: label.trim(), tag: el.tagName.toLowerCase(), type: el.type, visible: el.matches(':focus-visible') };
      });
    /** Tabs (or Shift+Tabs) until a control of the checker labelled `name` has focus. */
    const tabTo = async (name: string | RegExp, backwards = false) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
        const f = await focused();
        if (f && (typeof name === 'string' ? f.label === name : name.test(f.label))) {
          expect(f.visible, `focus on ${f.label} is visible`).toBe(true);
          return f;
        }
      }
      throw new Error(`No checker control labelled ${String(name)} took focus`);
    };
    /** Picks an option of the focused select with the arrow keys, from the top. */
    const choose = async (value: string) => {
      await page.keyboard.press('Home');
      for (let i = 0; i < 10 && (await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)) !== value; i++) await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(value);
    };

    await tabTo(text(lang, 'checker.market'));
    await choose('developed');
    await tabTo(text(lang, 'checker.customer.add'));
    await page.keyboard.press('Enter');
    // Focus lands in the new row's first field.
    expect(await focused()).toMatchObject({ label: text(lang, 'checker.name'), tag: 'input' });
    await tabTo('Exchange Online');
    await page.keyboard.type(format(lang, 2500));
    await tabTo(text(lang, 'checker.customer.status'), true);
    await choose('paid');
    await tabTo(text(lang, 'checker.customer.association'), true);
    await choose(await page.evaluate(() => (document.activeElement as HTMLSelectElement).options[0]!.value));
    await tabTo(text(lang, 'checker.individual.add'));
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ label: text(lang, 'checker.name'), tag: 'input' });
    await tabTo(/MCSA/);
    await page.keyboard.press('Space');
    await expectSilverNotGold(page, checker, lang);
    await page.close();
  });
});
