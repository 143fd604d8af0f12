// Builds small sxs pages and sentences for the requirement tests: a pair is written once as
// `seg('German', 'English')` and gets the next id, the way the real sources write them.
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import type { AlignedDocument, Segment } from '../../src/sxs/types.ts';
import { sentenceOf, type Sentence } from '../../src/requirements/sentences.ts';

export function pageBuilder(prefix = 'abcde') {
  let n = 100;
  const seg = (target: string, source: string): string => {
    const id = `${prefix}-${n++}`;
    return `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
  };
  const page = (...lines: string[]): AlignedDocument =>
    parseSxs(['---', 'title: Test', 'ms.contentlocale: de-DE', '---', ...lines, ''].join('\n'), { file: 'test.md' });
  return { seg, page };
}

const place = { line: 1, column: 1, offset: 0 };
const range = { start: place, end: place };

/** A sentence without a page around it, for the readers that look at one sentence. */
export function sentence(source: string, target: string, id = 'abcde-100'): Sentence {
  const side = (text: string) => ({ markup: text, text, phrasing: [{ type: 'text' as const, value: text }], range });
  const segment: Segment = { id, prefix: 'abcde', target: side(target), source: side(source), range, context: 'phrasing' };
  return sentenceOf(segment);
}

/**
 * A page with one option and a Silver level whose body is `lines`: each `{English}` becomes a
 * segment pair whose German side is `DE English`, the way the grammar and scenario tests write pages.
 */
export function silverPage(...lines: string[]): AlignedDocument {
  const { seg, page } = pageBuilder();
  const body = lines.map((l) => l.replace(/\{([^{}]+)\}/g, (_, en: string) => seg(`DE ${en}`, en)));
  return page(`## ${seg('X-Option', 'X option')}`, `### ${seg('Silver', 'Silver')}`, ...body);
}

/** A linked exam list item: `{[Exam 70-100](https://example.com/70-100): Title 70-100}`. */
export const EXAM = (code: string): string => `{[Exam ${code}](https://example.com/${code}): Title ${code}}`;
