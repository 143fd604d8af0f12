// The bench's floor: a bare Astro 7 project holding as many plain markdown pages as the project
// builds, each one language of one source (`splitSource`) with its tags removed, so Astro reads
// markdown and does nothing else with it.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFiles } from '../../src/sxs/walk-sources.ts';
import { isTocFile } from '../../src/sxs/parse-toc.ts';
import { absoluteImages, splitSource } from './split-source.ts';

/** How many HTML pages a built site holds. */
export const htmlCount = (dir: string): number => walkFiles(dir, (name) => name.endsWith('.html')).files.length;

/** Each language's page of each source as plain text markdown: the split's bodies without tags. */
function plainPages(sources: string[]): string[] {
  return sources
    .filter((f) => !isTocFile(f))
    .flatMap((f) => {
      const { target, source } = splitSource(readFileSync(f, 'utf8'), { file: f });
      return [target, ...(source ? [source] : [])].map((side) => absoluteImages(side.body).replace(/<[^>]+>/g, ''));
    });
}

/** A bare Astro project in `dir`: `count` plain markdown pages, each one language of one of the sources (repeated when there are fewer). */
export function plainProject(root: string, dir: string, sources: string[], count: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  // Its own cache folders: node_modules is the project's, and so would be its default caches.
  // Vite's folder of pre-bundled dependencies is kept between runs, as the project's is (it
  // depends on the installed packages, not on the content); shared, each build would find the
  // other's there and bundle the dependencies again.
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache', vite: { cacheDir: './.vite' }, devToolbar: { enabled: false } });\n");
  const pages = plainPages(sources);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'src', 'pages', `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\n${pages[i % pages.length]}`);
}
