// Browser tests drive Debian's Chromium through playwright-core against a built site served
// from a tiny static server on 127.0.0.1. Without /usr/bin/chromium they skip with a reason;
// CI sets TANDEM_REQUIRE_BROWSER so a missing browser fails there instead.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/** The file a URL path names in `root`, as a static host resolves it, or a redirect to add the slash. */
function resolvePath(root: string, urlPath: string): { file: string } | { redirect: string } | undefined {
  const path = normalize(join(root, urlPath));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  if (isFile(path)) return { file: path };
  if (existsSync(path) && statSync(path).isDirectory() && isFile(join(path, 'index.html'))) {
    return urlPath.endsWith('/') ? { file: join(path, 'index.html') } : { redirect: `${urlPath}/` };
  }
  return undefined;
}

/** The not-found page for a path: the language's own (`/de/404/`) when the path is under one, else `/404.html`. */
function notFoundPage(root: string, urlPath: string): string | undefined {
  const lang = /^\/([a-z]{2,3})\//.exec(urlPath)?.[1];
  const own = lang ? join(root, lang, '404', 'index.html') : undefined;
  if (own && isFile(own)) return own;
  const global = join(root, '404.html');
  return isFile(global) ? global : undefined;
}

/** Serves a built site folder on 127.0.0.1 at an ephemeral port. */
export async function serveSite(root: string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const found = resolvePath(root, urlPath);
    if (found && 'redirect' in found) {
      res.writeHead(301, { location: found.redirect }).end();
      return;
    }
    const file = found?.file ?? notFoundPage(root, urlPath);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
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
