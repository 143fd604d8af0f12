import { describe, expect, it } from 'vitest';
import { formatBuildDiagnostics, formatBuildSummary, formatCensus, isStrict } from '../../src/site/build-report.ts';
import type { Diagnostic } from '../../src/sxs/types.ts';

const d = (file: string, line: number, severity: Diagnostic['severity'], ruleId = 'sxs-x'): Diagnostic => ({ file, place: { line, column: 1, offset: 0 }, severity, ruleId, reason: 'Unexpected x, expected y' });

describe('formatBuildSummary', () => {
  const files = [
    { file: 'a.md', diagnostics: [d('a.md', 1, 'error'), d('a.md', 2, 'warning')] },
    { file: 'b.md', diagnostics: [d('b.md', 1, 'info')] },
    { file: 'c.md', diagnostics: [d('c.md', 3, 'warning')] },
  ];
  const build = { files: files as never, counts: { error: 1, warning: 2, info: 1 }, pages: [{ lang: 'en' }, { lang: 'fr' }, { lang: 'de' }] as never };

  it('counts errors and warnings, the files they are in, notes apart, and points at the first translation’s QA page', () => {
    expect(formatBuildSummary(build)).toBe('1 error, 2 warnings in 2 of 3 files (1 note); see /de/qa/');
  });

  it('leaves out the pointer when no page is written', () => {
    expect(formatBuildSummary(build, { written: false })).toBe('1 error, 2 warnings in 2 of 3 files (1 note)');
  });
});

describe('formatBuildDiagnostics', () => {
  it('prints the chosen severities as the tool’s own lines, by file and place', () => {
    expect(formatBuildDiagnostics([d('b.md', 2, 'error'), d('a.md', 9, 'warning'), d('a.md', 1, 'error'), d('a.md', 3, 'info')], ['error'])).toEqual(['a.md:1:1 error sxs-x Unexpected x, expected y', 'b.md:2:1 error sxs-x Unexpected x, expected y']);
  });
});

describe('isStrict', () => {
  it.each([
    [{ TANDEM_STRICT: '1' }, true],
    [{ TANDEM_STRICT: 'true' }, true],
    [{ TANDEM_STRICT: '0' }, false],
    [{ TANDEM_STRICT: '' }, false],
    [{}, false],
  ])('reads %j as %s', (env, expected) => {
    expect(isStrict(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe('the build’s terminal lines from hostile content', () => {
  it('escape control characters in file names and messages, so content neither drives the terminal nor forges a line', () => {
    const hostile = { file: 'de-de/a\n0 errors, 0 warnings in 0 of 1 file; see /de/qa/\u001b]0;pwned\u0007.md', place: { line: 1, column: 1, offset: 0 }, severity: 'error' as const, ruleId: 'link-missing-page', reason: 'Unexpected link to `\u001b[2J`, expected a page', hint: 'x' };
    const lines = formatBuildDiagnostics([hostile], ['error']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(lines[0]).toContain('a\\x0a0 errors');
    expect(lines[0]).toContain('`\\x1b[2J`');
  });
});

describe('formatCensus', () => {
  it('says how many pairs are on their pages, recovered and named', () => {
    expect(formatCensus({ present: 9512, recovered: 60, named: 1 })).toBe('9,512 of 9,513 segment pairs on all their pages (60 read back from damaged markup, 1 named above)');
    expect(formatCensus({ present: 1, recovered: 0, named: 0 })).toBe('1 of 1 segment pair on all their pages (0 read back from damaged markup, 0 named above)');
  });
});
