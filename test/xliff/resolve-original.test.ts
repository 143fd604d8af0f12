import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveOriginal } from '../../src/xliff/resolve-original.js';

// A content folder with one source, a sub-folder, and things beside it that must stay out of reach.
const base = realpathSync(mkdtempSync(join(tmpdir(), 'tandem-resolve-')));
const root = join(base, 'content');
afterAll(() => rmSync(base, { recursive: true, force: true }));
mkdirSync(join(root, 'de-de', 'folder.md'), { recursive: true });
writeFileSync(join(root, 'de-de', 'page.md'), 'x');
writeFileSync(join(root, 'de-de', 'notes.txt'), 'x');
writeFileSync(join(base, 'outside.md'), 'x');
symlinkSync(join(base, 'outside.md'), join(root, 'de-de', 'link-out.md'));
symlinkSync(join(root, 'de-de', 'page.md'), join(root, 'de-de', 'link-in.md'));
symlinkSync(base, join(root, 'escape'));

const reason = (original: string) => {
  const r = resolveOriginal(original, root);
  return 'reason' in r ? r.reason : r.path;
};

describe('resolveOriginal', () => {
  it('resolves a source inside the content folder to its real path', () => {
    expect(resolveOriginal('de-de/page.md', root)).toEqual({ path: join(root, 'de-de', 'page.md') });
    expect(resolveOriginal('./de-de/page.md', root)).toEqual({ path: join(root, 'de-de', 'page.md') });
    expect(resolveOriginal('de-de/link-in.md', root)).toEqual({ path: join(root, 'de-de', 'page.md') });
  });

  it.each([
    ['an absolute path', join(base, 'outside.md'), 'an absolute path'],
    ['an absolute path into the folder', join(root, 'de-de', 'page.md'), 'an absolute path'],
    ['a Windows drive path', 'C:\\content\\page.md', 'an absolute path'],
    ['a `..` escape', '../outside.md', 'it leaves the content folder with `..`'],
    ['a `..` that comes back', 'de-de/../de-de/page.md', 'it leaves the content folder with `..`'],
    ['a backslash `..` escape', 'de-de\\..\\..\\outside.md', 'it leaves the content folder with `..`'],
    ['a symlinked file leading outside', 'de-de/link-out.md', `a symbolic link that leads outside the content folder (to ${join(base, 'outside.md')})`],
    ['a symlinked folder leading outside', 'escape/outside.md', `a symbolic link that leads outside the content folder (to ${join(base, 'outside.md')})`],
    ['a name that is not .md', 'de-de/notes.txt', 'not a .md file'],
    ['a source that does not exist', 'de-de/missing.md', 'no such file'],
    ['a folder named like a source', 'de-de/folder.md', 'not a regular file'],
    ['an empty name', '', 'empty'],
    ['a name with a NUL', 'de-de/page.md\u0000.txt', 'it contains control characters'],
  ])('refuses %s with its name', (_what, original, why) => {
    expect(reason(original)).toBe(`Unexpected <file original="${original}">: ${why}, expected the path of an existing .md source inside the content folder`);
  });
});
