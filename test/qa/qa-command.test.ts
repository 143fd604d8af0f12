import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QA_USAGE, qaCommand } from '../../src/qa/qa-command.js';
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

  it('names a missing path, where it looked and what to do, without a raw ENOENT', () => {
    const { code, out, err } = run(['/nonexistent/folder/page.md']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe(
      'Unexpected path /nonexistent/folder/page.md: there is no such file or folder (looked for /nonexistent/folder/page.md), expected an sxs source (.md) or a folder of them. Check the spelling, or run it from the folder the path is relative to.',
    );
    expect(err).toContain(QA_USAGE);
    expect(err).not.toMatch(/ENOENT|stat '/);
  });

  it('names a missing configuration file the same way', () => {
    const { code, err } = run(['--config', '/nonexistent/qa.json']);
    expect(code).toBe(2);
    expect(err).toMatch(/^Unexpected path \/nonexistent\/qa\.json: there is no such file or folder .*expected a QA configuration file \(JSON\)\. Leave out --config/);
    expect(err).not.toContain('ENOENT');
  });
});
