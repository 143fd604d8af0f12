// Byte budgets, checked on the built sites (bytes do not vary from run to run): a page
// without a checker ships no framework JavaScript at all, only /site.js.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { CORPUS, ROOT, hasCorpus } from '../helpers/shared.ts';
import { PRODUCT } from './page-types.ts';
import { pageAssets, scriptFiles } from './shipped-js.ts';

function htmlPages(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(path);
    }
  };
  walk(site);
  return out.sort();
}

function expectNoFrameworkWithoutIsland(site: string): number {
  let plain = 0;
  for (const file of htmlPages(site)) {
    const assets = pageAssets(readFileSync(file, 'utf8'));
    if (assets.islands.length > 0) continue;
    plain++;
    const page = relative(site, file);
    expect(scriptFiles(site, assets), page).toEqual(['/site.js']);
    expect(assets.inline, page).toEqual([]);
  }
  return plain;
}

describe('byte budgets of the seed site', () => {
  let site = '';
  beforeAll(() => {
    site = builtSite('seed', join(ROOT, 'content'));
  });

  it('mounts the checker island on the product page in both languages, with Preact as its renderer', () => {
    for (const lang of ['de', 'en']) {
      const { islands } = pageAssets(readFileSync(join(site, lang, PRODUCT, 'index.html'), 'utf8'));
      expect(islands, lang).toHaveLength(1);
      expect(islands[0]!.component, lang).toMatch(/^\/_astro\/.+\.js$/);
      expect(islands[0]!.renderer, lang).toMatch(/^\/_astro\/.+\.js$/);
    }
  });

  it('ships only /site.js, and no framework JavaScript, on every page without a checker', () => {
    expect(expectNoFrameworkWithoutIsland(site)).toBeGreaterThanOrEqual(6);
  });
});

describe.skipIf(!hasCorpus)('byte budgets of the corpus site', () => {
  it('ships only /site.js, and no framework JavaScript, on every page without a checker', () => {
    const site = builtSite('corpus', CORPUS);
    expect(expectNoFrameworkWithoutIsland(site)).toBeGreaterThanOrEqual(20);
  });
});
