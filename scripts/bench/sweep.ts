// The size sweep of `npm run bench`: folders of 17, 170 and 1,700 pages made from the corpus,
// each built by the project, Starlight and a bare Astro 7 project in alternating cold rounds
// (`comparePeers`); then, at 170 pages, a rebuild after one source changed, and at the largest
// size the wait for a save in the dev server.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugOf } from '../../src/site/build-pages.ts';
import { withLockAsync } from '../../test/helpers/built-site.ts';
import { benchDevEdit } from './dev-edit.ts';
import { median, ratio, sec } from './figures.ts';
import type { BuildRun } from './measure-build.ts';
import { buildProject, comparePeers, peersHeading, type PeerOptions } from './peers.ts';
import { sweepFolder } from './sweep-folder.ts';

export interface SweepOptions extends PeerOptions {
  /** The folder of sources the sweep's folders are made from. */
  corpus: string;
  sizes: number[];
}
/** Changes one sentence of a source, differently each time, as an editor's save would. */
function editOneSource(file: string, n: number): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('</span>', text.indexOf('<span data-ttu-id='));
  const edited = at < 0 ? `${text}\n\nBench edit ${n}.\n` : `${text.slice(0, at).replace(/ \(bench \d+\)$/, '')} (bench ${n})${text.slice(at)}`;
  writeFileSync(file, edited);
}

export async function benchSweep(options: SweepOptions): Promise<void> {
  console.log(`\nSize sweep, ${peersHeading(options.runs)}:`);
  for (const size of options.sizes) {
    const content = join(options.work, `sweep-${size}`);
    const written = sweepFolder(options.corpus, content, size);
    const { tandem, out } = await comparePeers(options, `${size} sources`, content);
    const ms = median(tandem.map((s) => s.ms));
    if (size === 170 || options.sizes.length === 1) {
      // The full builds above left their caches; now change one source and build again.
      const page = written[Math.floor(written.length / 2)]!;
      const again: BuildRun[] = [];
      for (let r = 0; r < options.runs; r++) {
        editOneSource(page, r);
        again.push(await buildProject(options.root, content, out, false));
      }
      const rebuild = median(again.map((s) => s.ms));
      console.log(`    rebuild after one source changed   ${sec(rebuild)}, ${ratio(rebuild, ms)} the full build   (runs: ${again.map((s) => sec(s.ms)).join(', ')})`);
    }
    if (size === Math.max(...options.sizes)) {
      const file = written[Math.floor(written.length / 3)]!;
      const lang = /ms\.contentlocale:\s*([a-z]{2})/i.exec(readFileSync(file, 'utf8'))?.[1]?.toLowerCase() ?? 'de';
      await withLockAsync(() => benchDevEdit({ root: options.root, content, file, page: `/${lang}/${slugOf(file)}/`, runs: options.runs }));
    }
  }
}
