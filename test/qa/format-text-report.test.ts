import { describe, expect, it } from 'vitest';
import { formatSummary, formatTextReport } from '../../src/qa/format-text-report.js';
import type { Diagnostic } from '../../src/sxs/types.js';

const d = (file: string, line: number, severity: Diagnostic['severity'], ruleId: string): Diagnostic => ({
  file,
  place: { line, column: 3, offset: line * 10 },
  severity,
  ruleId,
  reason: `Unexpected thing in segment \`a-${line}\`, expected another`,
  hint: 'Fix it.',
  segmentId: `a-${line}`,
});

describe('formatTextReport', () => {
  it('groups findings by file in place order and ends with a summary', () => {
    const text = formatTextReport([d('b.md', 4, 'warning', 'link-mismatch'), d('a.md', 9, 'info', 'end-punctuation'), d('a.md', 2, 'error', 'number-mismatch')], 3);
    expect(text).toBe(
      [
        'a.md',
        'a.md:2:3 error number-mismatch Unexpected thing in segment `a-2`, expected another (Fix it.)',
        'a.md:9:3 info end-punctuation Unexpected thing in segment `a-9`, expected another (Fix it.)',
        '',
        'b.md',
        'b.md:4:3 warning link-mismatch Unexpected thing in segment `a-4`, expected another (Fix it.)',
        '',
        '1 error, 1 warning, 1 note in 2 files (3 checked)',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing is found', () => {
    expect(formatSummary([], 1)).toBe('0 errors, 0 warnings, 0 notes in 0 files (1 checked)');
  });
});
