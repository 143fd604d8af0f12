// The site's navigation per language, from the folder's `TOC.md`: one entry per TOC heading, in
// the TOC's order, its depth kept. Titles stay those of the TOC in its language; the English
// side gets the same tree with the English titles of the pages it links.
import { basename, dirname, resolve } from 'node:path';
import { languageOf } from '../i18n/language-of.js';
import type { Sources } from '../sxs/read-sources.js';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import type { PageAddress } from './build-pages.js';
import { plainText } from './plain-text.js';
import { PagePaths, relativeRef } from './resolve-sources.js';

export interface NavEntry {
  depth: number;
  title: string;
  /** The page's URL, when the entry links to a page of the site. */
  href?: string;
  /** Language of the title when it is not the navigation's own (a group title or page with no English). */
  lang?: string;
}

export interface NavItem extends NavEntry {
  children: NavItem[];
}

export interface NavigationOptions {
  /** What the TOC files' and documents' names are relative to. Default: the working directory. */
  root?: string;
}

type Toc = Sources['tocs'][number];

/** The navigation of each language that has a TOC (and English, from the first of them), and the TOC's broken links. */
export function buildNavigation(tocs: Toc[], addresses: Map<AlignedDocument, PageAddress>, options: NavigationOptions = {}): { nav: Map<string, NavEntry[]>; diagnostics: Diagnostic[] } {
  const root = options.root ?? process.cwd();
  const pages = new PagePaths<AlignedDocument>();
  for (const doc of addresses.keys()) pages.add(resolve(root, doc.file), doc);
  const tocAt = new PagePaths<Toc>();
  for (const toc of tocs) tocAt.add(resolve(root, toc.file), toc);
  const diagnostics: Diagnostic[] = [];

  const entries = (toc: Toc, lang: string, shift: number, seen: Set<Toc>): NavEntry[] =>
    toc.entries.flatMap((e): NavEntry[] => {
      const depth = e.depth + shift;
      const ref = e.href === undefined ? undefined : relativeRef(resolve(root, toc.file), e.href);
      const sub = ref && tocAt.get(ref.path);
      const title = (text: string, page?: AlignedDocument) => ({ title: text, ...(lang === 'en' && !page ? { lang: languageOf(toc.locale ?? 'und') } : {}) });
      // A link to another TOC.md (DocFX's sub-tables) puts its entries below this one.
      if (sub && !seen.has(sub)) {
        const head: NavEntry = lang === 'en' && e.title.source ? { depth, title: e.title.source } : { depth, ...title(e.title.target) };
        return [head, ...entries(sub, lang, depth, new Set([...seen, sub]))];
      }
      const doc = ref && pages.get(ref.path);
      // DocFX's YAML landing page (`index.yml`) stands for the language's home: the site's index.
      if (!doc && ref && /^index\.ya?ml$/i.test(basename(ref.path))) {
        const home = lang === 'en' ? '/en/' : `/${lang}/`;
        return [lang === 'en' && e.title.source ? { depth, title: e.title.source, href: home } : { depth, ...title(e.title.target), href: home }];
      }
      if (e.href !== undefined && !doc && lang !== 'en' && !sub) {
        // Another YAML page is a kind of page the site does not build: a note, not a broken link.
        const yaml = ref !== undefined && /\.ya?ml$/i.test(ref.path);
        diagnostics.push({ file: toc.file, place: e.place, severity: yaml ? 'info' : 'warning', ruleId: 'link-missing-page', reason: `Unexpected table of contents entry for \`${e.href}\`, ${yaml ? 'a YAML page the site does not build' : 'a page that is not in the content folder'}, expected a page of the folder`, hint: 'Correct the file name or add the page; the entry is shown without a link meanwhile.' });
      }
      if (!doc) return [lang === 'en' && e.title.source ? { depth, title: e.title.source } : { depth, ...title(e.title.target) }];
      const to = addresses.get(doc)!;
      if (lang !== 'en') return [{ depth, title: e.title.target, href: `/${to.lang}/${to.slug}/${ref!.hash}` }];
      if (!to.english) return [{ depth, title: e.title.target, lang: to.lang, href: `/${to.lang}/${to.slug}/${ref!.hash}` }];
      // An entry for a section of a page takes that heading's English text.
      const heading = ref!.hash ? doc.headings.find((h) => h.anchor === ref!.hash.slice(1))?.source : undefined;
      return [{ depth, title: heading || plainText(doc.title.source) || e.title.source || e.title.target, href: `/en/${to.slug}/${ref!.hash}` }];
    });

  // Sub-tables are found first, so only top-level TOCs make a language's navigation.
  const byLang = new Map<string, Toc[]>();
  for (const toc of tocs) {
    if (!toc.locale) continue;
    const lang = languageOf(toc.locale);
    byLang.set(lang, [...(byLang.get(lang) ?? []), toc]);
  }
  const nav = new Map<string, NavEntry[]>();
  const langs = [...byLang.keys()].sort();
  const tops = (lang: string) => byLang.get(lang)!.filter((t) => !isInsideOther(t, byLang.get(lang)!, root));
  for (const lang of langs) nav.set(lang, tops(lang).flatMap((t) => entries(t, lang, 0, new Set([t]))));
  if (langs.length > 0) nav.set('en', tops(langs[0]!).flatMap((t) => entries(t, 'en', 0, new Set([t]))));
  return { nav, diagnostics };
}

/** A TOC in a folder below another TOC of the same language is a sub-table, not a navigation of its own. */
function isInsideOther(toc: Toc, all: Toc[], root: string): boolean {
  const dir = dirname(resolve(root, toc.file));
  return all.some((other) => other !== toc && dir.startsWith(dirname(resolve(root, other.file)) + '/'));
}

/** The flat entries as a tree: each entry holds the deeper ones that follow it. */
export function navTree(entries: NavEntry[]): NavItem[] {
  const top: NavItem[] = [];
  const stack: NavItem[] = [];
  for (const e of entries) {
    const item: NavItem = { ...e, children: [] };
    while (stack.length && stack.at(-1)!.depth >= e.depth) stack.pop();
    (stack.at(-1)?.children ?? top).push(item);
    stack.push(item);
  }
  return top;
}
