import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { contentRoot, xliffExportCommand, xliffImportCommand } from '../../src/xliff/xliff-commands.js';
import { SEED } from '../helpers/shared.js';

function run(command: typeof xliffImportCommand, argv: string[]) {
  let out = '';
  let err = '';
  const code = command(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** A content folder with the seed in `de-de/`, and a folder beside it. */
function folder() {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'tandem-cli-')));
  made.push(base);
  const root = join(base, 'content');
  mkdirSync(join(root, 'de-de'), { recursive: true });
  copyFileSync(SEED, join(root, 'de-de', 'page.md'));
  mkdirSync(join(base, 'other'));
  copyFileSync(SEED, join(base, 'other', 'page.md'));
  return { base, root, page: join(root, 'de-de', 'page.md'), xlf: join(base, 'de.xlf') };
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const saved = process.env.CONTENT_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
});

describe('the content folder', () => {
  it('is --root, else CONTENT_DIR, else content/', () => {
    expect(contentRoot('a', { CONTENT_DIR: 'b' })).toBe('a');
    expect(contentRoot(undefined, { CONTENT_DIR: 'b' })).toBe('b');
    expect(contentRoot(undefined, {})).toBe('content');
  });
});

describe('xliff:export', () => {
  it('writes originals relative to the content folder', () => {
    const { root, xlf } = folder();
    expect(run(xliffExportCommand, [join(root, 'de-de'), '--root', root, '--out', xlf]).code).toBe(0);
    expect(readFileSync(xlf, 'utf8')).toContain('<file id="f1" original="de-de/page.md">');
  });

  it('skips and lists a source it cannot export, exports the rest and says so in a summary line', () => {
    const { root, xlf } = folder();
    writeFileSync(join(root, 'de-de', 'broken.md'), '---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="b-101">Kaputt\n');
    const r = run(xliffExportCommand, [join(root, 'de-de'), '--root', root, '--out', xlf]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.md:\d+:\d+ error sxs-/);
    expect(r.err.trim().split('\n').at(-1)).toMatch(/^1 file\(s\), \d+ unit\(s\) exported; 1 file\(s\) skipped, listed above → /);
    expect(readFileSync(xlf, 'utf8')).toContain('original="de-de/page.md"');
    expect(readFileSync(xlf, 'utf8')).not.toContain('broken.md');
  });

  it('imports an unchanged export as a no-op, monolingual pages without a locale of their own included', () => {
    const { root, xlf, page } = folder();
    const mono = join(root, 'de-de', 'mono.md');
    writeFileSync(mono, '# Nur Deutsch\n\nEine Seite ohne Paare.\n');
    const before = [readFileSync(page), readFileSync(mono)];
    expect(run(xliffExportCommand, [join(root, 'de-de'), '--root', root, '--out', xlf]).code).toBe(0);
    const r = run(xliffImportCommand, [xlf, '--root', root]);
    expect(r.err).not.toMatch(/trgLang/);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n').at(-1)).toBe('0 file(s) written, 2 unchanged, 0 segment(s) updated, 0 stale unit(s) left.');
    expect([readFileSync(page), readFileSync(mono)]).toEqual(before);
  });

  it('refuses sources outside the content folder', () => {
    const { base, root } = folder();
    const r = run(xliffExportCommand, [join(base, 'other'), '--root', root]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Unexpected sources outside the content folder .*content: .*other\/page\.md, expected every source inside it/);
  });
});

describe('xliff:import', () => {
  const translated = (xlf: string) => readFileSync(xlf, 'utf8').replace('Jedoch nicht um Test-SKUs.', 'Kund*innen ausgenommen.');

  it('imports into the folder given with --root and reports counts', () => {
    const { root, xlf, page } = folder();
    run(xliffExportCommand, [root, '--root', root, '--out', xlf]);
    writeFileSync(xlf, translated(xlf));
    const r = run(xliffImportCommand, [xlf, '--root', root]);
    expect(r.code).toBe(0);
    expect(r.err.trim().split('\n').at(-1)).toBe('1 file(s) written, 0 unchanged, 1 segment(s) updated, 0 stale unit(s) left.');
    expect(readFileSync(page, 'utf8')).toContain('<span data-ttu-id="2ecbe-118">Kund\\*innen ausgenommen.</span>');
  });

  it('takes the content folder from CONTENT_DIR when --root is not given', () => {
    const { root, xlf, page } = folder();
    process.env.CONTENT_DIR = root;
    run(xliffExportCommand, [root, '--out', xlf]);
    const r = run(xliffImportCommand, [xlf]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('0 file(s) written, 1 unchanged, 0 segment(s) updated');
    expect(readFileSync(page).equals(readFileSync(SEED))).toBe(true);
  });

  it('refuses an original outside the folder with exit 1 and writes nothing', () => {
    const { base, root, xlf } = folder();
    run(xliffExportCommand, [root, '--root', root, '--out', xlf]);
    writeFileSync(xlf, translated(xlf).replace('original="de-de/page.md"', 'original="../other/page.md"'));
    const r = run(xliffImportCommand, [xlf, '--root', root]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('../other/page.md: Unexpected <file original="../other/page.md">: it leaves the content folder with `..`');
    expect(r.err.trim().split('\n').at(-1)).toBe('1 problem(s); nothing written.');
    expect(readFileSync(join(base, 'other', 'page.md')).equals(readFileSync(SEED))).toBe(true);
  });

  it('says so when the content folder does not exist (exit 2)', () => {
    const { base, xlf, root } = folder();
    run(xliffExportCommand, [root, '--root', root, '--out', xlf]);
    const r = run(xliffImportCommand, [xlf, '--root', join(base, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no such file or directory');
  });
});
