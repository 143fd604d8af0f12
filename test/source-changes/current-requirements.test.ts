import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSource } from '../../src/source-changes/compare-source.ts';
import { readCurrentEnglish } from '../../src/source-changes/current-english.ts';
import { currentRequirements, modelSegmentIds } from '../../src/source-changes/current-requirements.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { SEED } from '../helpers/shared.ts';

/** The English an sxs source was translated from, as plain markdown: each pair replaced by its English. */
const englishOf = (sxs: string): string =>
  sxs.replace(/<span data-ttu-id="[^"]*">[\s\S]*?<\/span><span class="sxs-lookup"><span data-stu-id="[^"]*">([\s\S]*?)<\/span><\/span>/g, '$1');

const THOUSANDS = /\d{1,3}(?:,\d{3})+/;

describe('requirements against the current English', () => {
  it('reads the model again from the current English when a requirement sentence changed, and names the change', () => {
    const text = readFileSync(SEED, 'utf8');
    const doc = parseSxs(text, { file: 'competency.md' });
    const { model } = extractRequirements(doc, { slug: 'competency' });
    const used = modelSegmentIds(model);
    const segment = doc.segments.find((s) => used.has(s.id) && THOUSANDS.test(s.source.text))!;
    expect(segment, 'the product page states a threshold in thousands').toBeDefined();
    const old = THOUSANDS.exec(segment.source.text)![0];
    const raised = (Number(old.replace(/,/g, '')) * 2).toLocaleString('en-US');
    const english = englishOf(text).replace(segment.source.markup, segment.source.markup.replace(old, raised));
    const c = compareSource(doc, readCurrentEnglish(english, 'en/competency.md'));
    expect(c.segments.filter((s) => s.status === 'changed').map((s) => s.segment.id)).toEqual([segment.id]);
    const current = currentRequirements(doc, model, c, 'competency')!;
    expect(current.changes).toEqual([{ segmentId: segment.id, diff: expect.stringContaining(`{+${raised}`) }]);
    const values = (m: unknown) => JSON.stringify(m).match(/\d+/g)!.map(Number);
    expect(values(model)).toContain(Number(old.replace(/,/g, '')));
    expect(values(current.model)).toContain(Number(raised.replace(/,/g, '')));
  });

  it('leaves the model as published when no requirement sentence changed', () => {
    const text = readFileSync(SEED, 'utf8');
    const doc = parseSxs(text, { file: 'competency.md' });
    const { model } = extractRequirements(doc, { slug: 'competency' });
    const c = compareSource(doc, readCurrentEnglish(englishOf(text), 'en/competency.md'));
    expect(c.segments.filter((s) => s.status !== 'unchanged')).toEqual([]);
    expect(currentRequirements(doc, model, c, 'competency')).toBeUndefined();
  });
});
