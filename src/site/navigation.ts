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
  /**
   * Entries one language's navigation may hold once sub-tables are expanded; a sub-table that
   * would pass it shows as its heading alone (a top-level TOC's own entries are always kept).
   * Default: 2,000.
   */
  maxEntries?: number;
}

/** The finding at the TOC entry whose sub-table would pass the navigation's budget. */
const overBudget = (toc: Toc, place: Toc['entries'][number]['place'], max: number): Diagnostic => ({
  file: toc.file,
  place,
  severity: 'error',
  ruleId: 'toc-over-budget',
  reason: `Unexpected table of contents link past what one navigation may hold (${max.toLocaleString('en')} entries), expected each sub-table linked a bounded number of times`,
  hint: 'Link each sub-table once; this entry and later sub-tables past the limit show as their heading alone.',
});

type Toc = Sources['tocs'][number];

/** The navigation of each language that has a TOC (and English, from the first of them), and the TOC's broken links. */
export function buildNavigation(tocs: Toc[], addresses: Map<AlignedDocument, PageAddress>, options: NavigationOptions = {}): { nav: Map<string, NavEntry[]>; diagnostics: Diagnostic[] } {
  const root = options.root ?? process.cwd();
  const pages = new PagePaths<AlignedDocument>();
  for (const doc of addresses.keys()) pages.add(resolve(root, doc.file), doc);
  const tocAt = new PagePaths<Toc>();
  for (const toc of tocs) tocAt.add(resolve(root, toc.file), toc);
  const diagnostics: Diagnostic[] = [];
  const max = options.maxEntries ?? 2_000;
  // Entries left in the navigation being built; a TOC may link one sub-table many times per level.
  let left = max;
  let reported = false;
  const fits = (toc: Toc, sub: Toc, place: Toc['entries'][number]['place']): boolean => {
    if (sub.entries.length <= left) {
      left -= sub.entries.length;
      return true;
    }
    if (!reported) diagnostics.push(overBudget(toc, place, max));
    reported = true;
    return false;
  };
  const navigation = (top: Toc[], lang: string): NavEntry[] => {
    left = max;
    // The English navigation repeats the first language's tree: its findings are that one's.
    reported = lang === 'en';
    // A top-level table's own entries are as many as its lines: counted, never cut.
    return top.flatMap((t) => {
      left -= t.entries.length;
      return entries(t, lang, 0, new Set([t]));
    });
  };

  const entries = (toc: Toc, lang: string, shift: number, seen: Set<Toc>): NavEntry[] =>
    toc.entries.flatMap((e): NavEntry[] => {
      const depth = e.depth + shift;
      const ref = e.href === undefined ? undefined : relativeRef(resolve(root, toc.file), e.href);
      const sub = ref && tocAt.get(ref.path);
      const title = (text: string, page?: AlignedDocument) => ({ title: text, ...(lang === 'en' && !page ? { lang: languageOf(toc.locale ?? 'und') } : {}) });
      // A link to another TOC.md (DocFX's sub-tables) puts its entries below this one.
      if (sub && !seen.has(sub)) {
        const head: NavEntry = lang === 'en' && e.title.source ? { depth, title: e.title.source } : { depth, ...title(e.title.target) };
        return fits(toc, sub, e.place) ? [head, ...entries(sub, lang, depth, new Set([...seen, sub]))] : [head];
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
  for (const lang of langs) nav.set(lang, navigation(tops(lang), lang));
  if (langs.length > 0) nav.set('en', navigation(tops(langs[0]!), 'en'));
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
