// The census: every pair of every source on both of its pages, or named. Held on every folder
// there is (the corpus, the four HoloLens folders, the fixtures, the product's content) with
// the build's own pipeline short of Astro and QA, and on generated variants of damaged shapes.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { buildPages, parseFolder } from '../../src/site/build-pages.ts';
import { censusSegments, shownIds } from '../../src/site/segment-census.ts';
import { RECOVERY_RULES } from '../../src/sxs/recoveries.ts';
import { CORPUS, ROOT, SHARED, hasCorpus } from '../helpers/shared.ts';
import { FIXTURES } from '../sxs/fixture-dirs.ts';
import { pair, page as sxsPage, variants } from '../helpers/sxs-variants.ts';
import { writeFolder } from '../helpers/fixture-folders.ts';

const HOLOLENS = join(SHARED, 'corpus', 'hololens');
const hololens = ['de-de', 'fr-fr', 'ja-jp', 'zh-cn'].map((l) => join(HOLOLENS, l)).filter((d) => existsSync(d));

/** The build's pages of a folder and the census over them. */
function census(dir: string) {
  const { docs } = parseFolder(dir, dir);
  const { pages } = buildPages(docs, { root: dir, contentDir: dir });
  return { docs, pages, ...censusSegments(docs, pages, { recoveries: RECOVERY_RULES }) };
}

/** The census holds: no pair is missing from a page unless an error names it. */
function expectAccounted(dir: string): void {
  const { docs, counts, diagnostics } = census(dir);
  expect(diagnostics.map(formatDiagnostic), dir).toEqual([]);
  const pairs = docs.flatMap((d) => d.segments.filter((s) => s.context !== 'front-matter'));
  expect(counts.present + counts.named, dir).toBeLessThanOrEqual(pairs.length);
  expect(counts.present, dir).toBeGreaterThan(0);
}

const work = mkdtempSync(join(tmpdir(), 'tandem-census-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const folder = (files: Record<string, string | Uint8Array>): string => writeFolder(work, files);

const page = (body: string) => sxsPage('de-DE', body);

describe('censusSegments', () => {
  it('reads the segment ids a page shows, decoding the attribute', () => {
    expect([...shownIds('<span class="sxs" data-sxs="a-1"></span><span data-sxs="&#x26;quot;b-2&#x26;quot;"></span>')]).toEqual(['a-1', '&quot;b-2&quot;']);
  });

  it('names a pair a page lacks at its place, with the side it is missing from', () => {
    const dir = folder({ 'de-de/x.md': page(`# ${pair('x-1', 'Titel', 'Title')}\n\n${pair('x-2', 'Eins.', 'One.')}`) });
    const { docs, pages } = census(dir);
    const english = pages.find((p) => p.side === 'source')!;
    const lacking = pages.map((p) => (p === english ? { ...p, html: p.html.replaceAll('data-sxs="x-2"', '') } : p));
    const { counts, diagnostics } = censusSegments(docs, lacking);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'de-de/x.md:6:1 error sxs-segment-not-published Unexpected segment `x-2` missing from the English page, expected every pair of the source on both language pages (The markup around this place hides the segment from the page: put it in a paragraph of its own (a blank line before and after) and check the span tags around it.)',
    ]);
    expect(counts).toEqual({ present: 1, recovered: 0, named: 1 });
  });

  it('counts a pair an error of the parser already names as named, without a second message', () => {
    const dir = folder({ 'de-de/x.md': page(`${pair('x-1', 'Eins.', 'One.')} <span data-ttu-id="x-2">Zwei.</span>`) });
    const { docs, pages } = census(dir);
    const lacking = pages.map((p) => ({ ...p, html: p.html.replaceAll('data-sxs="x-2"', '') }));
    const { counts, diagnostics } = censusSegments(docs, lacking);
    expect(diagnostics).toEqual([]);
    expect(counts).toEqual({ present: 1, recovered: 0, named: 1 });
  });

  it('holds a monolingual page to its one page and an include to the pages that include it', () => {
    const dir = folder({
      'de-de/notes.md': page('# Hinweise'),
      'de-de/x.md': page(`${pair('x-1', 'Eins.', 'One.')}\n\n[!INCLUDE [t](includes/t.md)]`),
      'de-de/includes/t.md': page(pair('t-1', 'Teil.', 'Part.')),
      'de-de/includes/unused.md': page(pair('u-1', 'Nie.', 'Never.')),
    });
    const { counts, diagnostics } = census(dir);
    expect(diagnostics).toEqual([]);
    expect(counts).toEqual({ present: 2, recovered: 0, named: 0 });
  });
});

describe('every pair of every folder is on both of its pages, or named', () => {
  it('in the product content', () => expectAccounted(join(ROOT, 'content')));

  it.skipIf(!hasCorpus)('in the Partner Center corpus', () => expectAccounted(CORPUS));

  it.skipIf(!hasCorpus)('finds the four HoloLens folders', () => expect(hololens).toHaveLength(4));

  it.skipIf(!hasCorpus).each(hololens)('in the HoloLens folder %s', (dir) => expectAccounted(dir), 120_000);

  it('in a folder of every shape the parser recovers, in two languages', () => {
    const files = Object.fromEntries(['de-DE', 'zh-CN'].flatMap((locale) => variants(locale).map((v, i) => [`${locale.toLowerCase()}/shape-${i}.md`, v.source])));
    const dir = folder(files);
    expectAccounted(dir);
    const { counts } = census(dir);
    expect(counts.recovered).toBeGreaterThanOrEqual(variants().length * 2);
    expect(counts.named).toBe(0);
  });

  it('in every fixture folder', () => {
    const dirs = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(FIXTURES, d.name));
    const withPairs = dirs.filter((dir) => census(dir).docs.some((d) => d.segments.length > 0));
    expect(withPairs.length).toBeGreaterThan(40);
    for (const dir of withPairs) {
      const { diagnostics } = census(dir);
      expect(diagnostics.map(formatDiagnostic), dir).toEqual([]);
    }
  });
});
