// No path of the machine that builds reaches what is published: with `CONTENT_DIR` given as an
// absolute path (a copy of the product's content in a temporary folder), every file of the built
// site is searched for that path, the checkout, the home folder and the temporary folder.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite, readPage } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/shared.ts';

const PRODUCT = 'competency-cloud-productivity';

/** Every file below `dir`, as paths relative to it. */
const filesBelow = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));

describe('a site built from an absolute CONTENT_DIR', () => {
  const content = mkdtempSync(join(tmpdir(), 'tandem-abs-content-'));
  let site = '';
  beforeAll(() => {
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    site = builtSite('absolute-content-dir', content);
  }, 180_000);
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  // Each as a folder (`/root/`), so that a word of the content (`…/rootcert`) is not taken for one.
  const machinePaths = () => [content, ROOT, homedir(), tmpdir()].filter((p) => p.length > 1).map((p) => (p.endsWith(sep) ? p : p + sep));

  it('publishes no path of the machine in any file', () => {
    const files = filesBelow(site);
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(site, f), 'latin1');
      return machinePaths().filter((p) => text.includes(p)).map((p) => `${f}: ${p}`);
    });
    expect(found).toEqual([]);
  });

  it('names the source relative to the content folder on its page, the QA page and in the data', () => {
    expect(readPage(site, `de/${PRODUCT}`)).toContain(`<code>de-de/${PRODUCT}.md</code>`);
    expect(readPage(site, 'de/qa')).toContain(`<code>de-de/${PRODUCT}.md</code>`);
    const qa = JSON.parse(readFileSync(join(site, 'data', 'qa.json'), 'utf8')) as { files: Array<{ file: string }> };
    expect(qa.files.map((f) => f.file)).toEqual([`de-de/${PRODUCT}.md`]);
    const model = JSON.parse(readFileSync(join(site, 'data', `${PRODUCT}.json`), 'utf8')) as { origin: { file: string } };
    expect(model.origin.file).toBe(`de-de/${PRODUCT}.md`);
  });

  it('gives the checker no file path in its props', () => {
    const islands = readPage(site, `de/${PRODUCT}`).match(/<astro-island[^>]*>/g) ?? [];
    expect(islands.length).toBeGreaterThan(0);
    for (const island of islands) expect(island).not.toContain(`${PRODUCT}.md`);
  });
});
