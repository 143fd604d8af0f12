// The project's build side by side with its peers on one folder of sxs sources: Starlight (what a
// team would pick instead for a documentation site, the same pages in both languages, with
// search) and a bare Astro project of as many plain markdown pages (the floor). Each round builds
// all three cold, one after the other, so the three share the machine's state; medians of the
// rounds are printed with their ratios.
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { markdownFiles } from '../../src/sxs/walk-sources.ts';
import { withLockAsync } from '../../test/helpers/built-site.ts';
import { buildLine, compareLine, medianRun } from './figures.ts';
import { measure, type BuildRun } from './measure-build.ts';
import { starlightProject } from './starlight-project.ts';
import { htmlCount, plainProject } from './plain-project.ts';

export interface PeerOptions {
  /** The project's checkout. */
  root: string;
  /** A scratch folder for outputs and the bare project. */
  work: string;
  /** The installed Starlight project (`installStarlight`). */
  starlight: string;
  /** Rounds of the three builds. */
  runs: number;
}

export interface PeerResult {
  /** The project's runs and its output folder, for figures taken after the full builds. */
  tandem: BuildRun[];
  out: string;
}

/** Astro and the tools it starts run on the project's Node (Astro 7 needs Node 22.12 or later). */
const env = (root: string, extra: Record<string, string> = {}) => ({ ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

const astro = (dir: string, args: string[], env: Record<string, string | undefined>): Promise<BuildRun> => measure(join(dir, 'node_modules', '.bin', 'astro'), args, dir, env);

/** What a cold build removes in a project folder: its content caches and its output. */
function removeCaches(dir: string, paths: string[]): void {
  for (const path of paths) rmSync(resolve(dir, path), { recursive: true, force: true });
}

/** The project's and Starlight's caches: Astro's cache folder (`node_modules/.astro`) and its `.astro` folder. */
const ASTRO_CACHES = [join('node_modules', '.astro'), '.astro'];
/** The bare project's: its own cache folder (its node_modules is the project's). */
const BARE_CACHES = ['.cache', '.astro'];

/** `astro build` of the project on a content folder; `cold` removes every cache of the content first (Vite's pre-bundled dependencies stay, as for the peers). */
export function buildProject(root: string, content: string, out: string, cold: boolean): Promise<BuildRun> {
  if (cold) removeCaches(root, [...ASTRO_CACHES, out]);
  return withLockAsync(() => astro(root, ['build', '--outDir', out], env(root, { CONTENT_DIR: content })));
}

/** A cold build of a peer project in `dir` into its `dist`. */
function buildPeer(root: string, dir: string, caches: string[]): Promise<BuildRun> {
  removeCaches(dir, [...caches, 'dist']);
  return astro(dir, ['build'], env(root));
}

/** What `comparePeers` prints, said once above its folders. */
export const peersHeading = (runs: number): string =>
  `the project's build against Starlight and a bare Astro build of the same pages: medians of ${runs} ${runs === 1 ? 'round' : 'rounds'} of cold builds, one of each per round`;

/** Builds `content` with the project, Starlight and bare Astro, `runs` rounds, and prints the three and their ratios under `name`. */
export async function comparePeers(options: PeerOptions, name: string, content: string): Promise<PeerResult> {
  const out = join(options.work, `${name.replace(/\W+/g, '-')}-dist`);
  const plain = join(options.work, `${name.replace(/\W+/g, '-')}-plain`);
  rmSync(plain, { recursive: true, force: true });
  starlightProject(options.starlight, content);
  const tandem: BuildRun[] = [];
  const starlight: BuildRun[] = [];
  const bare: BuildRun[] = [];
  let pages = 0;
  let builtByStarlight = 0;
  for (let r = 0; r < options.runs; r++) {
    tandem.push(await buildProject(options.root, content, out, true));
    if (r === 0) {
      pages = htmlCount(out);
      plainProject(options.root, plain, markdownFiles(content), pages);
    }
    starlight.push(await buildPeer(options.root, options.starlight, ASTRO_CACHES));
    builtByStarlight ||= htmlCount(join(options.starlight, 'dist'));
    bare.push(await buildPeer(options.root, plain, BARE_CACHES));
  }
  const [t, s, b] = [medianRun(tandem), medianRun(starlight), medianRun(bare)];
  console.log(`  ${name}`);
  console.log(`    ${buildLine('Tandem', pages, tandem)}`);
  console.log(`    ${buildLine('Starlight', builtByStarlight, starlight)}`);
  console.log(`    ${buildLine('bare Astro', pages, bare)}`);
  console.log(`    ${compareLine('Tandem / Starlight', t, s)}`);
  console.log(`    ${compareLine('Tandem / bare Astro', t, b)}`);
  console.log(`    ${compareLine('Starlight / bare Astro', s, b)}`);
  return { tandem, out };
}
