import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QA_HELP, QA_USAGE, qaCommand } from '../../src/qa/qa-command.js';
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

  it('prints its help and exits 0 with --help or -h', () => {
    for (const flag of ['--help', '-h']) {
      const { code, out, err } = run([flag]);
      expect([code, err]).toEqual([0, '']);
      expect(out).toBe(QA_HELP);
      expect(out).toMatch(/--severity <level>.*\n.*--notes/);
    }
  });

  it('refuses an unknown severity or format with exit 2', () => {
    expect(run(['--severity', 'loud']).err).toMatch(/^Unexpected --severity loud, expected one of error, warning, info\./);
    expect(run(['--format', 'xml']).code).toBe(2);
  });

  it('hides notes unless asked, counting them in the summary', () => {
    const file = join(fixture('qa-end-punctuation'), 'fires.md');
    const quiet = run([file]);
    expect(quiet.out).not.toMatch(/ info end-punctuation /);
    expect(quiet.out.trim().split('\n').at(-1)).toBe('0 errors, 0 warnings, 1 note (1 hidden, --notes lists them) in 0 files (1 checked)');
    expect(run([file, '--notes']).out).toMatch(/fires\.md:6:27 info end-punctuation /);
    expect(run([file, '--severity', 'info']).out).toMatch(/ info end-punctuation /);
    expect(run([join(fixture('qa-number-mismatch'), 'fires.md'), '--severity', 'error']).out).toMatch(/ error number-mismatch /);
  });

  it('shows paths relative to the content folder, never climbing out of it', () => {
    const { out } = run([fixture('qa-doubled-word')]);
    expect(out).toMatch(/^fires\.md:\d+:\d+ warning doubled-word /m);
    expect(out).not.toMatch(/\.\.\/|^\//m);
  });

  it('prints JSON or SARIF on stdout with --format', () => {
    const file = join(fixture('qa-number-mismatch'), 'fires.md');
    expect(JSON.parse(run([file, '--format', 'json']).out).counts.error).toBe(1);
    expect(JSON.parse(run([file, '--format', 'sarif']).out).runs[0].results[0].ruleId).toBe('number-mismatch');
  });

  it('lists the other occurrences of a grouped finding under it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-group-'));
    const pair = (id: string) => `<span data-ttu-id="t-${id}">Sie müssen die Prüfung bestehen, um Partner zu werden.</span><span class="sxs-lookup"><span data-stu-id="t-${id}">You have to pass exam 70-346 to become a partner.</span></span>\n\n`;
    writeFileSync(join(dir, 'a.md'), `---\nms.contentlocale: de-DE\n---\n\n${pair('101')}${pair('102')}`);
    const { out } = run([dir]);
    expect(out).toMatch(/^a\.md:5:\d+ warning missing-term .*`70-346`.*the same in 1 more segment.*\n {4}also a\.md:7:\d+ segment t-102$/m);
  });

  it('escapes control characters of content and file names instead of sending them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-esc-'));
    mkdirSync(join(dir, 'de-de'));
    writeFileSync(
      join(dir, 'de-de', 'a\x1b[31mred\nforged.md'),
      '---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="t-101">Siehe [hier](https://example.com/\x1b[2J) mehr zu 20.000 Benutzern.</span><span class="sxs-lookup"><span data-stu-id="t-101">See [here](https://example.com/x) for more on 2,000 users.</span></span>\n',
    );
    const { out } = run([dir]);
    expect(out).toContain('\\x1b[31mred\\x0aforged.md');
    expect(out).toContain('\\x1b[2J');
    expect(out).not.toMatch(/[\u001b\u0000]/);
    expect(out.split('\n').filter((l) => l.startsWith('forged'))).toEqual([]);
  });
});
