// Holds each segment's English (what it was translated from) against the current English of its
// page, sentence by sentence: unchanged where the sentence is still there word for word (wherever
// it moved), changed where an edited sentence stands in its stead (also split in two or merged
// with its neighbour), removed where nothing resembles it; and the current sentences no segment
// covers are new. Sentences are cut as the sxs segmentation cuts them (Unicode sentence breaks).
import type { AlignedDocument, Place, Segment } from '../sxs/types.js';
import type { CurrentEnglish, EnglishBlock } from './current-english.js';
import { normalizeText, wordsOf } from './normalize.js';
import { wordDiff, type WordChange } from './word-diff.js';

export type SegmentStatus = 'unchanged' | 'changed' | 'removed';

/** What became of one segment's English. */
export interface SegmentChange {
  segment: Segment;
  status: SegmentStatus;
  /** The current English standing for it (changed: the edited sentence or sentences). */
  current?: { text: string; place: Place };
  /** Word-level changes from the old English to the current (changed only). */
  diff?: WordChange[];
  /**
   * How a changed sentence changed: edited in place, split into several, merged with a neighbour.
   * (A sentence whose letters and digits are the same, only its case, punctuation or spacing
   * edited, is unchanged: its translation still says what it says.)
   */
  how?: 'edited' | 'split' | 'merged';
  /** Removed here, but standing word for word in another current page (moved, or the page split). */
  movedTo?: { file: string; place: Place };
}

/** A current English sentence no segment covers: untranslated. */
export interface NewSentence {
  text: string;
  place: Place;
  /** The segment whose English comes just before it in the current page, if any. */
  after?: string;
}

export interface SourceComparison {
  /** The translated source (its `file` as the parser named it). */
  doc: AlignedDocument;
  /** The current English file it was held against. */
  current: CurrentEnglish;
  segments: SegmentChange[];
  added: NewSentence[];
}

/** A current English page no source stands for, with the sentences no moved segment covers. */
export interface NewPage {
  current: CurrentEnglish;
  added: NewSentence[];
}

export interface CompareOptions {
  /** Least similarity (shared words in order, 0–1) for an edited sentence to stand for an old one. Default: 0.5. */
  minSimilarity?: number;
}

interface Residual {
  block: number;
  start: number;
  end: number;
  text: string;
  words: string[];
  owner?: number;
}

/** A current page and which of its characters some segment already stands for. */
interface Page {
  current: CurrentEnglish;
  covered: Uint8Array[];
  /** The blocks' texts joined by line feeds (which no block holds), searched at once. */
  joined: string;
  /** Where each block starts in `joined`. */
  starts: number[];
}

type Spot = { block: number; start: number };

/** Fewer words than this make a short sentence, which needs `SHORT_SIMILARITY` to stand for an old one. */
const SHORT = 8;
const SHORT_SIMILARITY = 0.65;

/** Fewer words than this make a sentence too short to count as moved on its own. */
const SHORT_MOVE = 4;

/** Most segments one current sentence is looked for as, joined. */
const JOINED = 3;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function pageOf(current: CurrentEnglish): Page {
  const starts: number[] = [];
  let at = 0;
  for (const b of current.blocks) {
    starts.push(at);
    at += b.text.length + 1;
  }
  return { current, covered: current.blocks.map((b) => new Uint8Array(b.text.length)), joined: current.blocks.map((b) => b.text).join('\n'), starts };
}

/** Compares one translated source's English with the current English of its page. */
export function compareSource(doc: AlignedDocument, current: CurrentEnglish, options: CompareOptions = {}): SourceComparison {
  return comparePages([{ doc, current }], [], options).files[0]!;
}

/**
 * Compares each source with its current page; English no longer on its own page is looked for,
 * word for word, on the other pages (new pages first), so a page split in two or a paragraph moved
 * is not taken for removed and new.
 */
