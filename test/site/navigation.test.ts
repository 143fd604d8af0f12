// The site's navigation from TOC.md files: order, nesting, sub-tables, English titles, broken entries.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignAddresses, parseFolder } from '../../src/site/build-pages.ts';
import { buildNavigation, navTree, type NavEntry } from '../../src/site/navigation.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-nav-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pair = (id: string, de: string, en: string) => `<span data-ttu-id="${id}">${de}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;
const page = (id: string, de: string, en: string) => `---\nms.contentlocale: de-DE\n---\n# <a name="top"></a>${pair(id, de, en)}\n\n## <a name="teil"></a>${pair(`${id}0`, 'Ein Teil', 'A part')}\n`;

function navOf(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(work, name, '..'), { recursive: true });
    writeFileSync(join(work, name), text);
  }
  const { docs, tocs } = parseFolder(work, work);
  return buildNavigation(tocs, assignAddresses(docs).addresses, { root: work });
}

describe('buildNavigation', () => {
  const { nav, diagnostics } = navOf({
    'de-de/TOC.md': '# [Startseite](index.yml)\n# [Start](index.md)\n# Gruppe\n## [Seite A](a.md)\n### [Teil von A](a.md#teil)\n## [Mehr](sub/TOC.md)\n## [Fehlt](fehlt.md)\n',
    'de-de/sub/TOC.md': '# [Seite B](b.md)\n',
    'de-de/index.md': page('i-1', 'Start', 'Start page'),
    'de-de/a.md': page('a-1', 'Seite A', 'Page A'),
    'de-de/sub/b.md': page('b-1', 'Seite B', 'Page B'),
  });
  const show = (entries: NavEntry[]) => entries.map((e) => `${'  '.repeat(e.depth - 1)}${e.title}${e.href ? ` ${e.href}` : ''}${e.lang ? ` [${e.lang}]` : ''}`);

  it('lists the TOC in order with its depths, a sub-table nested at its entry, index.yml as the home page', () => {
    expect(show(nav.get('de')!)).toEqual(['Startseite /de/', 'Start /de/index/', 'Gruppe', '  Seite A /de/a/', '    Teil von A /de/a/#teil', '  Mehr', '    Seite B /de/b/', '  Fehlt']);
  });

  it('gives English the same tree with the English titles of the pages and sections', () => {
    expect(show(nav.get('en')!)).toEqual(['Startseite /en/ [de]', 'Start page /en/index/', 'Gruppe [de]', '  Page A /en/a/', '    A part /en/a/#teil', '  Mehr [de]', '    Page B /en/b/', '  Fehlt [de]']);
  });

  it('warns once about an entry for a page the folder does not have', () => {
    expect(diagnostics.map((d) => `${d.file}:${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId}`)).toEqual(['de-de/TOC.md:7:1 warning link-missing-page']);
  });
});

describe('navTree', () => {
  it('nests each entry under the last shallower one, also across skipped levels', () => {
    const tree = navTree([{ depth: 1, title: 'a' }, { depth: 3, title: 'b' }, { depth: 2, title: 'c' }, { depth: 1, title: 'd' }]);
    expect(tree.map((t) => [t.title, t.children.map((c) => c.title)])).toEqual([['a', ['b', 'c']], ['d', []]]);
  });
});
