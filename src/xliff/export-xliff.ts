// XLIFF 2.0 export: one `<file>` per source, one `<unit>` per segment id, inline markdown and
// HTML as `pc`/`ph` codes with `originalData`, a `state` per segment and the English source's
// hash (metadata module) so that import can tell stale units. Built with a real XML DOM.
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { LineIndex } from '../sxs/line-index.js';
import type { AlignedDocument, Diagnostic, Place } from '../sxs/types.js';
import { codeUnit, HASH_META, MDA_NS, sourceHash, XLIFF_NS, type CodedNode } from './xliff-format.js';

export interface ExportResult {
  /** The XLIFF document, when the sources could be exported. */
  xml?: string;
  /** Why not: sources with errors other than empty targets, or more than one target locale. */
  diagnostics: Diagnostic[];
}

class Writer {
  readonly doc: Document = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);

  element(parent: Element, name: string, attrs: Record<string, string> = {}, depth = -1, ns = XLIFF_NS): Element {
    const el = this.doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    // Indentation between structural elements only: source and target content stays exact.
    if (depth >= 0) parent.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
    parent.appendChild(el);
    return el;
  }

  close(el: Element, depth: number): void {
    el.appendChild(this.doc.createTextNode(`\n${'  '.repeat(depth)}`));
  }

  content(parent: Element, nodes: CodedNode[]): void {
    for (const n of nodes) {
      if (n.kind === 'text') parent.appendChild(this.doc.createTextNode(n.value));
      else if (n.kind === 'ph') this.element(parent, 'ph', { id: n.id, dataRef: n.dataRef });
      else this.content(this.element(parent, 'pc', { id: n.id, dataRefStart: n.dataRefStart, dataRefEnd: n.dataRefEnd }), n.children);
    }
  }
}

function refusal(doc: AlignedDocument, reason: string, hint: string, place: Place = { line: 1, column: 1, offset: 0 }, ruleId = 'xliff-export'): Diagnostic {
  return { file: doc.file, place, severity: 'error', ruleId, reason, hint };
}

/** Sources larger than this are refused before they are read: a real page is a few hundred KB. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

/** A source too large to export, named with its size. */
export const tooLarge = (file: string, bytes: number): Diagnostic => ({
  file,
  place: { line: 1, column: 1, offset: 0 },
  severity: 'error',
  ruleId: 'xliff-export-too-large',
  reason: `Unexpected source of ${(bytes / 1024 / 1024).toFixed(1)} MB, expected at most ${MAX_SOURCE_BYTES / 1024 / 1024} MB per source`,
  hint: 'Split the page into smaller pages; nothing was exported.',
});

// What XML 1.0 cannot hold, even as a character reference: C0 controls but tab and line breaks,
// U+FFFE and U+FFFF, and surrogates without their pair.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Each segment side, and the file's name, holding a character XML 1.0 cannot hold: an error at that character. */
function unexportable(doc: AlignedDocument, original: string): Diagnostic[] {
  const hint = 'Remove the character from the source (an editor that shows control characters finds it); XLIFF cannot carry it, so nothing was exported.';
  const name = NOT_XML.exec(original);
  const out = name ? [refusal(doc, `Unexpected ${codePoint(name[0])} in the file name, a character XML 1.0 cannot hold, expected a name without control characters`, 'Rename the file; nothing was exported.', undefined, 'xliff-export-character')] : [];
  let lines: LineIndex | undefined;
  for (const segment of doc.segments) {
    for (const side of ['target', 'source'] as const) {
      const m = NOT_XML.exec(segment[side].markup);
      if (!m) continue;
      lines ??= new LineIndex(doc.text);
      const place = lines.place(segment[side].range.start.offset + m.index);
      out.push(refusal(doc, `Unexpected ${codePoint(m[0])} in segment ${segment.id}, a character XML 1.0 cannot hold, expected text without control characters`, hint, place, 'xliff-export-character'));
    }
  }
  return out;
}

export interface ExportOptions {
  /** The `<file original>` of a document. Default: its `file`, with `/` separators. */
  original?: (doc: AlignedDocument) => string;
}

/** Exports documents of one target locale into one XLIFF 2.0 document. */
export function exportXliff(docs: AlignedDocument[], options: ExportOptions = {}): ExportResult {
  const original = options.original ?? ((doc: AlignedDocument) => doc.file);
  // An empty target is what translators are for; broken pairing is not exportable.
  const broken = docs.flatMap((d) => d.diagnostics.filter((x) => x.severity === 'error' && x.ruleId !== 'sxs-empty-segment'));
  if (broken.length) return { diagnostics: broken };
  const locales = [...new Set(docs.map((d) => d.locales.target))];
  if (locales.length !== 1) {
    return { diagnostics: docs.length ? [refusal(docs[0]!, `Unexpected target locales ${locales.join(', ')}, expected one per XLIFF file`, 'Export each locale folder on its own.')] : [] };
  }
  const unfit = docs.flatMap((doc) => unexportable(doc, original(doc)));
  if (unfit.length) return { diagnostics: unfit };
  const w = new Writer();
  const root = w.doc.documentElement!;
  root.setAttribute('version', '2.0');
  root.setAttribute('srcLang', docs[0]!.locales.source);
  root.setAttribute('trgLang', locales[0]!);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:mda', MDA_NS);
  docs.forEach((doc, f) => {
    const file = w.element(root, 'file', { id: `f${f + 1}`, original: original(doc).replace(/\\/g, '/') }, 1);
    for (const segment of doc.segments) {
      const coded = codeUnit(segment);
      const unit = w.element(file, 'unit', { id: segment.id, 'xml:space': 'preserve' }, 2);
      const meta = w.element(w.element(unit, 'mda:metadata', {}, 3, MDA_NS), 'mda:metaGroup', { category: 'tandem' }, 4, MDA_NS);
      w.element(meta, 'mda:meta', { type: HASH_META }, 5, MDA_NS).appendChild(w.doc.createTextNode(sourceHash(segment.source.markup)));
      w.close(meta, 4);
      w.close(meta.parentNode as Element, 3);
      if (coded.data.size) {
        const od = w.element(unit, 'originalData', {}, 3);
        for (const [id, value] of coded.data) w.element(od, 'data', { id }, 4).appendChild(w.doc.createTextNode(value));
        w.close(od, 3);
      }
      const state = segment.target.text.trim() === '' && coded.target.length === 0 ? 'initial' : 'translated';
      const seg = w.element(unit, 'segment', { state }, 3);
      w.content(w.element(seg, 'source', {}, 4), coded.source);
      w.content(w.element(seg, 'target', {}, 4), coded.target);
      w.close(seg, 3);
      w.close(unit, 2);
    }
    w.close(file, 1);
  });
  w.close(root, 0);
  // A CR inside content must survive XML line-end normalization: write it as a reference.
  const xml = new XMLSerializer().serializeToString(w.doc).replace(/\r/g, '&#13;');
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`, diagnostics: [] };
}
