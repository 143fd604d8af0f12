import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SxsError, formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { assertPublishable, readSources } from '../../src/sxs/read-sources.ts';
import { CORPUS, SEED, hasCorpus } from '../helpers/shared.ts';
import { fixtures } from './fixture-dirs.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding the seed, a few broken fixtures (some nested) and a file that is not markdown. */
function brokenFolder(): { dir: string; cases: string[] } {
  const dir = join(work, 'content');
  const cases = ['broken-missing-twin', 'broken-invalid-utf8', 'broken-front-matter-yaml', 'broken-unclosed-span', 'broken-duplicate-id'];
  mkdirSync(join(dir, 'de-de', 'nested'), { recursive: true });
  cpSync(SEED, join(dir, 'de-de', 'seed.md'));
  for (const [i, name] of cases.entries()) {
    const fixture = fixtures('broken').find((f) => f.name === name)!;
    cpSync(join(fixture.dir, 'input.md'), join(dir, 'de-de', i % 2 ? 'nested' : '', `${name}.md`));
  }
  writeFileSync(join(dir, 'de-de', 'notes.txt'), '<span data-ttu-id="x">not a source</span>');
  return { dir, cases };
}

describe('readSources', () => {
  const { dir, cases } = brokenFolder();
  const { docs, diagnostics } = readSources(dir);

  it('reads every *.md below the folder, sorted by path', () => {
    expect(docs.map((d) => d.file.slice(dir.length + 1))).toEqual([
      'de-de/broken-duplicate-id.md',
      'de-de/broken-front-matter-yaml.md',
      'de-de/broken-missing-twin.md',
      'de-de/nested/broken-invalid-utf8.md',
      'de-de/nested/broken-unclosed-span.md',
      'de-de/seed.md',
    ]);
  });

  it('reports the errors of every broken file, each with its own file:line:column', () => {
    for (const name of cases) {
      const expected = readFileSync(join(fixtures('broken').find((f) => f.name === name)!.dir, 'expected.txt'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^test\/fixtures\/[^/]+\/input\.md:/, ':'));
      const file = docs.find((d) => d.file.endsWith(`${name}.md`))!.file;
      const got = diagnostics.filter((d) => d.file === file).map((d) => formatDiagnostic(d).slice(file.length));
      expect(got, name).toEqual(expected);
    }
  });

  it('throws one SxsError naming all errors of all files at once', () => {
    let thrown: unknown;
    try {
      assertPublishable(diagnostics);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SxsError);
    const message = (thrown as SxsError).message;
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(cases.length);
    expect(message.split('\n')[0]).toBe(`${errors.length} error(s) in sxs sources:`);
    for (const d of errors) expect(message).toContain(formatDiagnostic(d));
    expect(new Set(errors.map((d) => d.file)).size).toBe(cases.length);
  });

  it('lets sources with warnings only through', () => {
    const warning = diagnostics.filter((d) => d.severity !== 'error');
    expect(() => assertPublishable(warning)).not.toThrow();
  });
});

describe.skipIf(!hasCorpus)('readSources on the corpus', () => {
  it('reads all 17 pages with no error', () => {
    const { docs, diagnostics } = readSources(CORPUS);
    expect(docs).toHaveLength(17);
    expect(() => assertPublishable(diagnostics)).not.toThrow();
  });
});