export function comparePages(pairs: Array<{ doc: AlignedDocument; current: CurrentEnglish }>, newPages: CurrentEnglish[], options: CompareOptions = {}): { files: SourceComparison[]; newPages: NewPage[] } {
  const minSimilarity = options.minSimilarity ?? 0.5;
  const own = pairs.map(({ current }) => pageOf(current));
  const fresh = newPages.map(pageOf);
  const states = pairs.map(({ doc }, k) => exactPass(doc, own[k]!));
  // Sentences gone from their own page: moved to a new page, or to another page of the folder.
  const moves: Array<{ k: number; i: number; page: Page; spot: Spot; length: number }> = [];
  for (const [k, state] of states.entries()) {
    for (const i of state.body) {
      const old = normalizeText(pairs[k]!.doc.segments[i]!.source.text);
      for (const page of [...fresh, ...own.filter((_, o) => o !== k)]) {
        const spot = findExact(page, old, 0);
        if (!spot) continue;
        moves.push({ k, i, page, spot, length: old.length });
        break;
      }
    }
  }
  // A few words alone ("Description", a product name) stand on many pages by chance: a short
  // sentence counts as moved only beside a neighbour that moved to the same page.
  const movedTo = new Map(moves.map((m) => [`${m.k}:${m.i}`, m.page]));
  for (const m of moves) {
    const segment = pairs[m.k]!.doc.segments[m.i]!;
    const alone = movedTo.get(`${m.k}:${m.i - 1}`) !== m.page && movedTo.get(`${m.k}:${m.i + 1}`) !== m.page;
    if (alone && wordsOf(segment.source.text).length < SHORT_MOVE) {
      m.page.covered[m.spot.block]!.fill(0, m.spot.start, m.spot.start + m.length);
      continue;
    }
    states[m.k]!.changes[m.i] = { segment, status: 'removed', movedTo: { file: m.page.current.file, place: placeAt(m.page.current, m.spot) } };
  }
  const files = pairs.map(({ doc, current }, k) => {
    const { changes, at, body } = states[k]!;
    const residuals = residualSentences(current.blocks, own[k]!.covered);
    matchEdited(doc, body.filter((i) => !changes[i]!.movedTo), residuals, changes, at, current, minSimilarity);
    for (const i of body) if (!at[i] && !changes[i]!.movedTo) changes[i] = { segment: doc.segments[i]!, status: 'removed' };
    const placed = at.flatMap((p, i) => (p ? [{ ...p, id: doc.segments[i]!.id }] : [])).sort((a, b) => a.block - b.block || a.start - b.start);
    return { doc, current, segments: changes, added: unowned(current, residuals, placed) };
  });
  return { files, newPages: fresh.map((page) => ({ current: page.current, added: unowned(page.current, residualSentences(page.current.blocks, page.covered), []) })) };
}

/** Front matter compared by key; body sentences found word for word on their own page. */
function exactPass(doc: AlignedDocument, page: Page): { changes: SegmentChange[]; at: Array<Spot | undefined>; body: number[] } {
  const { current } = page;
  const changes: SegmentChange[] = doc.segments.map((segment) => ({ segment, status: 'unchanged' }));
  const at: Array<Spot | undefined> = [];
  const body: number[] = [];
  let cursor = 0;
  const texts = doc.segments.map((segment) => normalizeText(segment.source.text));
  for (let i = 0; i < doc.segments.length; i++) {
    const segment = doc.segments[i]!;
    const old = texts[i]!;
    if (segment.context === 'front-matter') {
      const now = segment.field ? current.fields.get(segment.field) : undefined;
      if (now === undefined) changes[i] = { segment, status: 'removed' };
      else if (!sameWording(now, old)) changes[i] = { segment, status: 'changed', current: { text: now, place: current.placeOf(0) }, diff: wordDiff(old, now), how: 'edited' };
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(old)) continue;
    // One sentence the translation cut in several segments (at a link, a line break) is found whole.
    let found: Spot | undefined;
    let last = i;
    for (; last < Math.min(i + JOINED, doc.segments.length) && !found; last++) {
      if (last > i && doc.segments[last]!.context === 'front-matter') break;
      found = findExact(page, texts.slice(i, last + 1).join(' '), cursor);
    }
    if (!found) {
      body.push(i);
      continue;
    }
    for (let k = i; k < last; k++) at[k] = found;
    cursor = found.block;
    i = last - 1;
  }
  return { changes, at, body };
}

