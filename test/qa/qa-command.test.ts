import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaCommand } from '../../src/qa/qa-command.js';
import { ROOT } from '../helpers/shared.js';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = qaCommand(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name);

describe('qaCommand', () => {
  it('exits 1 and prints the error line when an error is found', () => {
    const { code, out } = run([join(fixture('qa-number-mismatch'), 'fires.md')]);
    expect(code).toBe(1);
    expect(out).toMatch(/fires\.md:6:27 error number-mismatch Unexpected `20\.000` in segment `t-101`/);
    expect(out.trim().split('\n').at(-1)).toBe('1 error, 0 warnings, 0 notes in 1 file (1 checked)');
  });

  it('exits 0 on warnings only, and writes JSON and SARIF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-cli-'));
    const { code } = run([join(fixture('qa-missing-term'), 'fires.md'), '--json', join(dir, 'r.json'), '--sarif', join(dir, 'r.sarif')]);
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).byRule['missing-term']).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].results[0].ruleId).toBe('missing-term');
  });

  it('reads a folder recursively', () => {
    const { out } = run([fixture('qa-doubled-word')]);
    expect(out).toMatch(/\(2 checked\)/);
  });

  it('exits 2 with usage on an unknown option, and on a missing path', () => {
    expect(run(['--frobnicate']).code).toBe(2);
    expect(run(['--frobnicate']).err).toMatch(/^Unexpected arguments/);
    expect(run(['/nonexistent/folder']).code).toBe(2);
  });
});
