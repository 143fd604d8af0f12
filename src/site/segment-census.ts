// The build's last check, after rendering: every segment pair each source parsed is on both of
// its language pages (on the one page of a monolingual source), found by its `data-sxs` mark in
// the published HTML. A pair a page lacks is named at its place, unless the parser already named
// it with an error, so nothing a source holds is lost without a message.
import type { AlignedDocument, Diagnostic, Segment } from '../sxs/types.js';
import type { Side } from '../render/render-document.js';
import { isInclude } from './build-pages.js';

/** What the census needs of a page: the source it comes from, its side and its HTML. */
export interface CensusPage {
  sourcePath: string;
  side: Side;
  html: string;
}

export interface CensusCounts {
  /** Pairs on every page they belong to. */
  present: number;
  /** Of those, pairs read back from a shape the parser recovered (a note at their place). */
  recovered: number;
  /** Pairs missing from a page, named by the parser's errors or by the census. */
  named: number;
}

export interface Census {
  counts: CensusCounts;
  diagnostics: Diagnostic[];
}

export interface CensusOptions {
  /** Rule ids of the parser's recoveries: a pair at the place of one counts as recovered. Default: none. */
  recoveries?: ReadonlySet<string>;
}

const ENTITY: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** Decodes the character references an HTML serializer writes in an attribute value. */
const decodeAttribute = (value: string): string =>
  value.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi, (all, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (ENTITY[name!.toLowerCase()] ?? all),
  );

/** The segment ids an HTML page shows (the renderer marks each sentence with `data-sxs`). */
export function shownIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sdata-sxs="([^"]*)"/g)) ids.add(decodeAttribute(m[1]!));
  return ids;
}

/** Segments a page shows: front matter values are the page's title and description, not its body. */
const bodySegments = (doc: AlignedDocument): Segment[] => doc.segments.filter((s) => s.context !== 'front-matter');

/**
 * The id sets each side of a source must show its pairs on: its own pages; for an include, all
 * pages of that side together (it is shown wherever it is included). A side with no page (the
 * English of a name another locale already publishes) is held to no page.
 */
function pagesBySide(docs: AlignedDocument[], pages: CensusPage[]): Map<AlignedDocument, Partial<Record<Side, Set<string>[]>>> {
  const shown = pages.map((p) => ({ page: p, ids: shownIds(p.html) }));
  const union = (side: Side) => new Set(shown.filter((s) => s.page.side === side).flatMap((s) => [...s.ids]));
  const everywhere = { target: union('target'), source: union('source') };
  const out = new Map<AlignedDocument, Partial<Record<Side, Set<string>[]>>>();
  for (const doc of docs) {
    if (isInclude(doc.file)) {
      // An include no page shows is not published at all: nothing to hold it to.
      const included = bodySegments(doc).some((s) => everywhere.target.has(s.id) || everywhere.source.has(s.id));
      out.set(doc, included ? { target: [everywhere.target], source: [everywhere.source] } : {});
      continue;
    }
    const sides: Partial<Record<Side, Set<string>[]>> = {};
    for (const s of shown) if (s.page.sourcePath === doc.file) (sides[s.page.side] ??= []).push(s.ids);
    out.set(doc, sides);
  }
  return out;
}

/** Whether an error of the parser already names this segment (by id or on its lines). */
function namedByError(doc: AlignedDocument, segment: Segment): boolean {
  return doc.diagnostics.some((d) => d.severity === 'error' && (d.segmentId === segment.id || (d.place.line >= segment.range.start.line && d.place.line <= segment.range.end.line)));
}

const recoveredAt = (doc: AlignedDocument, segment: Segment, recoveries: ReadonlySet<string>): boolean =>
  doc.diagnostics.some((d) => recoveries.has(d.ruleId) && d.place.line >= segment.range.start.line && d.place.line <= segment.range.end.line);

const SIDE_NAME: Record<Side, string> = { target: 'translated', source: 'English' };

/** Counts every pair of every source on its pages and names each one a page lacks. */
export function censusSegments(docs: AlignedDocument[], pages: CensusPage[], options: CensusOptions = {}): Census {
  const recoveries = options.recoveries ?? new Set<string>();
  const counts: CensusCounts = { present: 0, recovered: 0, named: 0 };
  const diagnostics: Diagnostic[] = [];
  const bySide = pagesBySide(docs, pages);
  for (const doc of docs) {
    const sides = bySide.get(doc)!;
    if (Object.keys(sides).length === 0) {
      // No page at all: an include nobody includes is not published; any other source without
      // a page is already an error of the build (its name gives no address).
      if (!isInclude(doc.file)) counts.named += bodySegments(doc).length;
      continue;
    }
    for (const segment of bodySegments(doc)) {
      const missing = (Object.entries(sides) as Array<[Side, Set<string>[]]>).filter(([, shown]) => shown.some((ids) => !ids.has(segment.id)));
      if (missing.length === 0) {
        counts.present++;
        if (recoveredAt(doc, segment, recoveries)) counts.recovered++;
        continue;
      }
      counts.named++;
      if (namedByError(doc, segment)) continue;
      const where = missing.map(([side]) => SIDE_NAME[side]).join(' and ');
      diagnostics.push({
        file: doc.file,
        place: segment.range.start,
        severity: 'error',
        ruleId: 'sxs-segment-not-published',
        reason: `Unexpected segment \`${segment.id}\` missing from the ${where} page, expected every pair of the source on both language pages`,
        hint: 'The markup around this place hides the segment from the page: put it in a paragraph of its own (a blank line before and after) and check the span tags around it.',
        segmentId: segment.id,
      });
    }
  }
  return { counts, diagnostics };
}
