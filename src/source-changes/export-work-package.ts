// The next work package of a localization team as XLIFF 2.0: only the units whose English changed
// since they were translated (the current English as source, the old translation as a starting
// target marked for review, the change in a note) and the current English sentences no segment
// covers (source only). It is for translation tools, not for `xliff:import`: a package carries a
// subset of units and new English, so import refuses it by its marker (see `WORK_PACKAGE_META`).
import { DOMImplementation, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { MDA_NS, XLIFF_NS } from '../xliff/xliff-format.js';
import type { FolderComparison } from './compare-folder.js';
import type { NewSentence, SourceComparison } from './compare-source.js';
import { formatWordDiff } from './word-diff.js';

/** The `mda:meta` type marking a `<file>` of a work package. */
export const WORK_PACKAGE_META = 'tandem-work-package';

export interface WorkPackageOptions {
  /** The `<file original>` of a translated source. */
  original: (c: SourceComparison) => string;
  /** The `<file original>` of a new English page (no translation yet). */
  newPageOriginal: (file: string) => string;
  /** The target language (`de-DE`); the source language is English. */
  targetLocale: string;
}

export interface WorkPackage {
  xml: string;
  changed: number;
  added: number;
}

/** Characters XML 1.0 cannot hold, left out of the package's text (the source keeps them). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function exportWorkPackage(f: FolderComparison, options: WorkPackageOptions): WorkPackage {
  const doc: Document = new DOMImplementation().createDocument(XLIFF_NS, 'xliff', null);
  const root = doc.documentElement!;
  root.setAttribute('version', '2.0');
  root.setAttribute('srcLang', 'en');
  root.setAttribute('trgLang', options.targetLocale);
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:mda', MDA_NS);
  const el = (parent: Element, name: string, attrs: Record<string, string> = {}, text?: string, ns = XLIFF_NS): Element => {
    const e = doc.createElementNS(ns, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(doc.createTextNode(text.replace(NOT_XML, '')));
    parent.appendChild(doc.createTextNode('\n'));
    parent.appendChild(e);
    return e;
  };
  const fileEl = (original: string, n: number): Element => {
    const file = el(root, 'file', { id: `f${n}`, original: original.replace(/\\/g, '/') });
    const group = el(el(file, 'mda:metadata', {}, undefined, MDA_NS), 'mda:metaGroup', { category: 'tandem' }, undefined, MDA_NS);
    el(group, 'mda:meta', { type: WORK_PACKAGE_META }, 'changed and new English since translation', MDA_NS);
    return file;
  };
  const newUnits = (file: Element, added: NewSentence[], englishFile: string): void =>
    added.forEach((s, k) => {
      const unit = el(file, 'unit', { id: `new-${k + 1}` });
      el(el(unit, 'notes'), 'note', { category: 'tandem-place' }, `${englishFile}:${s.place.line}:${s.place.column}${s.after ? `, after segment ${s.after}` : ''}`);
      el(el(unit, 'segment', { state: 'initial' }), 'source', {}, s.text);
    });
  let changed = 0;
  let added = 0;
  let n = 0;
  for (const c of f.files) {
    const units = c.segments.filter((s) => s.status === 'changed');
    if (!units.length && !c.added.length) continue;
    const file = fileEl(options.original(c), ++n);
    for (const s of units) {
      const unit = el(file, 'unit', { id: s.segment.id });
      const notes = el(unit, 'notes');
      el(notes, 'note', { category: 'tandem-change' }, formatWordDiff(s.diff ?? []));
      el(notes, 'note', { category: 'tandem-place' }, `${c.current.file}:${s.current!.place.line}:${s.current!.place.column}`);
      const segment = el(unit, 'segment', { state: 'initial', subState: 'tandem:review' });
      el(segment, 'source', {}, s.current!.text);
      el(segment, 'target', {}, s.segment.target.text.trim());
    }
    newUnits(file, c.added, c.current.file);
    changed += units.length;
    added += c.added.length;
  }
  for (const page of f.newPages) {
    if (!page.added.length) continue;
    newUnits(fileEl(options.newPageOriginal(page.current.file), ++n), page.added, page.current.file);
    added += page.added.length;
  }
  root.appendChild(doc.createTextNode('\n'));
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc).replace(/\r/g, '&#13;')}\n`, changed, added };
}
