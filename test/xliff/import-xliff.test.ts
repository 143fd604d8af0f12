import { readFileSync } from 'node:fs';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportXliff } from '../../src/xliff/export-xliff.js';
import { importXliff } from '../../src/xliff/import-xliff.js';
import { XLIFF_NS } from '../../src/xliff/xliff-format.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { corpusFiles, hasCorpus, SEED } from '../helpers/shared.js';

const seedBytes = readFileSync(SEED);
const seedDoc = () => parseSxs(seedBytes, { file: 'content/de-de/competency-cloud-productivity.md' });
const exported = () => exportXliff([seedDoc()]).xml!;

/** Edits the XLIFF as a translation tool would: through the DOM. */
function edit(xml: string, unitId: string, change: (target: Element) => void): string {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const unit = Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'unit')).find((u) => u.getAttribute('id') === unitId)!;
  change(unit.getElementsByTagNameNS(XLIFF_NS, 'target')[0]!);
  return new XMLSerializer().serializeToString(doc);
}

describe('importXliff', () => {
  it('gives back the seed byte for byte when nothing was translated anew', () => {
    const doc = seedDoc();
    const result = importXliff(exported(), () => doc);
    expect(result.problems).toEqual([]);
    expect(result.files[0]!.changed).toEqual([]);
    expect(Buffer.from(result.files[0]!.text, 'utf8').equals(seedBytes)).toBe(true);
  });

  it('changes exactly the edited target span', () => {
    const doc = seedDoc();
    const xml = edit(exported(), '2ecbe-118', (target) => {
      target.textContent = 'Test-SKUs sind ausgeschlossen.';
    });
    const result = importXliff(xml, () => doc);
    const segment = doc.segments.find((s) => s.id === '2ecbe-118')!;
    const { start, end } = segment.target.range;
    expect(result.files[0]!.changed).toEqual(['2ecbe-118']);
    expect(result.files[0]!.text).toBe(doc.text.slice(0, start.offset) + 'Test-SKUs sind ausgeschlossen.' + doc.text.slice(end.offset));
  });

  it('keeps inline codes when a segment with a link is retranslated', () => {
    const doc = seedDoc();
    const xml = edit(exported(), '2ecbe-121', (target) => {
      const link = target.getElementsByTagNameNS(XLIFF_NS, 'pc')[0]!;
      link.textContent = 'Hier';
      target.lastChild!.nodeValue = ' finden Sie mehr zu diesen Zuordnungen.';
    });
    const text = importXliff(xml, () => doc).files[0]!.text;
    expect(text).toContain('<span data-ttu-id="2ecbe-121">[Hier](https://partner.microsoft.com/en-us/membership/digital-partner-of-record) finden Sie mehr zu diesen Zuordnungen.</span>');
  });

  it('refuses a target that lost an inline code, naming the unit and the code', () => {
    const doc = seedDoc();
    const xml = edit(exported(), '2ecbe-122', (target) => {
      const bold = target.getElementsByTagNameNS(XLIFF_NS, 'pc')[0]!;
      target.replaceChild(target.ownerDocument!.createTextNode('1'), bold);
    });
    const result = importXliff(xml, () => doc);
    expect(result.files).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ unit: '2ecbe-122' });
    expect(result.problems[0]!.reason).toMatch(/^Unexpected inline codes in the target of unit `2ecbe-122`: missing pc 1,/);
  });

  it('refuses units whose ids do not match the source, saying which', () => {
    const doc = seedDoc();
    const xml = exported().replace('<unit id="2ecbe-130"', '<unit id="2ecbe-930"');
    const result = importXliff(xml, () => doc);
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.reason).toBe('Unexpected units: missing 2ecbe-130; unknown 2ecbe-930, expected one unit per segment of the source');
  });

  it('refuses malformed XML and a file it does not know', () => {
    expect(importXliff('<xliff', () => seedDoc()).problems[0]!.reason).toMatch(/^Unexpected XML/);
    expect(importXliff(exported(), () => undefined).problems[0]!.reason).toMatch(/^Unexpected <file original="content\/de-de\/competency-cloud-productivity.md">/);
  });

  it('reports units whose English changed since export as stale and leaves them', () => {
    const xml = edit(exported(), '2ecbe-118', (target) => {
      target.textContent = 'Neu.';
    });
    const changed = parseSxs(seedBytes.toString('utf8').replace('<span data-stu-id="2ecbe-118">Trial SKUs are not included.', '<span data-stu-id="2ecbe-118">Trial SKUs are excluded.'), { file: 'x.md' });
    const result = importXliff(xml, () => changed);
    expect(result.stale).toEqual([{ file: 'content/de-de/competency-cloud-productivity.md', unit: '2ecbe-118' }]);
    expect(result.files[0]!.changed).toEqual([]);
    expect(result.files[0]!.text).toBe(changed.text);
  });
});

describe.skipIf(!hasCorpus)('export then import of the corpus', () => {
  it.each(hasCorpus ? corpusFiles() : [])('gives back %s byte for byte', (file) => {
    const bytes = readFileSync(file);
    const doc = parseSxs(bytes, { file });
    const { xml, diagnostics } = exportXliff([doc]);
    expect(diagnostics).toEqual([]);
    const result = importXliff(xml!, (original) => (original === file ? doc : undefined));
    expect(result.problems).toEqual([]);
    expect(Buffer.from(result.files[0]!.text, 'utf8').equals(bytes)).toBe(true);
  });

  it('covers CRLF files', () => {
    expect(corpusFiles().some((f) => readFileSync(f, 'utf8').includes('\r\n'))).toBe(true);
  });
});
