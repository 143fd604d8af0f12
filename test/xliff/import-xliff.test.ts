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

describe('importXliff on translated text', () => {
  const segmentOf = (text: string, id: string) => parseSxs(text).segments.find((s) => s.id === id)!;
  /** Imports `xml` into the seed; the new source and its re-parsed segment `id`, or the problems. */
  function run(xml: string | Uint8Array, id = '2ecbe-118') {
    const result = importXliff(xml, () => seedDoc());
    const text = result.files[0]?.text;
    return { result, text, segment: text === undefined ? undefined : segmentOf(text, id) };
  }
  const setText = (value: string, id = '2ecbe-118') => edit(exported(), id, (target) => {
    target.textContent = value;
  });
  const rawTarget = (inner: string, id = '2ecbe-118') => exported().replace(new RegExp(`(<unit id="${id}"[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`), `$1${inner}$2`);

  it.each([
    ['a gender star', 'Kund*innen und Partner*innen', 'Kund\\*innen und Partner\\*innen'],
    ['a closing span as an entity', 'Test </span><span class="sxs-lookup">x', 'Test &lt;/span&gt;&lt;span class="sxs-lookup"&gt;x'],
    ['a link and emphasis typed as text', '[mehr](https://example.com) und _kursiv_', '\\[mehr\\](https://example.com) und \\_kursiv\\_'],
    ['entities typed as text', 'AT&T &amp; &nbsp;', 'AT&amp;T &amp;amp; &amp;nbsp;'],
    ['a backslash and backticks', 'C:\\Temp `x`', 'C:\\\\Temp \\`x\\`'],
  ])('keeps %s literal text', (_what, value, markup) => {
    const { result, text, segment } = run(setText(value));
    expect(result.problems).toEqual([]);
    expect(text).toContain(`<span data-ttu-id="2ecbe-118">${markup}</span><span class="sxs-lookup">`);
    expect(segment!.target.text).toBe(value);
    expect(parseSxs(text!).segments.map((s) => s.id)).toEqual(seedDoc().segments.map((s) => s.id));
  });

  it('keeps a CDATA section holding </span> literal text', () => {
    const { result, segment } = run(rawTarget('Vorher <![CDATA[</span></span>]]> nachher'));
    expect(result.problems).toEqual([]);
    expect(segment!.target.text).toBe('Vorher </span></span> nachher');
  });

  it.each([
    ['a line break', 'Erste Zeile\nzweite Zeile', /^Unexpected line break \(U\+000A\) in the target of unit `2ecbe-118`, expected one line$/],
    ['a front matter fence on its own line', 'Text\n---\ntitle: x', /^Unexpected line break \(U\+000A\)/],
    ['NUL', 'Text\u0000mehr', /^Unexpected control character U\+0000 in the target of unit `2ecbe-118`/],
    ['a bell', 'Text\u0007', /^Unexpected control character U\+0007/],
    ['U+FFFD', 'M\uFFFDller', /^Unexpected U\+FFFD \(replacement character\) in the target of unit `2ecbe-118`/],
    ['an empty target', '', /^Unexpected empty target in unit `2ecbe-118`, expected a translation$/],
    ['a blank target', '   ', /^Unexpected empty target in unit `2ecbe-118`/],
  ])('refuses %s, naming the unit, and writes nothing', (_what, value, reason) => {
    const { result } = run(setText(value));
    expect(result.files).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/de-de/competency-cloud-productivity.md', unit: '2ecbe-118' });
    expect(result.problems[0]!.reason).toMatch(reason);
  });

  it('refuses a target whose words are gone and only its codes are left', () => {
    const xml = edit(exported(), '2ecbe-121', (target) => {
      target.getElementsByTagNameNS(XLIFF_NS, 'pc')[0]!.textContent = '';
      target.lastChild!.nodeValue = ' ';
    });
    const { result } = run(xml, '2ecbe-121');
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.reason).toBe('Unexpected empty target in unit `2ecbe-121`, expected a translation');
  });

  it('refuses control characters written as character references', () => {
    expect(run(rawTarget('Text&#0;')).result.problems[0]!.reason).toMatch(/^Unexpected control character U\+0000/);
    expect(run(rawTarget('Text&#x1b;[31m')).result.problems[0]!.reason).toMatch(/^Unexpected control character U\+001B/);
    expect(run(rawTarget('Text&#133;')).result.problems[0]!.reason).toMatch(/^Unexpected control character U\+0085/);
    expect(run(rawTarget('Text&#13;mehr')).result.problems[0]!.reason).toMatch(/^Unexpected line break \(U\+000D\)/);
  });

  it('refuses a target with bytes that are not UTF-8', () => {
    const xml = exported();
    const at = xml.indexOf('Jedoch nicht um Test-SKUs.');
    const bytes = Buffer.concat([Buffer.from(xml.slice(0, at)), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]), Buffer.from(xml.slice(at + 'Jedoch nicht um Test-SKUs.'.length))]);
    const { result } = run(bytes);
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.reason).toMatch(/^Unexpected U\+FFFD .* unit `2ecbe-118`/);
  });

  it('refuses a target larger than ten times its source plus 1 KB, and takes one at the bound', () => {
    const source = seedDoc().segments.find((s) => s.id === '2ecbe-118')!.source.markup;
    const limit = 10 * Buffer.byteLength(source) + 1024;
    expect(run(setText('x'.repeat(limit))).result.problems).toEqual([]);
    const { result } = run(setText('x'.repeat(limit + 1)));
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.reason).toBe(`Unexpected target of unit \`2ecbe-118\` of ${limit + 1} bytes, expected at most ${limit} (10× the English source + 1024)`);
    expect(run(setText('x'.repeat(50 * 1024 * 1024))).result.files).toEqual([]);
  });

  it('accepts a UTF-8 byte order mark before the XML, as bytes and as text', () => {
    for (const input of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exported())]), `\uFEFF${exported()}`]) {
      const { result, text } = run(input);
      expect(result.problems).toEqual([]);
      expect(Buffer.from(text!, 'utf8').equals(seedBytes)).toBe(true);
    }
  });

  it('refuses entities declared in a DTD: external (XXE) and expanding ones', () => {
    const head = '<?xml version="1.0"?><!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY e SYSTEM "file:///etc/passwd">]>';
    for (const ref of ['&e;', '&b;']) {
      const { result } = run(head + setText(ref).replace(/^<\?xml[^>]*>/, '').replace('&amp;' + ref.slice(1), ref));
      expect(result.files).toEqual([]);
      expect(result.problems[0]!.reason).toMatch(/^Unexpected XML: .*entity not found/);
    }
  });

  it('reads UTF-16 XLIFF with its byte order mark', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(setText('Prüfung ✓'), 'utf16le')]);
    expect(run(utf16).segment!.target.text).toBe('Prüfung ✓');
  });

  it('keeps an empty target empty when the export had it empty', () => {
    const page = '---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="a-101"></span><span class="sxs-lookup"><span data-stu-id="a-101">Hello.</span></span>\n';
    const doc = parseSxs(page, { file: 'p.md' });
    const result = importXliff(exportXliff([doc]).xml!, () => doc);
    expect(result.problems).toEqual([]);
    expect(result.files[0]!).toMatchObject({ text: page, changed: [] });
  });

  it('shows what it escaped as text on the next export, and gives it back byte for byte', () => {
    const first = run(setText('Kund*innen & Partner|innen <b> ~x~ \\ 1.'));
    const doc = parseSxs(first.text!, { file: 'content/de-de/competency-cloud-productivity.md' });
    const again = exportXliff([doc]).xml!;
    expect(again).toContain('<target>Kund*innen &amp; Partner|innen &lt;b&gt; ~x~ \\ 1.</target>');
    const back = importXliff(again, () => doc);
    expect(back.problems).toEqual([]);
    expect(back.files[0]!.text).toBe(first.text);
  });

  it('escapes text next to inline codes for where it lands', () => {
    const xml = edit(exported(), '2ecbe-121', (target) => {
      target.getElementsByTagNameNS(XLIFF_NS, 'pc')[0]!.textContent = 'Hier [1]';
      target.lastChild!.nodeValue = ' finden Sie *mehr*!';
    });
    const { result, text, segment } = run(xml, '2ecbe-121');
    expect(result.problems).toEqual([]);
    expect(text).toContain('<span data-ttu-id="2ecbe-121">[Hier \\[1\\]](https://partner.microsoft.com/en-us/membership/digital-partner-of-record) finden Sie \\*mehr\\*\\!</span>');
    expect(segment!.target.text).toBe('Hier [1] finden Sie *mehr*!');
  });
});
