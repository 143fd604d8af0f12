// What a reader does to a page in the browser tests, the way they would do it at any width.
import type { Page } from 'playwright-core';

/** Turns side by side on: on a phone the switch sits in the closed "On this page" disclosure, so it is opened first. */
export async function sideBySide(page: Page): Promise<void> {
  const toggle = page.locator('#sbs-toggle');
  if (!(await toggle.isVisible())) await page.locator('details.doc-tools > summary').click();
  await toggle.check();
}
