// The size sweep of `npm run bench`: folders of 17, 170 and 1,700 pages made from the corpus,
// each built by the project and, in the same run and alternating with it, by a bare Astro 7
// project holding the same pages as plain markdown. Prints medians of the runs: both times, the
// ratio, pages per second and peak memory; then, at 170 pages, a rebuild after one source changed.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownFiles, walkFiles } from '../../src/sxs/walk-sources.ts';
import { isTocFile } from '../../src/sxs/parse-toc.ts';
import { withLockAsync } from '../../test/helpers/built-site.ts';
import { measure, median, type BuildRun } from './measure-build.ts';
import { sweepFolder } from './sweep-folder.ts';
import { benchDevEdit } from './dev-edit.ts';
import { slugOf } from '../../src/site/build-pages.ts';

export interface SweepOptions {
  root: string;
  corpus: string;
  work: string;
  sizes: number[];
  runs: number;
}

const mib = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const sec = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** One language's text of an sxs source as plain markdown: the other language's spans and all tags removed. */
export function plainSide(source: string, side: 'target' | 'source'): string {
  const body = source.replace(/^---[\s\S]*?\n---\s*\n/, '');
  const twin = /<span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g;
  const target = /<span data-ttu-id="[^"]*">([\s\S]*?)<\/span>/g;
  const one = side === 'target' ? body.replace(twin, '') : body.replace(target, '').replace(twin, '$1');
  return one.replace(/<[^>]+>/g, '');
}

/** How many HTML pages a built site holds. */
export const htmlCount = (dir: string): number => walkFiles(dir, (name) => name.endsWith('.html')).files.length;

/** A bare Astro project: `count` plain markdown pages, each one language of one of the sources. */
export function plainProject(root: string, dir: string, sources: string[], count: number): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  // Its own cache folders: node_modules is the project's, and so would be its default caches.
  // Vite's folder of pre-bundled dependencies is kept between runs, as the project's is (it
  // depends on the installed packages, not on the content); shared, each build would find the
  // other's there and bundle the dependencies again.
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.cache', vite: { cacheDir: './.vite' }, devToolbar: { enabled: false } });\n");
  const pages = sources.filter((f) => !isTocFile(f)).flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    return [plainSide(text, 'target'), plainSide(text, 'source')];
  });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, 'src', 'pages', `page-${i}.md`), `---\ntitle: Page ${i}\n---\n\n${pages[i % pages.length]}`);
}

const env = (extra: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/** `astro build` of the project on a content folder; `cold` removes every cache of the content first (Vite's pre-bundled dependencies stay, as for the bare project). */
function buildProject(options: SweepOptions, content: string, out: string, cold: boolean): Promise<BuildRun> {
  if (cold) {
    rmSync(join(options.root, 'node_modules', '.astro'), { recursive: true, force: true });
    rmSync(join(options.root, '.astro'), { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  return measure(join(options.root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], options.root, env({ CONTENT_DIR: content }));
}

function buildBare(options: SweepOptions, dir: string): Promise<BuildRun> {
  rmSync(join(dir, '.cache'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return measure(join(options.root, 'node_modules', '.bin', 'astro'), ['build'], dir, env({}));
}

/** Changes one sentence of a source, differently each time, as an editor's save would. */
function editOneSource(file: string, n: number): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('</span>', text.indexOf('<span data-ttu-id='));
  const edited = at < 0 ? `${text}\n\nBench edit ${n}.\n` : `${text.slice(0, at).replace(/ \(bench \d+\)$/, '')} (bench ${n})${text.slice(at)}`;
  writeFileSync(file, edited);
}

export async function benchSweep(options: SweepOptions): Promise<void> {
  console.log(`\nSize sweep: the project's build against a bare Astro build of the same pages as plain markdown, ${options.runs} alternating runs each, medians (cold caches):`);
  for (const size of options.sizes) {
    const content = join(options.work, `sweep-${size}`);
    const written = sweepFolder(options.corpus, content, size);
    const out = join(options.work, `sweep-${size}-dist`);
    const site: BuildRun[] = [];
    const bare: BuildRun[] = [];
    let pages = 0;
    let plain: string | undefined;
    for (let r = 0; r < options.runs; r++) {
      site.push(await withLockAsync(() => buildProject(options, content, out, true)));
      if (!plain) {
        pages = htmlCount(out);
        plain = join(options.work, `sweep-${size}-plain`);
        plainProject(options.root, plain, markdownFiles(content), pages);
      }
      bare.push(await buildBare(options, plain));
    }
    const ms = median(site.map((s) => s.ms));
    const bareMs = median(bare.map((s) => s.ms));
    const peak = median(site.map((s) => s.peakBytes));
    const barePeak = median(bare.map((s) => s.peakBytes));
    console.log(`  ${size} sources, ${pages} pages`);
    console.log(`    Tandem       ${sec(ms).padStart(8)}  ${(pages / (ms / 1000)).toFixed(0).padStart(5)} pages/s  peak ${mib(peak)}   (runs: ${site.map((s) => sec(s.ms)).join(', ')})`);
    console.log(`    bare Astro   ${sec(bareMs).padStart(8)}  ${(pages / (bareMs / 1000)).toFixed(0).padStart(5)} pages/s  peak ${mib(barePeak)}   (runs: ${bare.map((s) => sec(s.ms)).join(', ')})`);
    console.log(`    ratio        ${(ms / bareMs).toFixed(2)} × time, ${barePeak ? (peak / barePeak).toFixed(2) : '–'} × peak memory`);
    if (size === 170 || options.sizes.length === 1) {
      // The full builds above left their caches; now change one source and build again.
      const page = written[Math.floor(written.length / 2)]!;
      const again: BuildRun[] = [];
      for (let r = 0; r < options.runs; r++) {
        editOneSource(page, r);
        again.push(await withLockAsync(() => buildProject(options, content, out, false)));
      }
      const rebuild = median(again.map((s) => s.ms));
      console.log(`    rebuild after one source changed   ${sec(rebuild)}, ${(rebuild / ms).toFixed(2)} × the full build   (runs: ${again.map((s) => sec(s.ms)).join(', ')})`);
    }
    if (size === Math.max(...options.sizes)) {
      const file = written[Math.floor(written.length / 3)]!;
      const lang = /ms\.contentlocale:\s*([a-z]{2})/i.exec(readFileSync(file, 'utf8'))?.[1]?.toLowerCase() ?? 'de';
      await withLockAsync(() => benchDevEdit({ root: options.root, content, file, page: `/${lang}/${slugOf(file)}/`, runs: options.runs }));
    }
  }
}
