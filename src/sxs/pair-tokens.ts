// Finds sxs segment pairs in a flat run of tokens: the children of one mdast phrasing
// parent, or the tags and text of one raw HTML block. One algorithm serves both, so a pair
// means the same thing in a paragraph and in a table cell.
import { isLookupOpen, isSpanClose, isSpanOpen, sourceOpenId, targetOpenId } from './span-tags.js';

/** How the pairer sees a token: its tag text if it is an HTML tag, and whether it is blank text. */
export interface TokenView {
  tag?: string;
  blank: boolean;
}

export interface PairProblem<T> {
  ruleId: string;
  at: T;
  reason: string;
  hint: string;
}

export interface Pair<T> {
  kind: 'pair';
  id: string;
  /** Tokens inside `<span data-ttu-id>`; empty array when that side is missing. */
  target: T[];
  /** Tokens inside `<span data-stu-id>`. */
  source: T[];
  /** First and last token of the whole pair. */
  first: T;
  last: T;
  /** Tokens that open and close each side's content, for exact inner ranges. */
  targetOpen?: T;
  targetClose?: T;
  sourceOpen?: T;
  sourceClose?: T;
  problems: PairProblem<T>[];
}

export type Paired<T> = { kind: 'token'; token: T } | Pair<T>;

/** Index of the `</span>` closing the span opened just before `from`, or -1. */
function findClose<T>(tokens: T[], from: number, view: (t: T) => TokenView): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const tag = view(tokens[i]!).tag;
    if (tag === undefined) continue;
    if (isSpanOpen(tag)) depth++;
    else if (isSpanClose(tag)) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The tag text of the token at `i`, if there is a token and it is a tag. */
function tagAt<T>(tokens: T[], i: number, view: (t: T) => TokenView): string | undefined {
  const token = tokens[i];
  return token === undefined ? undefined : view(token).tag;
}

function skipBlank<T>(tokens: T[], from: number, view: (t: T) => TokenView): number {
  let i = from;
  while (i < tokens.length && view(tokens[i]!).blank) i++;
  return i;
}

interface Side<T> {
  open: T;
  content: T[];
  close?: T;
  next: number;
}

/** Reads one side starting at the open tag at `at`; unclosed sides run to the end. */
function readSide<T>(tokens: T[], at: number, view: (t: T) => TokenView): Side<T> {
  const close = findClose(tokens, at + 1, view);
  if (close < 0) return { open: tokens[at]!, content: tokens.slice(at + 1), next: tokens.length };
  return { open: tokens[at]!, content: tokens.slice(at + 1, close), close: tokens[close], next: close + 1 };
}

/**
 * Reads a target side. An unclosed target ends where its twin starts, as a forgiving reader
 * sees it: the localized text runs up to the `sxs-lookup` span, which is still its English side.
 */
function readTarget<T>(tokens: T[], at: number, view: (t: T) => TokenView): Side<T> & { twinAt?: number } {
  const side = readSide(tokens, at, view);
  if (side.close !== undefined) return side;
  let depth = 0;
  for (let i = at + 1; i < tokens.length; i++) {
    const tag = view(tokens[i]!).tag;
    if (tag === undefined) continue;
    if (depth === 0 && (isLookupOpen(tag) || sourceOpenId(tag) !== undefined)) return { open: tokens[at]!, content: tokens.slice(at + 1, i), next: i, twinAt: i };
    if (isSpanOpen(tag)) depth++;
    else if (isSpanClose(tag)) depth--;
  }
  return side;
}

