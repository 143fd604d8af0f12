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

describe('xliff:import in the terminal', () => {
  it('shows control characters of a file name and a unit as escapes, one line per problem', () => {
    const { root, xlf } = folder();
    writeFileSync(xlf, `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="de-DE"><file id="f1" original="de-de/x&#10;1 file(s) written, 0 unchanged.&#10;&#x85;&#x9b;31m.md"><unit id="u&#x9b;2J"><segment><source>a</source><target>b</target></segment></unit></file></xliff>\n`);
    const { code, err } = run(xliffImportCommand, [xlf, '--root', root]);
    expect(code).toBe(1);
    expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(err).toContain('de-de/x\\x0a1 file(s) written');
    expect(err.trimEnd().split('\n').filter((line) => line.startsWith('1 file(s) written'))).toEqual([]);
  });

  it('shows control characters of an unknown option or a missing file as escapes', () => {
    for (const argv of [['--\u001b[2Jx', 'a.xlf'], ['missing\u001b]0;t\u0007.xlf']]) {
      const { code, err } = run(xliffImportCommand, argv);
      expect(code).toBe(2);
      expect(err).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
      expect(err).toContain('\\x1b');
    }
  });
});

describe('xliff:export of a very large source', () => {
  it('reports the size limit for a 50,000,000-character single-paragraph source instead of reading it', () => {
    const { root } = folder();
    const big = join(root, 'de-de', 'big.md');
    const pair = '<span data-ttu-id="b-1">Partner müssen 1.000 haben. </span><span class="sxs-lookup"><span data-stu-id="b-1">Partners must have 1,000. </span></span>';
    writeFileSync(big, `---\nms.contentlocale: de-DE\n---\n\n${pair.repeat(Math.ceil(50_000_000 / pair.length))}\n`);
    const heap = process.memoryUsage().heapUsed;
    const { code, out, err } = run(xliffExportCommand, [join(root, 'de-de'), '--root', root]);
    expect([code, out]).toEqual([1, '']);
    expect(err).toMatch(/big\.md:1:1 error xliff-export-too-large Unexpected source of 4\d\.\d MB, expected at most 4 MB per source/);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200_000_000);
  });
});
