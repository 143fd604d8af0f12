// Export → random edits of target text → import, through the files on disk: either every
// source still has the same pairs and each edited target reads back as the text typed, or the
// import refuses and not one byte changed.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import { afterAll, describe, expect, it } from 'vitest';
import { exportXliff } from '../../src/xliff/export-xliff.js';
import { importFiles } from '../../src/xliff/import-files.js';
import { XLIFF_NS } from '../../src/xliff/xliff-format.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import { CORPUS, corpusFiles, hasCorpus, SEED } from '../helpers/shared.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'tandem-property-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

// The seed and, when present, a corpus page with raw HTML tables.
const sources = [SEED, ...(hasCorpus ? corpusFiles().filter((f) => f.endsWith('multichannel.md')) : [])];
const docs = sources.map((f, i) => parseSxs(readFileSync(f), { file: `de-de/page-${i}.md` }));
const xml = exportXliff(docs).xml!;
const units = docs.flatMap((d, file) => d.segments.map((s) => ({ file, id: s.id })));

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('*', '**', '_', '__', '[', ']', '](x)', '(', ')', '`', '``', '\\', '<', '>', '&', '&amp;', '&lt;/span&gt;', '&#42;', '</span>', '<span class="sxs-lookup">', '<span data-ttu-id="2ecbe-105">', '<!--', '-->', '<br/>', '#', '# ', '- ', '+ ', '1. ', '---', '===', '|', '!', '~~', ':', '"', "'", '{', '%') },
  { weight: 3, arbitrary: fc.constantFrom(' ', 'Wort', 'Kund*innen', 'ä', 'ß', '😀', '\u200b', '\u00a0', '\t', 'ﬁ', '한국어', 'عربى') },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n---\n', '\n\n', '\u0000', '\u0007', '\u001b', '\uFFFD', '') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const text = fc.array(piece, { minLength: 0, maxLength: 10 }).map((p) => p.join(''));
const edits = fc.uniqueArray(fc.record({ unit: fc.constantFrom(...units), text }), { minLength: 1, maxLength: 4, selector: (e) => `${e.unit.file} ${e.unit.id}` });

/** The text nodes of a target, in order (inside codes too). */
const textNodes = (el: Node): Node[] => Array.from(el.childNodes as ArrayLike<Node>).flatMap((n) => (n.nodeType === 3 || n.nodeType === 4 ? [n] : n.nodeType === 1 ? textNodes(n) : []));

/** Puts `value` as the whole text of the unit's target: in its last text node, the others emptied. */
function applyTo(dom: ReturnType<DOMParser['parseFromString']>, file: number, id: string, value: string): { runs: () => string[]; textOnly: boolean } {
  const fileEl = dom.getElementsByTagNameNS(XLIFF_NS, 'file')[file]!;
  const unit = Array.from(fileEl.getElementsByTagNameNS(XLIFF_NS, 'unit')).find((u) => u.getAttribute('id') === id)!;
  const target = unit.getElementsByTagNameNS(XLIFF_NS, 'target')[0] as Element;
  const nodes = textNodes(target);
  if (nodes.length) {
    nodes.forEach((n) => (n.nodeValue = ''));
    nodes.at(-1)!.nodeValue = value;
  } else target.appendChild(dom.createTextNode(value));
  return { runs: () => textNodes(target).map((n) => n.nodeValue ?? ''), textOnly: target.getElementsByTagName('*').length === 0 };
}

let run = 0;
let accepted = 0;
let refused = 0;
describe('export, random edits of target text, import', () => {
  it('keeps every pair and reads each edit back, or refuses and changes nothing', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const root = join(base, `r${++run}`);
        mkdirSync(join(root, 'de-de'), { recursive: true });
        sources.forEach((f, i) => copyFileSync(f, join(root, 'de-de', `page-${i}.md`)));
        const dom = new DOMParser().parseFromString(xml, 'text/xml');
        const expected = list.map((e) => ({ ...e, ...applyTo(dom, e.unit.file, e.unit.id, e.text) }));
        const report = importFiles(new XMLSerializer().serializeToString(dom), { root });
        const after = sources.map((_, i) => readFileSync(join(root, 'de-de', `page-${i}.md`)));
        if (report.problems.length || report.writeError) {
          refused++;
          sources.forEach((f, i) => expect(after[i]!.equals(readFileSync(f))).toBe(true));
          return;
        }
        accepted++;
        const parsed = after.map((bytes) => parseSxs(bytes));
        parsed.forEach((doc, i) => {
          expect(doc.segments.map((s) => s.id)).toEqual(docs[i]!.segments.map((s) => s.id));
          expect(doc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        });
        for (const e of expected) {
          const segment = parsed[e.unit.file]!.segments.find((s) => s.id === e.unit.id)!;
          // Raw HTML and front matter read a segment without its outer whitespace, as the page shows it.
          const outer = segment.context === 'html' || segment.context === 'front-matter' ? (t: string) => t.trim() : (t: string) => t;
          if (e.textOnly) expect(outer(segment.target.text)).toBe(outer(e.text));
          else expect(segment.target.text).toContain(e.text.trim());
        }
        // The next export shows each text-only edit as the text typed, without codes.
        const next = new DOMParser().parseFromString(exportXliff(parsed.map((d, i) => ({ ...d, file: `de-de/page-${i}.md` }))).xml!, 'text/xml');
        for (const e of expected.filter((x) => x.textOnly)) {
          const unit = Array.from(next.getElementsByTagNameNS(XLIFF_NS, 'file')[e.unit.file]!.getElementsByTagNameNS(XLIFF_NS, 'unit')).find((u) => u.getAttribute('id') === e.unit.id)!;
          const target = unit.getElementsByTagNameNS(XLIFF_NS, 'target')[0]!;
          if (parsed[e.unit.file]!.segments.find((s) => s.id === e.unit.id)!.context !== 'front-matter') expect([target.textContent, target.getElementsByTagName('*').length]).toEqual([e.text, 0]);
        }
        // Units nobody edited keep their markup byte for byte.
        parsed.forEach((doc, i) => {
          const edited = new Set(list.filter((e) => e.unit.file === i).map((e) => e.unit.id));
          doc.segments.forEach((s, k) => edited.has(s.id) || expect(s.target.markup).toBe(docs[i]!.segments[k]!.target.markup));
        });
      }),
      { numRuns: 40 },
    );
    // Both outcomes must have been exercised, or the property says little.
    expect([accepted, refused].every((n) => n >= 5), `${accepted} accepted, ${refused} refused`).toBe(true);
  });

  it.skipIf(!hasCorpus)('runs on a corpus page with raw HTML as well as on the seed', () => {
    expect(sources.map((f) => f.replace(CORPUS, 'corpus'))).toEqual([SEED, 'corpus/multichannel.md']);
  });
});
