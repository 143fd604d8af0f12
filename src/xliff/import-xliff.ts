// XLIFF 2.0 import: validates a translated XLIFF against the current sources and rewrites
// only the target spans' inner markup, by the segments' exact offsets. The translator's text is
// escaped for where it lands and checked (one line, no control characters, a size bound); every
// changed source is parsed again before it is handed back. Any problem refuses the whole XLIFF,
// saying which file and unit; units whose English changed since export (source hash) are
// reported stale and left as they are.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { AlignedDocument, Segment } from '../sxs/types.js';
import { checkStaged, applyEdits, type TargetEdit } from './check-staged.js';
import { checkTargetSize, checkTargetText } from './check-target.js';
import { escapeTargetText } from './escape-target.js';
import { codeList, codeUnit, HASH_META, MDA_NS, sourceHash, XLIFF_NS, type CodedNode } from './xliff-format.js';
import { WORK_PACKAGE_META } from '../source-changes/export-work-package.js';

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

/** What `load` gives for a `<file original>`: the current source, or why there is none. */
export type Loaded = AlignedDocument | { reason: string; hint?: string } | undefined;

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

/** XLIFF bytes as text: UTF-8, or UTF-16 when a byte order mark says so; a UTF-8 BOM is dropped. */
export function decodeXliff(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const bom16 = input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : undefined;
  // Invalid sequences become U+FFFD, which import refuses in any target it would write.
  return new TextDecoder(bom16 ?? 'utf-8').decode(input);
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

/** Merges adjacent text and drops empty text, so that tools splitting text differently compare equal. */
function normalize(nodes: CodedNode[]): CodedNode[] {
  const out: CodedNode[] = [];
  for (const n of nodes) {
    const last = out.at(-1);
    if (n.kind === 'text') {
      if (n.value === '') continue;
      if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', value: last.value + n.value };
      else out.push({ ...n });
    } else out.push(n.kind === 'pc' ? { ...n, children: normalize(n.children) } : n);
  }
  return out;
}

const hasWords = (nodes: CodedNode[]): boolean => nodes.some((n) => (n.kind === 'text' ? n.value.trim() !== '' : n.kind === 'pc' && hasWords(n.children)));

/** The markup for a target: codes as their data, text escaped for where it lands. */
function targetMarkup(nodes: CodedNode[], data: Map<string, string>, segment: Segment, problem: (reason: string, hint?: string) => void): Omit<TargetEdit, 'id'> {
  const texts: string[] = [];
  let markup = '';
  let textOnly = true;
  const get = (ref: string) => {
    const value = data.get(ref);
    if (value === undefined) problem(`Unexpected data reference \`${ref}\` in unit \`${segment.id}\`, expected one of the unit's originalData ids`);
    textOnly = false;
    markup += value ?? '';
  };
  const walk = (list: CodedNode[]) => {
    for (const n of list) {
      if (n.kind === 'ph') get(n.dataRef);
      else if (n.kind === 'pc') {
        get(n.dataRefStart);
        walk(n.children);
        get(n.dataRefEnd);
      } else {
        const bad = checkTargetText(n.value);
        if (bad) problem(`${bad.reason.replace('in the target text', `in the target of unit \`${segment.id}\``)}`, bad.hint);
        texts.push(n.value);
        markup += escapeTargetText(n.value, { context: segment.context, lineStart: /\n[ \t]*$/.test(markup.slice(-256)) });
      }
    }
  };
  walk(nodes);
  return { markup, texts, textOnly };
}

/** The text of an element's `mda:meta` of a type, if it has one. */
const metaOf = (el: Element, type: string): string | null | undefined =>
  children(el, 'metadata', MDA_NS).flatMap((m) => children(m, 'metaGroup', MDA_NS)).flatMap((g) => children(g, 'meta', MDA_NS)).find((m) => m.getAttribute('type') === type)?.textContent;

/** Checks one unit against its segment; returns its edit, `'same'` when unchanged or stale. */
function importUnit(unit: Element, segment: Segment, file: string, problems: ImportProblem[], stale: ImportResult['stale']): TargetEdit | 'same' | undefined {
  const problem = (reason: string, hint?: string) => problems.push({ file, unit: segment.id, reason, hint });
  const hash = metaOf(unit, HASH_META);
  if (hash && hash !== sourceHash(segment.source.markup)) {
    stale.push({ file, unit: segment.id });
    return 'same';
  }
  const segEl = children(unit, 'segment');
  if (segEl.length !== 1) return void problem(`Unexpected ${segEl.length} <segment> elements in unit \`${segment.id}\`, expected 1`, 'Do not split or join segments; the sxs source has one sentence pair per unit.');
  const targetEl = children(segEl[0]!, 'target')[0];
  if (!targetEl) return 'same';
  const current = codeUnit(segment);
  const target = normalize(readContent(targetEl, (what) => problem(`Unexpected ${what} in the target of unit \`${segment.id}\`, expected text, <ph> and <pc> only`)));
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
  // What the export gave, given back: the markup stays byte for byte, escapes and all.
  if (JSON.stringify(target) === JSON.stringify(normalize(current.target))) return 'same';
  // A target with no words where the export had some (codes alone included) is a lost translation.
  if (!hasWords(target) && hasWords(current.target)) {
    return void problem(`Unexpected empty target in unit \`${segment.id}\`, expected a translation`, 'Translate the segment, or give back the target as exported to keep the current text.');
  }
  const edit = targetMarkup(target, current.data, segment, problem);
  const tooBig = checkTargetSize(edit.markup, segment.source.markup);
  if (tooBig) return void problem(tooBig.reason.replace('Unexpected target', `Unexpected target of unit \`${segment.id}\``), tooBig.hint);
  return edit.markup === segment.target.markup ? 'same' : { id: segment.id, ...edit };
}

/** Imports an XLIFF document; `load` gives the current source for a `<file original>`. */
export function importXliff(input: string | Uint8Array, load: (original: string) => Loaded): ImportResult {
  const problems: ImportProblem[] = [];
  const stale: ImportResult['stale'] = [];
  const root = parse(decodeXliff(input), problems);
  const files: ImportedFile[] = [];
  for (const fileEl of root ? children(root, 'file') : []) {
    const original = fileEl.getAttribute('original') ?? '';
    if (metaOf(fileEl, WORK_PACKAGE_META)) {
      problems.push({ file: original, reason: 'Unexpected work package of changed and new English (xliff:export --against), expected an export of whole sources', hint: 'Bring the translations of a work package into the sources with the English they translate, then export the sources again; a package holds only some units.' });
      continue;
    }
    const doc = load(original);
    if (!doc || !('segments' in doc)) {
      problems.push({ file: original, reason: doc?.reason ?? `Unexpected <file original="${original}">, expected the path of an sxs source`, hint: doc?.hint ?? 'Import from the folder the XLIFF was exported from.' });
      continue;
    }
    // A source without `ms.contentlocale` (a monolingual page) took its folder's locale at export.
    if (doc.locales.target !== 'und' && root!.getAttribute('trgLang') !== doc.locales.target) {
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
    const edits: TargetEdit[] = [];
    const before = problems.length;
    for (const [i, segment] of doc.segments.entries()) {
      const edit = importUnit(units[i]!.getAttribute('id') === segment.id ? units[i]! : units[unitIds.indexOf(segment.id)]!, segment, original, problems, stale);
      if (!edit || edit === 'same') continue;
      const { start, end } = segment.target.range;
      if (doc.text.slice(start.offset, end.offset) !== segment.target.markup) {
        problems.push({ file: original, unit: segment.id, reason: `Unexpected target markup at ${start.line}:${start.column} that differs from the parsed segment, expected them equal`, hint: 'This segment (front matter?) cannot be rewritten in place; edit it by hand.' });
        continue;
      }
      edits.push(edit);
    }
    if (problems.length > before) continue;
    const staged = checkStaged(doc, edits);
    for (const p of staged) problems.push({ file: original, ...p });
    if (staged.length) continue;
    files.push({ original, text: (doc.bom ? '\uFEFF' : '') + applyEdits(doc, edits), changed: edits.map((e) => e.id) });
  }
  return problems.length ? { files: [], problems, stale } : { files, problems, stale };
}