/** A `<span data-stu-id>` written without its `sxs-lookup` wrapper, read as the twin it is meant to be. */
function readBareTwin<T>(tokens: T[], at: number, view: (t: T) => TokenView, problems: PairProblem<T>[]) {
  const open = tokens[at];
  const tag = tagAt(tokens, at, view);
  const twinId = tag === undefined ? undefined : sourceOpenId(tag);
  if (open === undefined || twinId === undefined) return undefined;
  problems.push({
    ruleId: 'sxs-stray-markup',
    at: open,
    reason: `Unexpected \`<span data-stu-id="${twinId}">\` without its \`<span class="sxs-lookup">\` wrapper, expected \`<span class="sxs-lookup"><span data-stu-id="${twinId}">…</span></span>\``,
    hint: 'Wrap the English span in `<span class="sxs-lookup">…</span>`; the page shows it as the English original meanwhile.',
  });
  const side = readSide(tokens, at, view);
  return { twinId, side, lookup: open, lookupClose: side.close, next: side.next };
}

/** Reads `<span class="sxs-lookup"><span data-stu-id>…</span></span>` at `at`, if it is there. */
function readTwin<T>(tokens: T[], at: number, view: (t: T) => TokenView, problems: PairProblem<T>[]) {
  const lookup = tokens[at];
  const lookupTag = tagAt(tokens, at, view);
  if (lookup === undefined || lookupTag === undefined || !isLookupOpen(lookupTag)) return undefined;
  const inner = skipBlank(tokens, at + 1, view);
  const innerTag = tagAt(tokens, inner, view);
  const twinId = innerTag === undefined ? undefined : sourceOpenId(innerTag);
  if (twinId === undefined) {
    problems.push({
      ruleId: 'sxs-malformed-twin',
      at: lookup,
      reason: 'Unexpected `sxs-lookup` span without an inner `<span data-stu-id>`, expected `<span class="sxs-lookup"><span data-stu-id="…">`',
      hint: 'Restore the inner span that carries the English original and its id.',
    });
    const side = readSide(tokens, at, view);
    return { twinId: undefined, side: { ...side, content: side.content }, lookup, lookupClose: side.close, next: side.next };
  }
  const side = readSide(tokens, inner, view);
  let next = side.next;
  let lookupClose: T | undefined;
  const after = skipBlank(tokens, next, view);
  const afterTag = tagAt(tokens, after, view);
  if (side.close !== undefined && afterTag !== undefined && isSpanClose(afterTag)) {
    lookupClose = tokens[after];
    next = after + 1;
  } else {
    problems.push({
      ruleId: 'sxs-unclosed-span',
      at: lookup,
      reason: 'Unexpected end of the `sxs-lookup` span, expected a closing `</span>` after the English original',
      hint: 'Close both spans of the twin: `…</span></span>`.',
    });
  }
  return { twinId, side, lookup, lookupClose, next };
}

const unclosedTarget = <T>(at: T, id: string): PairProblem<T> => ({
  ruleId: 'sxs-unclosed-span',
  at,
  reason: `Unexpected end of content inside \`<span data-ttu-id="${id}">\`, expected a closing \`</span>\``,
  hint: 'Close the span before the end of the paragraph, cell or heading; spans cannot cross block boundaries or bold and link markers.',
});

/**
 * The target span of a pair written twin first: `<span data-ttu-id="id">` right after an
 * orphan twin with that id, itself not followed by a twin of its own.
 */
function targetAfterTwin<T>(tokens: T[], from: number, id: string, view: (t: T) => TokenView): Side<T> | undefined {
  const at = skipBlank(tokens, from, view);
  const tag = tagAt(tokens, at, view);
  if (tag === undefined || targetOpenId(tag) !== id) return undefined;
  const target = readSide(tokens, at, view);
  const next = skipBlank(tokens, target.next, view);
  const nextTag = tagAt(tokens, next, view);
  return target.close !== undefined && nextTag !== undefined && isLookupOpen(nextTag) ? undefined : target;
}

