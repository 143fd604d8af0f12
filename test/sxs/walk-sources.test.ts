// The one walk over a content folder: what it reads, what it refuses and says so.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { readSources, walkPath, walkSources } from '../../src/sxs/read-sources.ts';
import { readSources as readForQa } from '../../src/qa/read-sources.ts';
import { xliffExportCommand } from '../../src/xliff/xliff-commands.ts';
import { siteFor } from '../../src/site/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-walk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (id: string) => `---\nms.contentlocale: de-DE\n---\n<span data-ttu-id="${id}">Hallo</span><span class="sxs-lookup"><span data-stu-id="${id}">Hello</span></span>\n`;

/** A content folder with a folder named `x.md`, links inside and out, a broken link and a loop. */
function folder(): { dir: string; outside: string } {
  const dir = mkdtempSync(join(work, 'content-'));
  const outside = mkdtempSync(join(work, 'outside-'));
  writeFileSync(join(outside, 'secret.md'), page('s-1'));
  mkdirSync(join(dir, 'de-de', 'x.md', 'inner'), { recursive: true });
  writeFileSync(join(dir, 'de-de', 'a.md'), page('a-1'));
  writeFileSync(join(dir, 'de-de', 'x.md', 'inner', 'b.md'), page('b-1'));
  symlinkSync(outside, join(dir, 'de-de', 'elsewhere'));
  symlinkSync(join(outside, 'secret.md'), join(dir, 'de-de', 'secret.md'));
  symlinkSync(join(dir, 'de-de', 'a.md'), join(dir, 'de-de', 'alias.md'));
  symlinkSync(join(dir, 'de-de', 'x.md'), join(dir, 'de-de', 'folder-link'));
  symlinkSync(join(dir, 'de-de'), join(dir, 'de-de', 'x.md', 'loop'));
  symlinkSync(join(dir, 'missing.md'), join(dir, 'de-de', 'broken.md'));
  return { dir, outside };
}

describe('walkSources', () => {
  const { dir } = folder();
  const name = (f: string) => relative(dir, f);
  const walk = walkSources(dir, name);

  it('reads files and links to files or folders inside the folder, and walks a folder named x.md', () => {
    expect(walk.files.map(name)).toEqual(['de-de/a.md', 'de-de/alias.md', 'de-de/folder-link/inner/b.md', 'de-de/x.md/inner/b.md']);
  });

  it('does not follow links out of the folder, nor broken ones, and says so naming each', () => {
    expect(walk.diagnostics.map(formatDiagnostic).map((l) => l.replace(/`\/[^`]*`/, '`…`'))).toEqual([
      'de-de/broken.md:1:1 error sxs-broken-link Unexpected symbolic link to nothing, expected a link to a file inside the content folder (Remove the link or point it at a source inside the folder.)',
      'de-de/elsewhere:1:1 error sxs-link-outside Unexpected symbolic link to `…`, outside the content folder, expected sources inside it (Copy the file or folder into the content folder; links out of it are not followed.)',
      'de-de/secret.md:1:1 error sxs-link-outside Unexpected symbolic link to `…`, outside the content folder, expected sources inside it (Copy the file or folder into the content folder; links out of it are not followed.)',
    ].sort());
  });

  it('gives the site build the same files and the refusals among its diagnostics', () => {
    const sources = readSources(dir, { name });
    expect(sources.docs.map((d) => d.file)).toEqual(walk.files.map(name));
    expect(sources.unread).toEqual(walk.diagnostics);
    expect(sources.diagnostics.filter((d) => d.ruleId.startsWith('sxs-link') || d.ruleId === 'sxs-broken-link')).toHaveLength(3);
  });

  it('gives QA the same files, with each refused link as a document carrying its error (no EISDIR on x.md)', () => {
    const docs = readForQa([dir], dir);
    expect(docs.filter((d) => d.segments.length).map((d) => d.file)).toEqual(walk.files.map(name));
    expect(docs.filter((d) => !d.segments.length).flatMap((d) => d.diagnostics.map((x) => `${x.file} ${x.ruleId}`))).toEqual(walk.diagnostics.map((x) => `${x.file} ${x.ruleId}`));
  });

  it('lets the site build (and the dev server’s change check) run over it, listing what it did not read', () => {
    const build = siteFor(dir, { root: dir });
    expect(build.pages.map((p) => p.sourcePath)).toEqual(expect.arrayContaining(walk.files.map(name)));
    expect(build.diagnostics.filter((d) => d.ruleId === 'sxs-link-outside' || d.ruleId === 'sxs-broken-link').map((d) => d.file)).toEqual(['de-de/broken.md', 'de-de/elsewhere', 'de-de/secret.md']);
  });

  it('makes XLIFF export refuse a folder with links out of it, naming them', () => {
    const err: string[] = [];
    const code = xliffExportCommand([dir, '--root', dir], { out: () => {}, err: (t) => err.push(t) });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/sxs-link-outside/);
  });

  it('reads a file named on the command line, and a folder named x.md as a folder', () => {
    expect(walkPath(join(dir, 'de-de', 'a.md')).files).toEqual([join(dir, 'de-de', 'a.md')]);
    expect(walkPath(join(dir, 'de-de', 'x.md')).files.map(name)).toContain('de-de/x.md/inner/b.md');
    expect(() => walkPath(join(dir, 'nothing-here'))).toThrow(/ENOENT/);
  });
});
