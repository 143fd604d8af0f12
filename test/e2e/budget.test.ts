// Byte budgets, checked on the built sites (bytes do not vary from run to run): the checker
// island stays small beyond Preact's runtime, and a page without a checker ships no framework
// JavaScript at all, only /frame.js (the remembered colour scheme, before the page paints) and /site.js.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, withLock } from '../helpers/built-site.ts';
import { CORPUS, ROOT, hasCorpus } from '../helpers/shared.ts';
import { PRODUCT } from './page-types.ts';
import { fileBytes, islandFiles, pageAssets, scriptFiles, sum } from './shipped-js.ts';
import { walkFiles } from '../../src/sxs/walk-sources.ts';

const ISLAND_BUDGET_GZIP = 8 * 1024;

const htmlPages = (site: string): string[] => walkFiles(site, (name) => name.endsWith('.html')).files;

function expectNoFrameworkWithoutIsland(site: string): number {
  let plain = 0;
  for (const file of htmlPages(site)) {
    const assets = pageAssets(readFileSync(file, 'utf8'));
    if (assets.islands.length > 0) continue;
    plain++;
    const page = relative(site, file);
    expect(scriptFiles(site, assets), page).toEqual(['/frame.js', '/site.js']);
    expect(assets.inline, page).toEqual([]);
  }
  return plain;
}

/**
 * The seed site as `npm run build` makes it. Vitest runs with NODE_ENV=test, under which Vite
 * bundles the island differently (and larger), so the budget is measured on a production build.
 */
function productionBuild(out: string): string {
  withLock(() =>
    execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: join(ROOT, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  return out;
}

describe('byte budgets of the seed site', () => {
  let site = '';
  beforeAll(() => {
    site = productionBuild(mkdtempSync(join(tmpdir(), 'tandem-budget-')));
  });
  afterAll(() => {
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it('mounts the checker island on the product page in both languages, with Preact as its renderer', () => {
    for (const lang of ['de', 'en']) {
      const { islands } = pageAssets(readFileSync(join(site, lang, PRODUCT, 'index.html'), 'utf8'));
      expect(islands, lang).toHaveLength(1);
      expect(islands[0]!.component, lang).toMatch(/^\/_astro\/.+\.js$/);
      expect(islands[0]!.renderer, lang).toMatch(/^\/_astro\/.+\.js$/);
    }
  });

  it(`keeps the JavaScript the checker island loads as it hydrates within ${ISLAND_BUDGET_GZIP} bytes gzip beyond Preact's runtime`, () => {
    const { islands } = pageAssets(readFileSync(join(site, 'de', PRODUCT, 'index.html'), 'utf8'));
    const own = islandFiles(site, islands[0]!);
    expect(own.length).toBeGreaterThan(0);
    const bytes = sum(own.map((u) => fileBytes(site, u)));
    expect(bytes.gzip, `island modules: ${own.join(', ')}`).toBeLessThanOrEqual(ISLAND_BUDGET_GZIP);
  });

  it('ships only /frame.js and /site.js, and no framework JavaScript, on every page without a checker', () => {
    expect(expectNoFrameworkWithoutIsland(site)).toBeGreaterThanOrEqual(6);
  });
});

describe.skipIf(!hasCorpus)('byte budgets of the corpus site', () => {
  it('ships only /frame.js and /site.js, and no framework JavaScript, on every page without a checker', () => {
    const site = builtSite('corpus', CORPUS);
    expect(expectNoFrameworkWithoutIsland(site)).toBeGreaterThanOrEqual(20);
  });
});
