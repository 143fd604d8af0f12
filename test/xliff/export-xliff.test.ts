import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportXliff } from '../../src/xliff/export-xliff.js';
import { MDA_NS, sourceHash, XLIFF_NS } from '../../src/xliff/xliff-format.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { SEED } from '../helpers/shared.js';

const seed = parseSxs(readFileSync(SEED), { file: 'content/de-de/seed.md' });
const page = (locale: string) => parseSxs(`---\nms.contentlocale: ${locale}\n---\n\n<span data-ttu-id="a-101"></span><span class="sxs-lookup"><span data-stu-id="a-101">Hello.</span></span>\n`, { file: `${locale}.md` });

describe('exportXliff', () => {
  const xml = exportXliff([seed, { ...seed, file: 'content/de-de/copy.md' }]).xml!;
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const root = doc.documentElement!;
  const units = Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'unit'));
  const unit = (id: string) => units.find((u) => u.getAttribute('id') === id)!;

  it('writes XLIFF 2.0 from English to the file locale, one <file> per source', () => {
    expect([root.namespaceURI, root.getAttribute('version'), root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual([XLIFF_NS, '2.0', 'en-US', 'de-DE']);
    expect(Array.from(doc.getElementsByTagNameNS(XLIFF_NS, 'file')).map((f) => f.getAttribute('original'))).toEqual(['content/de-de/seed.md', 'content/de-de/copy.md']);
  });

  it('writes one unit per segment id, with the English source hash', () => {
    expect(units.slice(0, seed.segments.length).map((u) => u.getAttribute('id'))).toEqual(seed.segments.map((s) => s.id));
    const meta = unit('2ecbe-114').getElementsByTagNameNS(MDA_NS, 'meta')[0]!;
    expect(meta.textContent).toBe(sourceHash(seed.segments.find((s) => s.id === '2ecbe-114')!.source.markup));
  });

  it('writes links and bold as <pc> and their markup as originalData', () => {
    const u = unit('2ecbe-124');
    const data = Object.fromEntries(Array.from(u.getElementsByTagNameNS(XLIFF_NS, 'data')).map((d) => [d.getAttribute('id'), d.textContent]));
    expect(data).toEqual({ d1s: '[', d1e: '](https://www.microsoft.com/en-us/learning/exam-70-346.aspx)' });
    const target = u.getElementsByTagNameNS(XLIFF_NS, 'target')[0]!;
    expect(target.toString()).toBe('<target xmlns="urn:oasis:names:tc:xliff:document:2.0"><pc id="1" dataRefStart="d1s" dataRefEnd="d1e">Prüfung 70-346</pc>: Managing Office 365 Identities and Requirements</target>');
  });

  it('marks translated segments translated and empty ones initial', () => {
    expect(unit('2ecbe-105').getElementsByTagNameNS(XLIFF_NS, 'segment')[0]!.getAttribute('state')).toBe('translated');
    const empty = new DOMParser().parseFromString(exportXliff([page('fr-FR')]).xml!, 'text/xml');
    expect(empty.getElementsByTagNameNS(XLIFF_NS, 'segment')[0]!.getAttribute('state')).toBe('initial');
  });

  it('refuses sources of two locales, and sources with pairing errors', () => {
    expect(exportXliff([page('fr-FR'), page('ja-JP')]).diagnostics[0]!.reason).toBe('Unexpected target locales fr-FR, ja-JP, expected one per XLIFF file');
    const broken = parseSxs('---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="a-1">Hallo</span> Welt\n');
    expect(exportXliff([broken]).diagnostics.map((d) => d.ruleId)).toContain('sxs-missing-twin');
  });
});

describe('exportXliff of characters XML 1.0 cannot hold', () => {
  const source = (de: string, en: string) => `---\nms.contentlocale: de-DE\n---\n\nText davor.\n\n<span data-ttu-id="a-1">${de}</span><span class="sxs-lookup"><span data-stu-id="a-1">${en}</span></span>\n`;

  it.each([
    ['ESC', '\u001b'],
    ['backspace', '\u0008'],
    ['form feed', '\u000c'],
    ['U+FFFF', '\uffff'],
  ])('refuses %s in a segment, naming the segment and the character’s place', (_name, ch) => {
    const doc = parseSxs(source(`Partner${ch}[31m müssen`, 'Partners must'), { file: 'de-de/x.md' });
    const { xml, diagnostics } = exportXliff([doc]);
    expect(xml).toBeUndefined();
    const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    expect(diagnostics.map((d) => `${d.file}:${d.place.line}:${d.place.column} ${d.severity} ${d.ruleId} ${d.reason}`)).toEqual([
      `de-de/x.md:7:32 error xliff-export-character Unexpected ${code} in segment a-1, a character XML 1.0 cannot hold, expected text without control characters`,
    ]);
  });

  it('refuses a file name holding one', () => {
    const doc = parseSxs(source('Partner', 'Partners'), { file: 'de-de/x.md' });
    expect(exportXliff([doc], { original: () => 'de-de/x\u001b.md' }).diagnostics.map((d) => d.ruleId)).toEqual(['xliff-export-character']);
  });

  it('exports tab, line breaks, C1 controls and astral characters, which XML holds, as well-formed XML', () => {
    const doc = parseSxs(source('Partner\t\u0085 😀 müssen', 'Partners'), { file: 'de-de/x.md' });
    const { xml } = exportXliff([doc]);
    const errors: string[] = [];
    new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(message)) }).parseFromString(xml!, 'text/xml');
    expect(errors).toEqual([]);
  });
});
