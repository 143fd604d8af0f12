// XLIFF 2.0 import: validates a translated XLIFF against the current sources and rewrites
// only the target spans' inner markup, by the segments' exact offsets. A file whose units or
// inline codes do not match the source is refused whole, saying which; units whose English
// changed since export (source hash) are reported stale and left as they are.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { AlignedDocument, Segment } from '../sxs/types.js';
import { codedToMarkup, codeList, codeUnit, HASH_META, MDA_NS, sourceHash, XLIFF_NS, type CodedNode } from './xliff-format.js';

export interface ImportProblem {
  /** The `original` of the `<file>`, or the XLIFF itself. */
  file: string;
  unit?: string;
  reason: string;
  hint?: string;
}

export interface ImportedFile {
  original: string;
  /** The whole new source text, byte order mark included when the source had one. */
  text: string;
  /** Segments whose target changed. */
  changed: string[];
}

export interface ImportResult {
  /** Empty when the XLIFF was refused. */
  files: ImportedFile[];
  /** Reasons for refusal: nothing may be written when there are any. */
  problems: ImportProblem[];
  /** Units left as they are because the English changed after export. */
  stale: Array<{ file: string; unit: string }>;
}

const children = (el: Element, name: string, ns = XLIFF_NS): Element[] =>
  Array.from(el.childNodes as ArrayLike<Node>).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ns);

/** Reads `<source>`/`<target>` content back into coded nodes; unknown elements are reported. */
function readContent(el: Element, bad: (what: string) => void): CodedNode[] {
  return Array.from(el.childNodes as ArrayLike<Node>).flatMap((n): CodedNode[] => {
    if (n.nodeType === 3 || n.nodeType === 4) return [{ kind: 'text', value: n.nodeValue ?? '' }];
    if (n.nodeType !== 1) return [];
    const e = n as Element;
    const id = e.getAttribute('id') ?? '';
    if (e.namespaceURI === XLIFF_NS && e.localName === 'ph') return [{ kind: 'ph', id, dataRef: e.getAttribute('dataRef') ?? '' }];
    if (e.namespaceURI === XLIFF_NS && e.localName === 'pc') {
      return [{ kind: 'pc', id, dataRefStart: e.getAttribute('dataRefStart') ?? '', dataRefEnd: e.getAttribute('dataRefEnd') ?? '', children: readContent(e, bad) }];
    }
    bad(`<${e.tagName}>`);
    return [];
  });
}

function parse(xml: string, problems: ImportProblem[]): Element | undefined {
  try {
    const doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(xml, 'text/xml');
    const root = doc.documentElement;
    if (root?.namespaceURI === XLIFF_NS && root.localName === 'xliff' && root.getAttribute('version') === '2.0') return root;
    problems.push({ file: '<xliff>', reason: `Unexpected root element <${root?.tagName ?? ''}>, expected <xliff version="2.0"> in the XLIFF 2.0 namespace` });
  } catch (error) {
    problems.push({ file: '<xliff>', reason: `Unexpected XML: ${(error as Error).message.split('\n')[0]}`, hint: 'The translation tool must save well-formed XLIFF 2.0.' });
  }
  return undefined;
}

