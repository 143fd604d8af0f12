import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXliff } from '../../src/xliff/export-xliff.js';
import { importFiles } from '../../src/xliff/import-files.js';
import { nodeFs, type AtomicFs } from '../../src/xliff/write-files-atomic.js';
import { XLIFF_NS } from '../../src/xliff/xliff-format.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { ROOT, SEED } from '../helpers/shared.js';

const seedBytes = readFileSync(SEED);
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A content folder holding `count` copies of the seed, and an XLIFF of them with one unit edited in each. */
function setup(count = 4, change: (file: number) => string = (f) => `Test-SKUs gehören nicht dazu (${f + 1}).`) {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'tandem-import-')));
  made.push(base);
  const root = join(base, 'content');
  mkdirSync(join(root, 'de-de'), { recursive: true });
  const files = Array.from({ length: count }, (_, i) => join(root, 'de-de', `page-${i + 1}.md`));
  for (const f of files) copyFileSync(SEED, f);
  const docs = files.map((f) => parseSxs(readFileSync(f), { file: f }));
  const xml = exportXliff(docs, { original: (d) => relative(root, d.file) }).xml!;
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  Array.from(dom.getElementsByTagNameNS(XLIFF_NS, 'file')).forEach((file, i) => {
    const unit = Array.from(file.getElementsByTagNameNS(XLIFF_NS, 'unit')).find((u) => u.getAttribute('id') === '2ecbe-118')!;
    unit.getElementsByTagNameNS(XLIFF_NS, 'target')[0]!.textContent = change(i);
  });
  const xlf = join(base, 'de.xlf');
  writeFileSync(xlf, new XMLSerializer().serializeToString(dom));
  return { base, root, files, xlf, xml: () => readFileSync(xlf, 'utf8') };
}

const unchanged = (files: string[]) => files.every((f) => readFileSync(f).equals(seedBytes));
const leftovers = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

/** node:fs, but the `n`th call of `step` throws. */
function failing(step: keyof AtomicFs, n: number): AtomicFs {
  let calls = 0;
  return {
    ...nodeFs,
    [step]: (...args: unknown[]) => {
      if (++calls === n) throw new Error(`${step} failed (injected)`);
      return (nodeFs[step] as (...a: unknown[]) => void)(...args);
    },
  };
}