/** Groups a token run into pairs and the tokens between them. */
export function pairTokens<T>(tokens: T[], view: (t: T) => TokenView): Paired<T>[] {
  const out: Paired<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const tag = view(token).tag;
    const id = tag === undefined ? undefined : targetOpenId(tag);
    if (id !== undefined) {
      const problems: PairProblem<T>[] = [];
      const target = readTarget(tokens, i, view);
      if (target.close === undefined) problems.push(unclosedTarget(token, id));
      const twinAt = target.twinAt ?? skipBlank(tokens, target.next, view);
      const readable = target.close !== undefined || target.twinAt !== undefined;
      const twin = readable ? (readTwin(tokens, twinAt, view, problems) ?? readBareTwin(tokens, twinAt, view, problems)) : undefined;
      if (twin === undefined) {
        if (target.close !== undefined) {
          problems.push({
            ruleId: 'sxs-missing-twin',
            at: token,
            reason: `Unexpected segment \`${id}\` without its English original, expected \`<span class="sxs-lookup"><span data-stu-id="${id}">…</span></span>\` right after it`,
            hint: 'Add the sxs-lookup twin with the same id after the target span.',
          });
        }
        out.push({ kind: 'pair', id, target: target.content, source: [], first: token, last: target.close ?? tokens.at(-1)!, targetOpen: token, targetClose: target.close, problems });
        i = target.next;
        continue;
      }
      if (twin.twinId !== undefined && twin.twinId !== id) {
        problems.push({
          ruleId: 'sxs-id-mismatch',
          at: twin.side.open,
          reason: `Unexpected twin id \`${twin.twinId}\` after segment \`${id}\`, expected \`${id}\``,
          hint: 'Give the sxs-lookup span the same id as the target span before it.',
        });
      }
      out.push({
        kind: 'pair',
        id,
        target: target.content,
        source: twin.side.content,
        first: token,
        last: twin.lookupClose ?? twin.side.close ?? tokens.at(-1)!,
        targetOpen: token,
        targetClose: target.close,
        sourceOpen: twin.side.open,
        sourceClose: twin.side.close,
        problems,
      });
      i = twin.next;
      continue;
    }
    if (tag !== undefined && isLookupOpen(tag)) {
      // A twin with no target before it: keep its text as a segment so nothing is lost.
      const problems: PairProblem<T>[] = [];
      const twin = readTwin(tokens, i, view, problems)!;
      const twinId = twin.twinId ?? '';
      const swapped = twin.twinId === undefined ? undefined : targetAfterTwin(tokens, twin.next, twinId, view);
      if (swapped) {
        // Same rule as a twin with no target at all (other tools key on it); the reason says which.
        problems.push({
          ruleId: 'sxs-orphan-twin',
          at: token,
          reason: `Unexpected English original \`${twinId}\` before its target span, expected \`<span data-ttu-id="${twinId}">…</span>\` first and the sxs-lookup twin after it`,
          hint: 'Swap the two spans: the localized span comes first, its sxs-lookup twin right after it.',
        });
        if (swapped.close === undefined) problems.push(unclosedTarget(swapped.open, twinId));
        out.push({ kind: 'pair', id: twinId, target: swapped.content, source: twin.side.content, first: token, last: swapped.close ?? tokens.at(-1)!, targetOpen: swapped.open, targetClose: swapped.close, sourceOpen: twin.side.open, sourceClose: twin.side.close, problems });
        i = swapped.next;
        continue;
      }
      problems.push({
        ruleId: 'sxs-orphan-twin',
        at: token,
        reason: `Unexpected English original \`${twinId}\` with no target span before it, expected \`<span data-ttu-id="${twinId}">…</span>\` first`,
        hint: 'Put the localized span before its sxs-lookup twin, or remove the stray twin.',
      });
      out.push({ kind: 'pair', id: twinId, target: [], source: twin.side.content, first: token, last: twin.lookupClose ?? twin.side.close ?? tokens.at(-1)!, sourceOpen: twin.side.open, sourceClose: twin.side.close, problems });
      i = twin.next;
      continue;
    }
    out.push({ kind: 'token', token });
    i++;
  }
  return out;
}