const placeAt = (current: CurrentEnglish, spot: Spot): Place => current.placeOf(current.blocks[spot.block]!.offsets[spot.start] ?? 0);

/** The residual sentences no segment took, each placed after the segment before it on the page. */
function unowned(current: CurrentEnglish, residuals: Residual[], placed: Array<Spot & { id: string }>): NewSentence[] {
  return residuals
    .filter((r) => r.owner === undefined && !current.blocks[r.block]!.optional)
    .map((r) => ({
      text: r.text,
      place: placeAt(current, r),
      after: placed.findLast((p) => p.block < r.block || (p.block === r.block && p.start < r.start))?.id,
    }));
}

/** The first uncovered occurrence of `text` at word boundaries, searching from block `from` on, then before it. */
function findExact(page: Page, text: string, from: number): Spot | undefined {
  const { joined, starts, covered, current } = page;
  const fromAt = starts[from] ?? 0;
  const scan = (begin: number, stop: number): Spot | undefined => {
    for (let at = joined.indexOf(text, begin); at >= 0 && at < stop; at = joined.indexOf(text, at + 1)) {
      const b = blockAt(starts, at);
      const start = at - starts[b]!;
      const end = start + text.length;
      if (!atBoundary(current.blocks[b]!, start, end) || covered[b]!.subarray(start, end).some((c) => c)) continue;
      covered[b]!.fill(1, start, end);
      return { block: b, start };
    }
    return undefined;
  };
  return scan(fromAt, joined.length) ?? scan(0, fromAt);
}

