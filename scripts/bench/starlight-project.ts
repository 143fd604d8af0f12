// The bench's peer: a Starlight project of the same sources as the project builds. Starlight and
// Astro are pinned in `scripts/bench/starlight/` (package.json and its lock) and installed from
// the npm registry into the project's `node_modules/.cache/tandem-bench/starlight/`, never a
// dependency of the project. Each source gives a page in its language and one in English
// (`splitSource`), under Starlight's i18n with English as the default locale; the sidebar is the
// folder's TOC.md, as on the project's pages, and empty without one; Pagefind's search is on.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { languageOf } from '../../src/locale/language-of.ts';
import { markdownFiles } from '../../src/sxs/walk-sources.ts';
import { isTocFile, parseToc, type TocEntry } from '../../src/sxs/parse-toc.ts';
import { pageFiles } from './sweep-folder.ts';
import { absoluteImages, splitSource, type SourceSide } from './split-source.ts';

const PINNED = join(import.meta.dirname, 'starlight');
const LOCK = 'package-lock.json';

/** Installs the pinned Starlight into `<root>/node_modules/.cache/tandem-bench/starlight` unless it is there; returns that folder. */
export function installStarlight(root: string): string {
  const dir = join(root, 'node_modules', '.cache', 'tandem-bench', 'starlight');
  const lock = readFileSync(join(PINNED, LOCK), 'utf8');
  const installed = join(dir, 'node_modules', '.package-lock.json');
  if (existsSync(installed) && existsSync(join(dir, LOCK)) && readFileSync(join(dir, LOCK), 'utf8') === lock) return dir;
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', LOCK]) copyFileSync(join(PINNED, f), join(dir, f));
  console.log(`  installing the pinned Starlight into ${relative(root, dir)} (npm ci)…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

/** A Starlight sidebar item (the subset the bench writes). */
export type SidebarItem =
  | { label: string; translations: Record<string, string>; slug: string }
  | { label: string; translations: Record<string, string>; link: string }
  | { label: string; translations: Record<string, string>; items: SidebarItem[] };

/** What the sidebar needs to know of a page: its slug, the language of its translation, and its English title when it has an English page. */
export interface SidebarPage {
  lang: string;
  english?: string;
}

const tocSlug = (href: string): string | undefined => (/\.md$/i.test(href) && !isTocFile(href) ? basename(href).replace(/\.md$/i, '').toLowerCase() : undefined);

/** One TOC entry as a link item, or nothing when it links to no page of the site. */
function linkItem(entry: TocEntry, pages: Map<string, SidebarPage>): SidebarItem | undefined {
  if (!entry.href) return undefined;
  if (/^https?:/i.test(entry.href)) return { label: entry.title.source ?? entry.title.target, translations: {}, link: entry.href };
  const slug = tocSlug(entry.href);
  const page = slug === undefined ? undefined : pages.get(slug);
  if (!slug || !page) return undefined;
  const translations = { [page.lang]: entry.title.target };
  // Starlight looks a slug up in the default locale (English); a page without English is linked by address.
  return page.english === undefined ? { label: entry.title.target, translations, link: `/${page.lang}/${slug}/` } : { label: page.english, translations, slug };
}

/** The TOC's tree as Starlight's sidebar: an entry with deeper entries after it is a group (its own link first); entries linking to no page of the site are left out. */
export function tocSidebar(entries: TocEntry[], pages: Map<string, SidebarPage>, lang: string): SidebarItem[] {
  let i = 0;
  const level = (depth: number): SidebarItem[] => {
    const items: SidebarItem[] = [];
    while (i < entries.length && entries[i]!.depth > depth) {
      const entry = entries[i++]!;
      const children = level(entry.depth);
      const self = linkItem(entry, pages);
      if (children.length) items.push({ label: entry.title.source ?? entry.title.target, translations: { [lang]: entry.title.target }, items: self ? [self, ...children] : children });
      else if (self) items.push(self);
    }
    return items;
  };
  return level(0);
}

const page = (side: SourceSide): string => `---\ntitle: ${JSON.stringify(side.title)}\n${side.description ? `description: ${JSON.stringify(side.description)}\n` : ''}---\n\n${absoluteImages(side.body)}`;

/**
 * Makes the Starlight install `dir` a project of the sxs sources under `content` (its `src/` and
 * config replaced). The project lives beside its own node_modules: Vite leaves packages resolved
 * from outside a project's root unbundled, and Starlight's middleware then fails to import
 * Astro's virtual modules.
 */
export function starlightProject(dir: string, content: string): void {
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(join(dir, 'src'), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const files = markdownFiles(content);
  const sources = pageFiles(content, files);
  const pages = new Map<string, SidebarPage>();
  const locales = new Map<string, string>([['en', 'en']]);
  for (const file of sources) {
    const slug = basename(file).replace(/\.md$/i, '').toLowerCase();
    const split = splitSource(readFileSync(file, 'utf8'), { file });
    const lang = languageOf(split.target.locale);
    locales.set(lang, split.target.locale);
    for (const [key, side] of [[lang, split.target], ['en', split.source]] as const) {
      if (!side) continue;
      mkdirSync(join(docs, key), { recursive: true });
      writeFileSync(join(docs, key, `${slug}.md`), page(side));
    }
    pages.set(slug, { lang, ...(split.source ? { english: split.source.title } : {}) });
  }
  const toc = files.filter((f) => isTocFile(f)).sort((a, b) => a.split('/').length - b.split('/').length)[0];
  const tocLang = [...locales.keys()].find((l) => l !== 'en') ?? 'en';
  const sidebar = toc ? tocSidebar(parseToc(readFileSync(toc), { file: toc }).entries, pages, tocLang) : [];
  const config = {
    title: 'Bench',
    defaultLocale: 'en',
    locales: Object.fromEntries([...locales].map(([key, lang]) => [key, { label: key, lang }])),
    sidebar,
  };
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight(${JSON.stringify(config)})] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
}
