// Includes and TOC links are bounded by what they add to a page, not only by cycles: a file may
// include the next many times at every level, a TOC may link one sub-TOC many times per level.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { assignAddresses, buildPages, parseFolder } from '../../src/site/build-pages.ts';
import { buildNavigation } from '../../src/site/navigation.ts';
import { writeFolder } from '../helpers/fixture-folders.ts';
import { page, pair } from '../helpers/sxs-source.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-budget-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));


const folder = (files: Record<string, string | Uint8Array>): string => writeFolder(work, files);

/** `levels` include files, each including the next `times` times; the page includes the first `times` times. */
function includeChain(levels: number, times: number): Record<string, string> {
  const includes = (name: string) => Array.from({ length: times }, () => `[!INCLUDE [x](${name})]`).join('\n\n');
  const files: Record<string, string> = {
    'de-de/page.md': page(`${pair('p-1', 'Anfang.', 'Start.')}\n\n${includes('includes/i1.md')}\n\n${pair('p-2', 'Ende der Seite.', 'End of the page.')}`),
  };
  for (let i = 1; i <= levels; i++) {
    const next = i < levels ? `\n\n${includes(`i${i + 1}.md`)}` : '';
    files[`de-de/includes/i${i}.md`] = page(`${pair(`i${i}`, `Teil ${i}.`, `Part ${i}.`)}${next}`);
  }
  return files;
}

describe('include expansion budget', () => {
  it('builds 7 files each including the next ten times in bounded output, the rest of the page kept', () => {
    const dir = folder(includeChain(7, 10));
    const started = performance.now();
    const { pages, diagnostics } = buildPages(parseFolder(dir, dir).docs, { root: dir, contentDir: dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    const de = pages.find((p) => p.id === 'de/page')!;
    expect(de.html.length).toBeLessThan(2_000_000);
    expect(de.html).toContain('Ende der Seite.');
    expect(pages.find((p) => p.id === 'en/page')!.html).toContain('End of the page.');
    const over = diagnostics.filter((d) => d.ruleId === 'include-over-budget');
    expect(over).toHaveLength(1);
    expect(over[0]!.severity).toBe('error');
  }, 60_000);

  it('reports the include that crosses the budget at its place, and shows it and the later ones as links', () => {
    const dir = folder(includeChain(5, 2));
    const { pages, diagnostics } = buildPages(parseFolder(dir, dir).docs, { root: dir, contentDir: dir, includeBudget: { count: 3, size: 1_000_000 } });
    expect(diagnostics.filter((d) => d.ruleId === 'include-over-budget').map(formatDiagnostic)).toEqual([
      'de-de/includes/i3.md:6:1 error include-over-budget Unexpected include past what one page may expand (3 includes or 1,000,000 characters) on the page of `de-de/page.md`, expected includes that add a bounded amount to a page (Include each file once where it is needed instead of including includes many times; this include and the page’s later ones show as links.)',
    ]);
    const html = pages.find((p) => p.id === 'de/page')!.html;
    expect(html.match(/Teil 3\./g)).toHaveLength(1);
    expect(html).not.toContain('Teil 4.');
    expect(html).toContain('Ende der Seite.');
  });

  it('counts the characters of included source too', () => {
    const dir = folder(includeChain(2, 3));
    const { pages, diagnostics } = buildPages(parseFolder(dir, dir).docs, { root: dir, contentDir: dir, includeBudget: { count: 100, size: 1 } });
    expect(diagnostics.filter((d) => d.ruleId === 'include-over-budget').map((d) => `${d.file}:${d.place.line}`)).toEqual(['de-de/page.md:6']);
    expect(pages.find((p) => p.id === 'de/page')!.html).not.toContain('Teil 1.');
  });
});

/** `levels` TOC files in nested folders, each linking the next one's folder `times` times. */
function tocChain(levels: number, times: number): Record<string, string> {
  const files: Record<string, string> = { 'de-de/a.md': page(pair('a-1', 'Seite A', 'Page A')) };
  let dir = 'de-de';
  for (let i = 1; i <= levels; i++) {
    const links = i < levels ? Array.from({ length: times }, (_, n) => `## [Mehr ${n}](s${i + 1}/TOC.md)`).join('\n') : '';
    files[`${dir}/TOC.md`] = `# [Seite A ${i}](${'../'.repeat(i - 1)}a.md)\n${links}\n`;
    dir = `${dir}/s${i + 1}`;
  }
  return files;
}

describe('TOC expansion budget', () => {
  const navOf = (files: Record<string, string>, maxEntries?: number) => {
    const dir = folder(files);
    const { docs, tocs } = parseFolder(dir, dir);
    return buildNavigation(tocs, assignAddresses(docs).addresses, { root: dir, ...(maxEntries ? { maxEntries } : {}) });
  };

  it('builds 20 TOC files each linking the next three times in a bounded navigation', () => {
    const started = performance.now();
    const { nav, diagnostics } = navOf(tocChain(20, 3));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(nav.get('de')!.length).toBeLessThanOrEqual(2_000);
    expect(nav.get('en')!.length).toBeLessThanOrEqual(2_000);
    expect(diagnostics.filter((d) => d.ruleId === 'toc-over-budget')).toHaveLength(1);
  }, 60_000);

  it('reports the entry whose sub-table crosses the budget at its place and keeps its heading', () => {
    const { nav, diagnostics } = navOf(tocChain(4, 2), 10);
    expect(diagnostics.filter((d) => d.ruleId === 'toc-over-budget').map(formatDiagnostic)).toEqual([
      'de-de/s2/s3/TOC.md:3:1 error toc-over-budget Unexpected table of contents link past what one navigation may hold (10 entries), expected each sub-table linked a bounded number of times (Link each sub-table once; this entry and later sub-tables past the limit show as their heading alone.)',
    ]);
    const de = nav.get('de')!;
    expect(de.length).toBeLessThanOrEqual(10 + 6);
    expect(de.map((e) => e.title)).toContain('Mehr 1');
  });
});

describe('a large TOC without repeated sub-tables', () => {
  it('keeps all of its own entries, past the budget too', () => {
    const dir = folder({ 'de-de/a.md': page(pair('a-1', 'Seite A', 'Page A')), 'de-de/TOC.md': Array.from({ length: 30 }, (_, i) => `# [Eintrag ${i}](a.md)`).join('\n') });
    const { docs, tocs } = parseFolder(dir, dir);
    const { nav, diagnostics } = buildNavigation(tocs, assignAddresses(docs).addresses, { root: dir, maxEntries: 10 });
    expect(nav.get('de')).toHaveLength(30);
    expect(diagnostics).toEqual([]);
  });
});
