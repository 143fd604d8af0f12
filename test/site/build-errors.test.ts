// A broken source stops the build: every error of every file is reported with its place,
// and no page is written.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.ts';
import { withLock } from '../helpers/built-site.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Broken fixtures whose expected diagnostics include an error. */
function brokenCases(): Array<{ name: string; errors: string[] }> {
  return readdirSync(FIXTURES)
    .filter((d) => d.startsWith('broken-') && existsSync(join(FIXTURES, d, 'expected.txt')))
    .map((name) => ({
      name,
      errors: readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter((l) => / error /.test(l)),
    }))
    .filter((c) => c.errors.length > 0);
}

describe('a build from broken sources', () => {
  it('fails, names file:line:col and rule of every error in every file, and writes no page', () => {
    const cases = brokenCases();
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const work = mkdtempSync(join(tmpdir(), 'tandem-broken-'));
    const content = join(work, 'content', 'de-de');
    mkdirSync(content, { recursive: true });
    for (const c of cases) copyFileSync(join(FIXTURES, c.name, 'input.md'), join(content, `${c.name}.md`));
    const out = join(work, 'dist');
    const result = withLock(() => spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(work, 'content'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }));
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output.slice(-3000)).not.toBe(0);
    for (const c of cases) {
      for (const line of c.errors) {
        // Same place, severity and rule; the path differs (the build names the copied file).
        const m = /^\S+?\.md:(\d+:\d+) error (\S+) /.exec(line);
        expect(m, line).not.toBeNull();
        expect(output, `${c.name}: ${line}`).toContain(`${c.name}.md:${m![1]} error ${m![2]} `);
      }
    }
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'de'))).toBe(false);
  });
});