/** The block a position of the joined text falls in. */
function blockAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sentence-final punctuation, with the quotes and brackets that may close after it. */
const SENTENCE_END = /[.!?:;]["')\]]*$/;

/** Whether `block.text[start, end)` is whole sentences of its block: at its edges, at line breaks, or between sentence ends. */
function atBoundary(block: EnglishBlock, start: number, end: number): boolean {
  const hay = block.text;
  const startsSentence = start === 0 || (hay[start - 1] === ' ' && (block.breaks.has(start - 1) || SENTENCE_END.test(hay.slice(Math.max(0, start - 6), start - 1))));
  const endsSentence = end === hay.length || (hay[end] === ' ' && (block.breaks.has(end) || SENTENCE_END.test(hay.slice(start, end))));
  return startsSentence && endsSentence;
}

/** The sentences of the current English that no segment covers word for word. */
function residualSentences(blocks: EnglishBlock[], covered: Uint8Array[]): Residual[] {
  const out: Residual[] = [];
  blocks.forEach((block, b) => {
    const mask = covered[b]!;
    let i = 0;
    while (i < block.text.length) {
      if (mask[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < block.text.length && !mask[j]) j++;
      // Line breaks end sentences: the segmenter reads them as paragraph separators.
      const run = block.text.slice(i, j).split('').map((ch, k) => (block.breaks.has(i + k) ? '\n' : ch)).join('');
      for (const s of sentenceSegmenter.segment(run)) {
        const text = s.segment.trim();
        if (!/\p{L}/u.test(text)) continue;
        const start = i + s.index + (s.segment.length - s.segment.trimStart().length);
        out.push({ block: b, start, end: start + text.length, text, words: wordsOf(text) });
      }
      i = j;
    }
  });
  return out;
}

/** Pairs old sentences with the edited current sentences that resemble them most, one to one, then splits and merges. */
function matchEdited(doc: AlignedDocument, body: number[], residuals: Residual[], changes: SegmentChange[], at: Array<Spot | undefined>, current: CurrentEnglish, minSimilarity: number): void {
  const oldWords = new Map(body.map((i) => [i, wordsOf(doc.segments[i]!.source.text)]));
  // Shared words counted through an index of which residual holds which word: only pairs that
  // share enough words have their word order compared.
  const holders = new Map<string, Array<{ r: number; count: number }>>();
  residuals.forEach((res, r) => {
    for (const [word, count] of counted(res.words)) {
      const list = holders.get(word) ?? [];
      list.push({ r, count });
      holders.set(word, list);
    }
  });
  const pairs: Array<{ i: number; r: number; score: number }> = [];
  for (const i of body) {
    const words = oldWords.get(i)!;
    const shared = new Map<number, number>();
    for (const [word, count] of counted(words)) for (const h of holders.get(word) ?? []) shared.set(h.r, (shared.get(h.r) ?? 0) + Math.min(count, h.count));
    for (const [r, n] of shared) {
      const res = residuals[r]!;
      // Short sentences share generic words by chance (paths, product names): they must share more.
      const need = Math.min(words.length, res.words.length) < SHORT ? Math.max(minSimilarity, SHORT_SIMILARITY) : minSimilarity;
      if ((2 * n) / (words.length + res.words.length) < need) continue;
      const score = similarity(words, res.words);
      if (score >= need) pairs.push({ i, r, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.r - b.r);
  const taken = new Set<number>();
  for (const { i, r } of pairs) {
    if (taken.has(i) || residuals[r]!.owner !== undefined) continue;
    taken.add(i);
    // A sentence split in several: the sentences beside it in the same block complete it.
    const parts = [r];
    const words = oldWords.get(i)!;
    const wordsOfParts = (ps: number[]) => ps.flatMap((p) => residuals[p]!.words);
    for (;;) {
      const score = similarity(words, wordsOfParts(parts));
      const sides = [parts[0]! - 1, parts.at(-1)! + 1].filter((p) => residuals[p] && residuals[p].owner === undefined && residuals[p].block === residuals[r]!.block);
      const best = sides
        .map((p) => ({ p, parts: p < parts[0]! ? [p, ...parts] : [...parts, p] }))
        .map((x) => ({ ...x, score: similarity(words, wordsOfParts(x.parts)) }))
        .sort((a, b) => b.score - a.score)[0];
      if (!best || best.score < score + 0.1) break;
      parts.splice(0, parts.length, ...best.parts);
    }
    for (const p of parts) residuals[p]!.owner = i;
    setChanged(doc, i, parts.map((p) => residuals[p]!), changes, at, current, parts.length > 1 ? 'split' : 'edited');
  }
  // Sentences merged into one: an old sentence left over whose words stand in its neighbour's match.
  for (const i of body) {
    if (taken.has(i)) continue;
    const words = oldWords.get(i)!;
    const host = residuals.find((res) => (res.owner === i - 1 || res.owner === i + 1) && res.owner !== undefined && lcs(words, res.words) >= 0.7 * words.length);
    if (!host) continue;
    taken.add(i);
    setChanged(doc, i, [host], changes, at, current, 'merged');
    const partner = changes[host.owner!]!;
    if (partner.status === 'changed') partner.how = 'merged';
  }
}

function setChanged(doc: AlignedDocument, i: number, parts: Residual[], changes: SegmentChange[], at: Array<Spot | undefined>, current: CurrentEnglish, how: NonNullable<SegmentChange['how']>): void {
  const first = parts[0]!;
  const text = parts.map((p) => p.text).join(' ');
  const old = normalizeText(doc.segments[i]!.source.text);
  at[i] = { block: first.block, start: first.start };
  changes[i] = {
    segment: doc.segments[i]!,
    status: sameWording(text, old) ? 'unchanged' : 'changed',
    current: { text, place: placeAt(current, first) },
    ...(sameWording(text, old) ? {} : { diff: wordDiff(old, text), how }),
  };
}

function counted(words: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** 2·|shared words| / (|a| + |b|): an upper bound of `similarity`. */
function overlapBound(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = counted(a);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Same letters and digits in the same order: case, punctuation and spacing aside. */
const sameWording = (a: string, b: string): boolean => a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') === b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** 2·|longest common word sequence| / (|a| + |b|). */
export function similarity(a: string[], b: string[]): number {
  return a.length + b.length ? (2 * lcs(a, b)) / (a.length + b.length) : 1;
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): number {
  // Beyond a million cells (sentences of thousands of words) the shared-word count stands in: linear.
  if (a.length * b.length > 1_000_000) return Math.round((overlapBound(a, b) * (a.length + b.length)) / 2);
  let prev = new Uint32Array(b.length + 1);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}
