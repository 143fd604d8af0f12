// Test-file setup for browser tests: builds the sites a file needs (once per run, shared with
// the other test files), serves each on its own port and starts one Chromium for the file.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { hololensFolder, multilingualFolder } from '../helpers/fixture-folders.ts';
import { launchBrowser, serveSite, type Browser, type StaticServer } from '../helpers/browser.ts';
import { CORPUS, ROOT } from '../helpers/shared.ts';
import type { SiteName } from './page-types.ts';

const CONTENT: Record<SiteName, () => string> = { seed: () => join(ROOT, 'content'), corpus: () => CORPUS, multilingual: multilingualFolder, hololens: () => hololensFolder() };

/** Where the run writes its screenshots (git-ignored), so a change in look can be seen. */
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/**
 * A private copy of a built site: other test runs in the same checkout may rebuild
 * `.test-dist/<name>` while this file's browser is still reading it.
 */
function snapshot(name: SiteName, into: string): string {
  for (let attempt = 0; ; attempt++) {
    const target = join(into, name);
    try {
      cpSync(builtSite(name, CONTENT[name]()), target, { recursive: true });
      return target;
    } catch (error) {
      rmSync(target, { recursive: true, force: true });
      if (attempt >= 2) throw error;
    }
  }
}

export interface BrowserSession {
  browser: Browser;
  /** Absolute URL of a path on a served site. */
  url(site: SiteName, path: string): string;
  /** A new page in the shared browser context. */
  newPage(): Promise<Page>;
}

/** Registers the hooks; the returned session is ready inside tests. */
export function useBrowser(sites: SiteName[]): BrowserSession {
  const servers = new Map<SiteName, StaticServer>();
  let browser: Browser | undefined;
  let copies = '';
  beforeAll(async () => {
    copies = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
    for (const name of sites) servers.set(name, await serveSite(snapshot(name, copies)));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
    if (copies) rmSync(copies, { recursive: true, force: true });
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser is not started yet');
      return browser;
    },
    url(site, path) {
      const server = servers.get(site);
      if (!server) throw new Error(`Site ${site} is not served in this file`);
      return server.origin + path;
    },
    newPage() {
      return this.browser.context.newPage();
    },
  };
}
