// Checker state that outgrows a link, in a real browser: 100 customers imported from a CSV file
// survive a reload (names too) and reach a new browser by the share link, which stays short;
// past the link's limit the link leaves the customers out, and both the one who shares and the
// one who opens it are told so. A hand-edited link names what it leaves out by row and field.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import de from '../../src/i18n/checker/de.ts';
import en from '../../src/i18n/checker/en.ts';
import { MAX_LINK_CHARS } from '../../src/eligibility/url-encode.ts';
import { hasBrowser, launchBrowser, watchPage } from '../helpers/browser.ts';
import { PRODUCT } from './page-types.ts';
import { useBrowser } from './use-browser.ts';

const csv = (count: number): Buffer =>
  Buffer.from(['name,association,status,Exchange Online,SharePoint Online', ...Array.from({ length: count }, (_, i) => `Customer ${i + 1} Ltd,Transacting Partner,paid,${100_000 + i * 7},${i}`)].join('\n'));

const customerRows = (page: Page) => page.locator('section.checker fieldset.checker-row:has(select)');
const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

describe.skipIf(!hasBrowser)('checker state beyond a link', () => {
  const session = useBrowser(['seed']);
  const open = async (page: Page, url: string): Promise<void> => {
    const response = await page.goto(url);
    expect(response?.status(), `status of ${url.length} characters of URL`).toBe(200);
    await page.locator('#checker').scrollIntoViewIfNeeded();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
  };
  const importCsv = async (page: Page, count: number): Promise<void> => {
    await page.getByLabel(en['checker.csv'], { exact: true }).setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: csv(count) });
    await expect.poll(() => customerRows(page).count()).toBe(count);
    // The address follows the answers once the new rows are read.
    await expect.poll(() => new URL(page.url()).searchParams.has('checker')).toBe(true);
  };
  const shareLink = async (page: Page): Promise<{ url: string; status: string }> => {
    await page.getByRole('button', { name: en['checker.share'], exact: true }).click();
    const status = page.locator('section.checker > [role=status]');
    await expect.poll(() => status.innerText()).toMatch(/\S/);
    return { url: await page.evaluate(() => navigator.clipboard.readText()), status: await status.innerText() };
  };

  it('keeps 100 imported customers across a reload, names too, and shares them by a link of under 2,000 characters', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url('seed', '') });
    const page = await session.newPage();
    const problems = watchPage(page);
    await open(page, session.url('seed', `/en/${PRODUCT}/`));
    await importCsv(page, 100);
    const address = page.url();
    expect(address.length).toBeLessThan(MAX_LINK_CHARS + 200);
    await page.reload();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    await expect.poll(() => customerRows(page).count()).toBe(100);
    expect(await customerRows(page).nth(99).getByLabel(en['checker.name'], { exact: true }).inputValue()).toBe('Customer 100 Ltd');
    const verdict = await page.locator('.checker-announce').innerText();

    const { url, status } = await shareLink(page);
    expect(status).toBe(en['checker.share.done']);
    expect(new URL(url).searchParams.get('checker')!.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    const elsewhere = await launchBrowser();
    try {
      const other = await elsewhere.context.newPage();
      const otherProblems = watchPage(other);
      await open(other, url);
      await expect.poll(() => customerRows(other).count()).toBe(100);
      expect(await other.locator('.checker-announce').innerText()).toBe(verdict);
      expect(await other.locator('.checker-notice').count()).toBe(0);
      expect(otherProblems).toEqual([]);
    } finally {
      await elsewhere.close();
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaves 400 customers out of the share link and says so to both sides; a reload still has them all', async () => {
    const page = await session.newPage();
    await open(page, session.url('seed', `/en/${PRODUCT}/`));
    await importCsv(page, 400);
    expect(new URL(page.url()).searchParams.get('checker')!.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    await page.reload();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    await expect.poll(() => customerRows(page).count()).toBe(400);

    const { url, status } = await shareLink(page);
    const items = fill(en['checker.count.customers.other'], { count: '400' });
    expect(status).toBe(`${en['checker.share.done']} ${fill(en['checker.share.left-out'], { items })}`);
    const elsewhere = await launchBrowser();
    try {
      const other = await elsewhere.context.newPage();
      await open(other, url);
      await expect.poll(() => other.locator('.checker-notice').innerText()).toBe(fill(en['checker.notice.left-out'], { items }));
      expect(await customerRows(other).count()).toBe(0);
    } finally {
      await elsewhere.close();
    }
    await page.close();
  });

  it('keeps a name and a value typed but not yet readable across a reload', async () => {
    const page = await session.newPage();
    await open(page, session.url('seed', `/en/${PRODUCT}/`));
    await page.getByRole('button', { name: en['checker.customer.add'], exact: true }).click();
    const row = customerRows(page).first();
    await row.getByLabel(en['checker.name'], { exact: true }).fill('Contoso');
    await row.getByLabel('Exchange Online', { exact: true }).fill('12x');
    await expect.poll(() => page.locator('.checker-announce').innerText()).toBe(en['checker.fix']);
    await page.reload();
    await page.locator('astro-island:not([ssr]) .checker-form').waitFor();
    await expect.poll(() => customerRows(page).count()).toBe(1);
    expect(await customerRows(page).first().getByLabel(en['checker.name'], { exact: true }).inputValue()).toBe('Contoso');
    expect(await customerRows(page).first().getByLabel('Exchange Online', { exact: true }).inputValue()).toBe('12x');
    await page.close();
  });

  it('names what a hand-edited link leaves out by row and field, in the German page’s words, and keeps the rest of the row', async () => {
    const page = await session.newPage();
    await open(page, session.url('seed', `/de/${PRODUCT}/`));
    await page.getByRole('button', { name: de['checker.customer.add'], exact: true }).click();
    await customerRows(page).first().getByLabel('Exchange Online', { exact: true }).fill('5');
    await customerRows(page).first().getByLabel('SharePoint Online', { exact: true }).fill('6');
    await expect.poll(() => new URL(page.url()).searchParams.get('checker') ?? '').toMatch(/\.5\.6/);
    const edited = new URL(page.url());
    edited.searchParams.set('checker', edited.searchParams.get('checker')!.replace('.5.6', '.Q5.6'));
    const other = await launchBrowser();
    try {
      const fresh = await other.context.newPage();
      await open(fresh, edited.href);
      const notice = await fresh.locator('.checker-notice').innerText();
      expect(notice).toBe(fill(de['checker.notice.dropped'], { parts: fill(de['checker.part.with-value'], { part: `${fill(de['checker.customer'], { n: '1' })}, Exchange Online`, value: 'Q5' }) }));
      expect(notice).not.toMatch(/customers\.|values\./);
      expect(await customerRows(fresh).count()).toBe(1);
      expect(await customerRows(fresh).first().getByLabel('SharePoint Online', { exact: true }).inputValue()).toBe('6');
      expect(await customerRows(fresh).first().getByLabel('Exchange Online', { exact: true }).inputValue()).toBe('?');
    } finally {
      await other.close();
    }
    await page.close();
  });
});
