// `npm run bench [folder…]`: figures for this machine, printed, never asserted. Parse + align
// against bare remark-parse, cold builds side by side with Starlight and a bare Astro build of
// the same pages (size sweep, HoloLens folders), site build times, the JavaScript each page type
// ships and the product page's weight.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { markdownFiles } from '../src/sxs/read-sources.ts';
import { withLock } from '../test/helpers/built-site.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasBrowser, serveSite } from '../test/helpers/browser.ts';
import { PAGE_TYPES, PRODUCT } from '../test/e2e/page-types.ts';
import { benchSweep } from './bench/sweep.ts';
import { htmlCount, plainProject } from './bench/plain-project.ts';
import { benchParseRatio } from './bench/parse-ratio.ts';
import { comparePeers, peersHeading, type PeerOptions } from './bench/peers.ts';
import { installStarlight } from './bench/starlight-project.ts';
import { benchPathological } from './bench/pathological.ts';
import { fileBytes, islandFiles, isRuntime, moduleClosure, onDemandScriptBytes, pageAssets, pageScriptBytes, pageWeight, sum, type Bytes } from '../test/e2e/shipped-js.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', '.bin', 'astro');
const LIGHTHOUSE = join(ROOT, 'node_modules', '.bin', 'lighthouse');
const SEED = join(ROOT, 'content');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const bytes = (b: Bytes): string => `${kb(b.raw)} raw, ${kb(b.gzip)} gzip`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Runs `astro build` and returns milliseconds; builds wait for test builds of this checkout. */
function timeBuild(cwd: string, outDir: string, env: Record<string, string> = {}): number {
  return withLock(() => {
    const start = performance.now();
    execFileSync(ASTRO, ['build', '--outDir', outDir], { cwd, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - start;
  });
}

function benchBuild(name: string, contentDir: string, work: string): string {
  const out = join(work, name);
  const site = timeBuild(ROOT, out, { CONTENT_DIR: contentDir });
  const pages = htmlCount(out);
  const plain = join(work, `${name}-plain`);
  plainProject(ROOT, plain, markdownFiles(contentDir), pages);
  const bare = timeBuild(plain, join(plain, 'dist'));
  console.log(`  ${name} site (${pages} pages)   ${seconds(site)}`);
  console.log(`    bare Astro, ${pages} plain markdown pages   ${seconds(bare)}`);
  console.log(`    ratio   ${(site / bare).toFixed(2)} × bare Astro`);
  return out;
}

function benchShipped(seed: string, corpus: string | undefined): void {
  console.log('\nJavaScript each page type ships (scripts it loads at once with their imports, inline scripts; on demand: what import() fetches later, such as search):');
  for (const type of PAGE_TYPES) {
    // The bench builds the seed and the corpus sites; other test sites are the tests' own.
    const site = type.site === 'seed' ? seed : type.site === 'corpus' ? corpus : undefined;
    if (!site) continue;
    const assets = pageAssets(readFileSync(join(site, type.file), 'utf8'));
    console.log(`  ${type.name.padEnd(26)} ${bytes(pageScriptBytes(site, assets)).padEnd(28)} on demand: ${bytes(onDemandScriptBytes(site, assets))}`);
  }
  const { islands } = pageAssets(readFileSync(join(seed, 'de', PRODUCT, 'index.html'), 'utf8'));
  const island = islands[0];
  if (island) {
    const files = islandFiles(seed, island);
    const own = sum(files.map((u) => fileBytes(seed, u)));
    const later = sum(islandFiles(seed, island, { dynamic: true }).filter((u) => !files.includes(u)).map((u) => fileBytes(seed, u)));
    const runtime = isRuntime(seed, island);
    const preact = sum([...new Set([...moduleClosure(seed, island.renderer), ...moduleClosure(seed, island.component)])].filter(runtime).map((u) => fileBytes(seed, u)));
    console.log(`\nChecker island, beyond Preact's runtime: ${bytes(own)} as it hydrates; ${bytes(later)} more on demand (CSV import)`);
    console.log(`  Preact's runtime: ${bytes(preact)}`);
  } else {
    console.log('\nChecker island: not on the product page');
  }
  console.log('\nProduct page weight (HTML, CSS, JavaScript, images):');
  for (const lang of ['de', 'en']) console.log(`  ${lang}   ${bytes(pageWeight(seed, join(lang, PRODUCT, 'index.html')))}`);
}

interface LighthouseReport {
  categories: Record<string, { title: string; score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
  runtimeError?: { message: string };
}

/** Lighthouse's four scores for a URL, run by its own command line against Debian's Chromium. */
async function lighthouse(url: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    LIGHTHOUSE,
    [url, `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo', '--output=json', '--output-path=stdout', '--quiet'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as LighthouseReport;
  if (report.runtimeError) return `failed: ${report.runtimeError.message}`;
  const scores = Object.values(report.categories).map((c) => `${c.title} ${c.score === null ? '–' : Math.round(c.score * 100)}`);
  const failed = Object.entries(report.audits)
    .filter(([, a]) => a.score === 0 && a.scoreDisplayMode === 'binary')
    .map(([id]) => id);
  return `${scores.join(' · ')}${failed.length ? `  (failed audits: ${failed.join(', ')})` : ''}`;
}

async function benchLighthouse(seed: string): Promise<void> {
  console.log('\nLighthouse, product page (served uncompressed by the test server, so text compression fails):');
  if (!hasBrowser) {
    console.log(`  not run: ${CHROMIUM} not found`);
    return;
  }
  const server = await serveSite(seed);
  try {
    for (const lang of ['de', 'en']) console.log(`  ${lang}   ${await lighthouse(`${server.origin}/${lang}/${PRODUCT}/`)}`);
  } finally {
    await server.close();
  }
}

const HOLOLENS = join(CORPUS, 'hololens');

/** Each real HoloLens folder (or those named) built by the project, Starlight and bare Astro. */
async function benchHololens(peers: PeerOptions, only: string[]): Promise<void> {
  console.log(`\nHoloLens folders, ${peersHeading(peers.runs)}:`);
  if (!existsSync(HOLOLENS)) return console.log(`  not run, ${HOLOLENS} not found`);
  const folders = readdirSync(HOLOLENS, { withFileTypes: true }).filter((d) => d.isDirectory() && (only.length === 0 || only.includes(d.name)));
  for (const d of folders) await comparePeers(peers, `hololens/${d.name}`, join(HOLOLENS, d.name));
}

const SECTIONS = ['parse', 'pathological', 'sweep', 'hololens', 'sites', 'lighthouse'] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  only: Set<Section>;
  sizes: number[];
  runs: number;
  /** HoloLens folders (`de-de`, …) of the hololens section; empty for all of them. */
  hololens: string[];
  folders: string[];
}

/** `[--only parse,pathological,sweep,hololens,sites,lighthouse] [--sizes 17,170,1700] [--runs 3] [--hololens de-de,fr-fr] [folder…]` */
function parseArgs(argv: string[]): Args {
  const args: Args = { only: new Set(SECTIONS), sizes: [17, 170, 1700], runs: 3, hololens: [], folders: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--only') {
      const names = value().split(',');
      const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')}; the sections are ${SECTIONS.join(', ')}`);
      args.only = new Set(names as Section[]);
    } else if (a === '--sizes') args.sizes = value().split(',').map(Number);
    else if (a === '--runs') args.runs = Number(value());
    else if (a === '--hololens') args.hololens = value().split(',');
    else args.folders.push(resolve(a));
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes: give whole numbers of pages, e.g. 17,170,1700');
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs: give a whole number of runs, e.g. 3');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const parseFolders = [...(existsSync(CORPUS) ? [CORPUS] : []), ...args.folders];
  console.log(`Tandem benchmark on this machine (Node ${process.version})\n`);
  if (args.only.has('parse')) {
    console.log('Parse + align against bare remark-parse:');
    if (parseFolders.length === 0) console.log(`  ${CORPUS} not found; give a folder of sxs sources`);
    parseFolders.forEach((folder) => benchParseRatio(folder));
  }
  if (args.only.has('pathological')) await benchPathological();
  const work = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  try {
    if (args.only.has('sweep') || args.only.has('hololens')) {
      if (!existsSync(CORPUS)) console.log(`\nSize sweep and HoloLens folders: not run, ${CORPUS} not found`);
      else {
        const peers: PeerOptions = { root: ROOT, work, starlight: installStarlight(ROOT), runs: args.runs };
        if (args.only.has('sweep')) await benchSweep({ ...peers, corpus: join(CORPUS, 'de-de'), sizes: args.sizes });
        if (args.only.has('hololens')) await benchHololens(peers, args.hololens);
      }
    }
    if (args.only.has('sites') || args.only.has('lighthouse')) {
      console.log('\nFull-site builds (astro build, with sitemap and search index):');
      const seed = benchBuild('seed', SEED, work);
      const corpusDir = join(CORPUS, 'de-de', 'partner-center');
      const corpus = existsSync(corpusDir) ? benchBuild('corpus', corpusDir, work) : undefined;
      benchShipped(seed, corpus);
      if (args.only.has('lighthouse')) await benchLighthouse(seed);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
