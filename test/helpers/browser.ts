// Browser tests drive Debian's Chromium through playwright-core against a built site served
// from a tiny static server on 127.0.0.1. Without /usr/bin/chromium they skip with a reason;
// CI sets TANDEM_REQUIRE_BROWSER so a missing browser fails there instead.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
export { serveSite, type StaticServer } from '../../src/site/serve-static.ts';

export const CHROMIUM = '/usr/bin/chromium';

export const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  if (process.env.TANDEM_REQUIRE_BROWSER) throw new Error(`A browser is required here but missing: ${CHROMIUM} (apt-get install chromium)`);
  console.warn(`[skip] browser tests: ${CHROMIUM} not found (apt-get install chromium).`);
}

/** Flags for a quiet, reproducible headless run: no sandbox (CI runs as root), no calls home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Starts Chromium with a fresh profile, removed again on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tandem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Records what a reader would never want to see on a page: console errors, uncaught
 * exceptions, requests that failed or answered 400 and above. `expectStatus` names URLs
 * whose error status is the point of the visit (the 404 page's own document).
 */
export function watchPage(page: Page, options: { expectStatus?: Record<string, number> } = {}): string[] {
  const problems: string[] = [];
  const expected = options.expectStatus ?? {};
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const at = msg.location().url;
    if (at in expected && /status of \d+/.test(msg.text())) return;
    problems.push(`console: ${msg.text()} (${at})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    const status = response.status();
    if (status >= 400 && expected[response.url()] !== status) problems.push(`status ${status}: ${response.url()}`);
  });
  return problems;
}
