import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFs, writeFilesAtomic, type AtomicFs } from '../../src/xliff/write-files-atomic.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(count: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-atomic-'));
  made.push(dir);
  const paths = Array.from({ length: count }, (_, i) => join(dir, `f${i}.md`));
  paths.forEach((p, i) => writeFileSync(p, `old ${i}\n`));
  return { dir, paths, writes: paths.map((path, i) => ({ path, data: Buffer.from(`new ${i}\n`) })) };
}

/** Records every operation and throws at the `n`th call of `step`. */
function recording(log: string[], fail?: [keyof AtomicFs, number]): AtomicFs {
  const counts = new Map<string, number>();
  const wrap = (name: keyof AtomicFs) => (...args: unknown[]) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    log.push(name);
    if (fail && fail[0] === name && counts.get(name) === fail[1]) throw new Error('injected');
    return (nodeFs[name] as (...a: unknown[]) => void)(...args);
  };
  return { writeNew: wrap('writeNew'), rename: wrap('rename'), remove: wrap('remove'), syncFolder: wrap('syncFolder') };
}

describe('writeFilesAtomic', () => {
  it('writes and syncs every temp file before the first rename, then syncs the folder', () => {
    const { dir, paths, writes } = folder(3);
    const log: string[] = [];
    writeFilesAtomic(writes, { fs: recording(log) });
    expect(log).toEqual(['writeNew', 'writeNew', 'writeNew', 'rename', 'rename', 'rename', 'syncFolder']);
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['new 0\n', 'new 1\n', 'new 2\n']);
    expect(readdirSync(dir).sort()).toEqual(['f0.md', 'f1.md', 'f2.md']);
  });

  it('keeps the file mode', () => {
    const { paths, writes } = folder(1);
    chmodSync(paths[0]!, 0o600);
    writeFilesAtomic(writes);
    expect(statSync(paths[0]!).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['writing the 3rd temp file', ['writeNew', 3]],
    ['the 2nd rename', ['rename', 2]],
  ] as const)('leaves every file as it was and no temp file when %s fails', (_what, fail) => {
    const { dir, paths, writes } = folder(4);
    expect(() => writeFilesAtomic(writes, { fs: recording([], [...fail]) })).toThrow('injected');
    expect(paths.map((p) => readFileSync(p, 'utf8'))).toEqual(['old 0\n', 'old 1\n', 'old 2\n', 'old 3\n']);
    expect(readdirSync(dir).sort()).toEqual(['f0.md', 'f1.md', 'f2.md', 'f3.md']);
  });

  it('creates a file that did not exist', () => {
    const { dir } = folder(0);
    writeFilesAtomic([{ path: join(dir, 'new.md'), data: Buffer.from('x') }]);
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('x');
  });
});
