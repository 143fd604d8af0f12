// Pairs each translated source of a folder with the current English file of the same page and
// compares them. A page is found by its path in the English folder, then by its file name
// anywhere in it, then (renamed or moved) by content: the English page that holds at least half
// of the source's English sentences word for word. A source with no such page is not compared,
// with a note; English pages no source stands for are new pages, untranslated.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { isTocFile } from '../sxs/parse-toc.js';
import { walkPath } from '../sxs/read-sources.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import { comparePages, type CompareOptions, type NewPage, type SourceComparison } from './compare-source.js';
import { readCurrentEnglish, type CurrentEnglish } from './current-english.js';
import { normalizeText } from './normalize.js';

export interface FolderComparison {
  files: SourceComparison[];
  /** Current English pages no translated source stands for, with their sentences no moved segment covers. */
  newPages: NewPage[];
  /** Sources not compared, and sources found under another name. */
  notes: Diagnostic[];
}

export interface CompareFolderOptions extends CompareOptions {
  /** The folder the translated sources' paths are taken relative to, to find the same path in the English folder. Default: the current folder. */
  translationsRoot?: string;
  /** What the documents' file names are relative to. Default: the current folder. */
  docsRoot?: string;
  /** How a current English file is named in what is shown (a path relative to some folder). Default: relative to the current folder. */
  name?: (file: string) => string;
}

/** Share of a source's English sentences that must stand word for word in another page to take it as the same page renamed. */
const RENAMED_SHARE = 0.5;

export function compareFolder(docs: AlignedDocument[], englishRoot: string, options: CompareFolderOptions = {}): FolderComparison {
  const name = options.name ?? ((f: string) => relative(process.cwd(), f) || f);
  const root = resolve(englishRoot);
  const englishFiles = walkPath(root).files.filter((f) => !isTocFile(f));
  const read = new Map<string, CurrentEnglish>();
  const english = (file: string): CurrentEnglish => {
    let current = read.get(file);
    if (!current) {
      current = readCurrentEnglish(readFileSync(file, 'utf8'), name(file));
      read.set(file, current);
    }
    return current;
  };
  const byPath = new Map(englishFiles.map((f) => [relative(root, f).toLowerCase(), f]));
  const byName = Map.groupBy(englishFiles, (f) => basename(f).toLowerCase());
  const given = resolve(options.translationsRoot ?? '.');
  const translationsRoot = statSync(given, { throwIfNoEntry: false })?.isFile() ? dirname(given) : given;
  const claimed = new Set<string>();
  const pairs: Array<{ doc: AlignedDocument; current: CurrentEnglish }> = [];
  const notes: Diagnostic[] = [];
  const unpaired: AlignedDocument[] = [];

  for (const doc of docs) {
    if (!doc.segments.length) continue;
    const rel = relative(translationsRoot, resolve(options.docsRoot ?? '.', doc.file)).toLowerCase();
    const sameName = byName.get(basename(doc.file).toLowerCase());
    const file = byPath.get(rel) ?? (sameName?.length === 1 ? sameName[0] : undefined);
    if (!file) {
      unpaired.push(doc);
      continue;
    }
    claimed.add(file);
    pairs.push({ doc, current: english(file) });
  }
  for (const doc of unpaired) {
    const found = renamedPage(doc, englishFiles.filter((f) => !claimed.has(f)).map(english));
    if (!found) {
      notes.push(note(doc, 'source-not-compared', `Unexpected source without a current English page, expected a file named ${basename(doc.file)} in ${name(root)}`, 'The page may have been removed from the English documentation, or renamed beyond recognition: compare it by hand, or retire the translation.'));
      continue;
    }
    claimed.add(englishFiles.find((f) => english(f) === found)!);
    pairs.push({ doc, current: found });
    notes.push(note(doc, 'source-renamed', `Unexpected file name: the current English of this page is ${found.file}, expected ${basename(doc.file)}`, 'Rename the translation to follow the English page, so later comparisons find it by name.'));
  }
  const { files, newPages } = comparePages(pairs, englishFiles.filter((f) => !claimed.has(f)).map(english).filter((c) => c.isPage), options);
  return { files, newPages, notes };
}

/** The unclaimed English page holding the largest share (at least half) of the source's English sentences. */
function renamedPage(doc: AlignedDocument, candidates: CurrentEnglish[]): CurrentEnglish | undefined {
  const sentences = doc.segments.filter((s) => s.context !== 'front-matter').map((s) => normalizeText(s.source.text)).filter((t) => /\p{L}/u.test(t));
  if (!sentences.length) return undefined;
  let best: { page: CurrentEnglish; share: number } | undefined;
  for (const page of candidates) {
    const text = page.blocks.map((b) => b.text).join('\n');
    const share = sentences.filter((s) => text.includes(s)).length / sentences.length;
    if (share >= RENAMED_SHARE && (!best || share > best.share)) best = { page, share };
  }
  return best?.page;
}

const note = (doc: AlignedDocument, ruleId: string, reason: string, hint: string): Diagnostic => ({
  file: doc.file,
  place: doc.segments[0]?.range.start ?? { line: 1, column: 1, offset: 0 },
  severity: 'info',
  ruleId,
  reason,
  hint,
});
