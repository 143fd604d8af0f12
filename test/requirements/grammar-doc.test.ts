// The examples of docs/requirements-grammar.md, run: each line becomes a segment pair (its
// English as written, a marked copy as the translation) under an option and a Silver level,
// and the requirements read must be the `=>` lines, in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { ROOT } from '../helpers/shared.ts';
import { shape } from './shape.ts';
import { pageBuilder } from './sxs-page.ts';

const doc = readFileSync(join(ROOT, 'docs', 'requirements-grammar.md'), 'utf8');
const examples = [...doc.matchAll(/```example\n([\s\S]*?)```/g)].map((m) => {
  const lines = m[1]!.trimEnd().split('\n');
  return { body: lines.filter((l) => !l.startsWith('=> ')), expected: lines.filter((l) => l.startsWith('=> ')).map((l) => l.slice(3)) };
});

/** `    - **Developed markets**` → the list marker and bold kept outside, the text in a pair. */
function asSxs(lines: string[]): string[] {
  const { seg } = pageBuilder();
  return lines.map((line) => {
    const [, prefix, bold, text] = /^(\s*(?:(?:[-*]|\d+\.)\s+)?)(\*\*(?=[^*]+\*\*\s*$))?(.*?)(?:\*\*)?\s*$/.exec(line)!;
    if (!text) return line;
    return bold ? `${prefix}**${seg(`DE ${text}`, text)}**` : `${prefix}${seg(`DE ${text}`, text)}`;
  });
}

describe('the grammar document', () => {
  it('has examples', () => expect(examples.length).toBeGreaterThanOrEqual(10));

  it.each(examples.map((e, i) => ({ ...e, name: `${i + 1}: ${e.body[0]!.trim().slice(0, 70)}` })))('example $name', ({ body, expected }) => {
    const { seg, page } = pageBuilder('docex');
    const parsed = page(`## ${seg('X-Option', 'X option')}`, `### ${seg('Silver', 'Silver')}`, ...asSxs(body));
    const requirements = extractRequirements(parsed).model.options[0]?.levels[0]?.requirements ?? [];
    expect(requirements.map(shape)).toEqual(expected);
  });
});