const diff = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/** Checks one unit against its segment; returns the new target markup, or undefined when stale. */
function importUnit(unit: Element, segment: Segment, file: string, problems: ImportProblem[], stale: ImportResult['stale']): string | undefined {
  const problem = (reason: string, hint?: string) => problems.push({ file, unit: segment.id, reason, hint });
  const hash = children(unit, 'metadata', MDA_NS).flatMap((m) => children(m, 'metaGroup', MDA_NS)).flatMap((g) => children(g, 'meta', MDA_NS)).find((m) => m.getAttribute('type') === HASH_META)?.textContent;
  if (hash && hash !== sourceHash(segment.source.markup)) {
    stale.push({ file, unit: segment.id });
    return undefined;
  }
  const segEl = children(unit, 'segment');
  if (segEl.length !== 1) return void problem(`Unexpected ${segEl.length} <segment> elements in unit \`${segment.id}\`, expected 1`, 'Do not split or join segments; the sxs source has one sentence pair per unit.');
  const targetEl = children(segEl[0]!, 'target')[0];
  if (!targetEl) return segment.target.markup;
  const current = codeUnit(segment);
  const target = readContent(targetEl, (what) => problem(`Unexpected ${what} in the target of unit \`${segment.id}\`, expected text, <ph> and <pc> only`));
  // Codes must be those of the exported target (unchanged markup) or of the English (a new translation).
  const got = codeList(target).sort();
  const fromTarget = codeList(current.target).sort();
  const fromSource = codeList(current.source).sort();
  if (got.join() !== fromTarget.join() && got.join() !== fromSource.join()) {
    const missing = diff(fromTarget, got);
    const extra = diff(got, [...fromTarget, ...fromSource]);
    return void problem(
      `Unexpected inline codes in the target of unit \`${segment.id}\`${missing.length ? `: missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}, expected the codes of the exported target (${fromTarget.join(', ') || 'none'}) or of the source (${fromSource.join(', ') || 'none'})`,
      'Keep every inline code (links, bold, code) in the translation; move them but do not delete, duplicate or invent them.',
    );
  }
  return codedToMarkup(target, current.data, (ref) => problem(`Unexpected data reference \`${ref}\` in unit \`${segment.id}\`, expected one of the unit's originalData ids`));
}

/** Imports an XLIFF document; `load` gives the current source for a `<file original>`. */
export function importXliff(xml: string, load: (original: string) => AlignedDocument | undefined): ImportResult {
  const problems: ImportProblem[] = [];
  const stale: ImportResult['stale'] = [];
  const root = parse(xml, problems);
  const files: ImportedFile[] = [];
  for (const fileEl of root ? children(root, 'file') : []) {
    const original = fileEl.getAttribute('original') ?? '';
    const doc = load(original);
    if (!doc) {
      problems.push({ file: original, reason: `Unexpected <file original="${original}">, expected the path of an sxs source`, hint: 'Import from the folder the XLIFF was exported from.' });
      continue;
    }
    if (root!.getAttribute('trgLang') !== doc.locales.target) {
      problems.push({ file: original, reason: `Unexpected trgLang ${root!.getAttribute('trgLang')}, expected ${doc.locales.target} as in the source's ms.contentlocale` });
      continue;
    }
    const units = children(fileEl, 'unit');
    const unitIds = units.map((u) => u.getAttribute('id') ?? '');
    const segmentIds = doc.segments.map((s) => s.id);
    const missing = diff(segmentIds, unitIds);
    const unknown = diff(unitIds, segmentIds);
    if (missing.length || unknown.length || unitIds.length !== segmentIds.length) {
      problems.push({
        file: original,
        reason: `Unexpected units${missing.length ? `: missing ${missing.join(', ')}` : ''}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}${!missing.length && !unknown.length ? ': an id appears twice' : ''}, expected one unit per segment of the source`,
        hint: 'Re-export the source and translate that file; units must not be added, removed or renamed.',
      });
      continue;
    }
    let text = doc.text;
    const changed: string[] = [];
    // From the end, so that earlier offsets stay valid.
    for (const [i, segment] of [...doc.segments.entries()].reverse()) {
      const markup = importUnit(units[i]!.getAttribute('id') === segment.id ? units[i]! : units[unitIds.indexOf(segment.id)]!, segment, original, problems, stale);
      if (markup === undefined || markup === segment.target.markup) continue;
      const { start, end } = segment.target.range;
      if (doc.text.slice(start.offset, end.offset) !== segment.target.markup) {
        problems.push({ file: original, unit: segment.id, reason: `Unexpected target markup at ${start.line}:${start.column} that differs from the parsed segment, expected them equal`, hint: 'This segment (front matter?) cannot be rewritten in place; edit it by hand.' });
        continue;
      }
      text = text.slice(0, start.offset) + markup + text.slice(end.offset);
      changed.unshift(segment.id);
    }
    files.push({ original, text: (doc.bom ? '\uFEFF' : '') + text, changed });
  }
  return problems.length ? { files: [], problems, stale } : { files, problems, stale };
}