describe('importFiles', () => {
  it('writes every changed source and says how many', () => {
    const { root, files, xml } = setup();
    const report = importFiles(xml(), { root });
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.path, f.changed, f.written])).toEqual(files.map((f) => [f, ['2ecbe-118'], true]));
    files.forEach((f, i) => expect(parseSxs(readFileSync(f)).segments.find((s) => s.id === '2ecbe-118')!.target.text).toBe(`Test-SKUs gehören nicht dazu (${i + 1}).`));
    expect(leftovers(join(root, 'de-de'))).toEqual([]);
  });

  it('writes nothing when one file of several is refused', () => {
    const { root, files, xml } = setup(4, (f) => (f === 3 ? 'Kaputt\u0007' : 'Neu.'));
    const report = importFiles(xml(), { root });
    expect(report.problems.map((p) => [p.file, p.unit])).toEqual([['de-de/page-4.md', '2ecbe-118']]);
    expect(report.files).toEqual([]);
    expect(unchanged(files)).toBe(true);
  });

  it.each([
    ['temp file write', 'writeNew', 3],
    ['rename', 'rename', 3],
  ] as const)('leaves every source byte for byte as it was when the %s of the 3rd file fails', (_what, step, n) => {
    const { root, files, xml } = setup(5);
    const report = importFiles(xml(), { root, fs: failing(step, n) });
    expect(report.writeError?.message).toBe(`${step} failed (injected)`);
    expect(report.files.every((f) => !f.written)).toBe(true);
    expect(unchanged(files)).toBe(true);
    expect(leftovers(join(root, 'de-de'))).toEqual([]);
  });

  it('keeps each file old or new when the process is killed at any step', () => {
    // Killed while writing temp files, between the last temp file and the first rename, and
    // between renames: every source is the old or the new file, whole, never anything else.
    for (const killAt of ['writeNew:3', 'rename:1', 'rename:3']) {
      const { root, files, xlf } = setup(5);
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'fixtures', 'xliff-kill', 'import-and-die.ts'), xlf, root, killAt], { cwd: ROOT, encoding: 'utf8' });
      expect(run.signal, run.stderr).toBe('SIGKILL');
      const states = files.map((f) => {
        const bytes = readFileSync(f);
        if (bytes.equals(seedBytes)) return 'old';
        const doc = parseSxs(bytes);
        return doc.segments.find((s) => s.id === '2ecbe-118')!.target.text.startsWith('Test-SKUs gehören nicht dazu') && bytes.length - seedBytes.length < 100 ? 'new' : 'broken';
      });
      expect(states, killAt).toEqual(killAt === 'rename:3' ? ['new', 'new', 'old', 'old', 'old'] : ['old', 'old', 'old', 'old', 'old']);
    }
  });

  it('keeps each of 60 files old or new when the command is killed while it writes', async () => {
    // No injection: the real command, killed soon after its first temp file shows up.
    const { root, files, xlf } = setup(60);
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'xliff-import.ts'), xlf, '--root', root], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    const folder = join(root, 'de-de');
    let seen = false;
    for (const end = Date.now() + 20000; Date.now() < end && child.exitCode === null && !seen; ) {
      seen = leftovers(folder).length > 0;
      if (!seen) await new Promise((r) => setImmediate(r));
    }
    // Then a random moment later: during the temp writes, the renames, or after.
    await new Promise((r) => setTimeout(r, Math.random() * 60));
    child.kill('SIGKILL');
    const signal = await exited;
    const states = files.map((f) => {
      const bytes = readFileSync(f);
      if (bytes.equals(seedBytes)) return 'old';
      return parseSxs(bytes).segments.find((s) => s.id === '2ecbe-118')!.target.text.startsWith('Test-SKUs gehören nicht dazu') ? 'new' : 'broken';
    });
    expect(states.filter((s) => s === 'broken')).toEqual([]);
    expect(signal === 'SIGKILL' || states.every((s) => s === 'new')).toBe(true);
  }, 30000);

  describe('refuses a <file original> outside the content folder, naming it, and writes nothing', () => {
    /** The XLIFF with its first file's original replaced. */
    function pointAt(original: (s: ReturnType<typeof setup>) => string) {
      const s = setup(2);
      const target = join(s.base, 'elsewhere', 'victim.md');
      mkdirSync(join(s.base, 'elsewhere'));
      copyFileSync(SEED, target);
      const xml = s.xml().replace('original="de-de/page-1.md"', `original="${original(s)}"`);
      return { ...s, target, report: importFiles(xml, { root: s.root }) };
    }
    it.each([
      ['an absolute path', (s: ReturnType<typeof setup>) => join(s.base, 'elsewhere', 'victim.md'), 'an absolute path'],
      ['a ../ escape', () => '../elsewhere/victim.md', 'it leaves the content folder with `..`'],
      ['a symlink leading outside', (s: ReturnType<typeof setup>) => {
        symlinkSync(join(s.base, 'elsewhere', 'victim.md'), join(s.root, 'de-de', 'link.md'));
        return 'de-de/link.md';
      }, 'a symbolic link that leads outside the content folder'],
    ])('%s', (_what, original, why) => {
      const { report, target, files } = pointAt(original);
      expect(report.problems).toHaveLength(1);
      expect(report.problems[0]!.reason).toContain(why);
      expect(report.problems[0]!.reason).toMatch(/^Unexpected <file original="[^"]+victim\.md"|^Unexpected <file original="de-de\/link\.md"/);
      expect(readFileSync(target).equals(seedBytes)).toBe(true);
      expect(unchanged(files)).toBe(true);
    });
  });

  it('leaves a hard link to a source, outside the folder, with the old content', () => {
    const { base, root, files, xml } = setup(1);
    linkSync(files[0]!, join(base, 'hard-link.md'));
    expect(importFiles(xml(), { root }).files[0]!.written).toBe(true);
    expect(readFileSync(join(base, 'hard-link.md')).equals(seedBytes)).toBe(true);
    expect(readFileSync(files[0]!).equals(seedBytes)).toBe(false);
  });

  it('refuses a source named twice', () => {
    const { root, files, xml } = setup(2);
    const report = importFiles(xml().replace('original="de-de/page-2.md"', 'original="./de-de/page-1.md"'), { root });
    expect(report.problems[0]!.reason).toBe('Unexpected <file original="./de-de/page-1.md"> for the same source as <file original="de-de/page-1.md">, expected each source once');
    expect(unchanged(files)).toBe(true);
  });
});
