// Content folders the tests build that are put together from pieces: the multilingual fixture
// is the German product page from content/ plus French, Japanese and Italian translations; the
// HoloLens one, pages of the four HoloLens folders with their whole tables of contents.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED, SHARED } from './shared.ts';

/** A new folder below `parent` holding `files` (paths relative to it, folders made as needed). */
export function writeFolder(parent: string, files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(parent, 'c-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The multilingual fixture folder, written under test-output/ (git-ignored). */
export function multilingualFolder(): string {
  const folder = join(ROOT, 'test-output', 'fixtures', 'site-multilingual');
  cpSync(join(ROOT, 'test', 'fixtures', 'site-multilingual'), folder, { recursive: true });
  mkdirSync(join(folder, 'de-de'), { recursive: true });
  cpSync(SEED, join(folder, 'de-de', 'competency-cloud-productivity.md'));
  return folder;
}

/** The HoloLens folders beside the checkout: one per language, each with a TOC.md of about 80 entries. */
export const HOLOLENS = join(SHARED, 'corpus', 'hololens');
export const hasHololens = existsSync(HOLOLENS);

/**
 * A site in every language the HoloLens folders come in, each with its whole TOC.md (the
 * navigation a reader gets on every page), the first `pages` pages it links, in its order, and
 * the first two with a code block (long command lines that could widen a phone's page): a real
 * folder's shape at a fraction of its build time. Written under test-output/ (git-ignored).
 */
export function hololensFolder(pages = 6): string {
  const folder = join(ROOT, 'test-output', 'fixtures', `hololens-${pages}`);
  rmSync(folder, { recursive: true, force: true });
  for (const locale of readdirSync(HOLOLENS).filter((name) => existsSync(join(HOLOLENS, name, 'TOC.md')))) {
    const from = join(HOLOLENS, locale);
    const toc = readFileSync(join(from, 'TOC.md'), 'utf8');
    const linked = [...new Set([...toc.matchAll(/\]\(([\w.-]+\.md)\)/g)].map((m) => m[1]!))].filter((name) => existsSync(join(from, name)));
    mkdirSync(join(folder, locale), { recursive: true });
    const withCode = linked.filter((name) => readFileSync(join(from, name), 'utf8').includes('```')).slice(0, 2);
    for (const name of new Set(['TOC.md', ...linked.slice(0, pages), ...withCode])) cpSync(join(from, name), join(folder, locale, name));
  }
  return folder;
}
