// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { resolveTsImports } from './src/site/ts-resolve.ts';

// Node loads this config and the project's TypeScript itself (no Vite server for the config).
resolveTsImports();
const { contentDir, discoverLocales } = await import('./src/site/content-dir.ts');
const { searchIndex } = await import('./src/site/search-index.ts');
const { contentMedia } = await import('./src/site/content-media.ts');
const { buildSummary } = await import('./src/site/build-report.ts');
const { prebuildSources } = await import('./src/site/prebuild.ts');

// Languages come from the sources: English plus each file's ms.contentlocale.
const sources = contentDir();
const locales = discoverLocales(sources);
const langs = Object.keys(locales).sort((a, b) => (a === 'en' ? 1 : b === 'en' ? -1 : a.localeCompare(b)));

export default defineConfig({
  site: process.env.SITE_URL || 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  i18n: {
    locales: langs,
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // First, so the build of the sources starts while Astro starts.
    prebuildSources(sources),
    mdx(),
    // JSX is only in the islands: Babel (which the integration runs) need not see the pipeline's .ts.
    preact({ include: ['**/*.tsx'] }),
    sitemap({
      i18n: { defaultLocale: 'en', locales },
      filter: (page) => !/\/(qa|404)\/$/.test(page),
    }),
    contentMedia(sources),
    searchIndex(),
    // Last, so the build ends with the sources' summary line.
    buildSummary(),
  ],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' https: data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});
