// Turns a folder of sxs sources into the site's pages: for each source, its translated
// page and its English page (none for a page without pairs), rendered, with what the layout
// needs (titles, headings, alternates, dates), links between sources pointing at the same
// language's page. Pure apart from reading the files, so it is tested without Astro.
import { basename, dirname, resolve } from 'node:path';
import type { AlignedDocument, Diagnostic, Place } from '../sxs/types.js';
import { DEFAULT_INCLUDE_BUDGET, renderDocument, type IncludeBudget, type Side } from '../render/render-document.js';
import { displayPath } from './content-dir.js';
import { languageOf } from '../i18n/language-of.js';
import { uiLang, useTranslations } from '../i18n/index.js';
import { plainText } from './plain-text.js';
import { readSources, type Sources } from '../sxs/read-sources.js';
import { findReferences } from './find-references.js';
import { PagePaths, isPageRef, mediaUrl, relativeRef } from './resolve-sources.js';
import type { Competency } from '../requirements/model.js';
import { mediaFiles } from './content-media.js';
import { holdsControl } from '../util/terminal-text.js';
import { hashOf, memoOf, type SourceCache } from './source-cache.js';
import type { SourceComparison } from '../source-changes/compare-source.js';
import type { RequirementChange } from '../source-changes/current-requirements.js';
import { outdatedCounts, pageChanges, type OutdatedCounts, type PageChanges } from '../source-changes/page-changes.js';

export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface PageEntry {
  /** `de/competency-cloud-productivity` */
  id: string;
  lang: string;
  locale: string;
  side: Side;
  slug: string;
  title: string;
  description: string;
  headings: PageHeading[];
  /** The same page in every language of the site, this one included. */
  alternates: Array<{ lang: string; locale: string; title: string }>;
  kind: 'competency' | 'doc';
  /** ISO date of `ms.lasthandoff`, when the source has one. */
  lastHandoff?: string;
  sourcePath: string;
  segmentCount: number;
  /** Sentences out of date against the current English (`ENGLISH_DIR`), when the build compares. */
  outdated?: OutdatedCounts;
  /** Requirement sentences whose English changed since translation; the model is then read from the current English. */
  requirementChanges?: RequirementChange[];
  /** The page's requirement model, when it states requirements. */
  model?: Competency;
  /** Problems found in the source (the same on each language's page of it). */
  diagnostics: Diagnostic[];
  html: string;
}

export interface BuildOptions {
  /** Notes to show after segments, per source file (e.g. translation disagreements). Default: none. */
  notesFor?: (doc: AlignedDocument, side: Side) => Map<string, string> | undefined;
  /** What became of each source's English in the current English, per source file. Default: none. */
  changes?: Map<string, SourceComparison>;
  /** Changed requirement sentences per source file (its model then read from the current English). Default: none. */
  requirementChanges?: Map<string, RequirementChange[]>;
  /** Requirement models by source file; pages with one get the checker. Default: none. */
  models?: Map<string, Competency>;
  /** Diagnostics by source file, kept on that file's pages for the editors' report. Default: none. */
  diagnostics?: Diagnostic[];
  /** What the documents' file names are relative to. Default: the working directory. */
  root?: string;
  /** The content folder: images below it are served under `/media/`. Default: none, so no image is served. */
  contentDir?: string;
  /** Keeps each page's HTML for an unchanged source in an unchanged folder. Default: none, every page rendered. */
  cache?: SourceCache;
  /** What DocFX includes may add to one page. Default: `DEFAULT_INCLUDE_BUDGET` (100 expansions, 1,000,000 characters). */
  includeBudget?: IncludeBudget;
}

export interface SitePages {
  pages: PageEntry[];
  /** What the build finds across files: page names used twice, links to missing pages, missing images. */
  diagnostics: Diagnostic[];
}

/** A source's page name: its file name without `.md`. */
export const slugOf = (file: string): string => basename(file).replace(/\.md$/i, '');

/** `07/07/2017` (as the sources write it) → `2017-07-07`. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Every source under a folder, parsed (or, with a cache, kept from an earlier build), named as editors know them. */
export const parseFolder = (dir: string, root: string = process.cwd(), cache?: SourceCache): Sources =>
  readSources(dir, { name: (file) => displayPath(file, root), ...(cache ? { document: cache.document.bind(cache) } : {}) });

/** A file below an `includes` folder is a DocFX include: part of the pages that include it, not a page. */
export const isInclude = (file: string): boolean => /(?:^|[\\/])includes[\\/]/i.test(file);

/** A page without any pair has no English side: it is published in its own language only. */
export const isMonolingual = (doc: AlignedDocument): boolean => doc.segments.length === 0;

/** Where each source is published: its language and page name, and whether it has an English page. */
export interface PageAddress {
  lang: string;
  slug: string;
  english: boolean;
}

const diagnostic = (file: string, place: Place, severity: Diagnostic['severity'], ruleId: string, reason: string, hint: string): Diagnostic => ({ file, place, severity, ruleId, reason, hint });
const START: Place = { line: 1, column: 1, offset: 0 };

/**
 * A page name that cannot be a URL segment: empty, `.` or `..` (from `.md`, `..md`, `...md`),
 * holding a character a path or URL reads, or a control or bidi character, which Astro's list of
 * routes would send to the terminal.
 */
const unusableName = (name: string): boolean => /^\.*$/.test(name) || /[\\/?#%]/.test(name) || holdsControl(name);

/**
 * Whether `doc` translates the page whose English `first` publishes: at least half of its English
 * sentences are sentences of that page (a locale may translate an older or shorter version).
 * Otherwise they are two pages that happen to share a name, and one English page would show one
 * of them under the other's translation.
 */
function sameEnglish(first: AlignedDocument, doc: AlignedDocument): boolean {
  const english = new Set(first.segments.map((s) => s.source.text.trim()));
  const shared = doc.segments.filter((s) => english.has(s.source.text.trim())).length;
  return shared * 2 >= doc.segments.length;
}

/**
 * Gives every page its address (includes have none). Two files with one page name in one language are an error
 * naming both: the later one is published under the name with `-2` (`-3` …) added. So are two translations of one
 * name that do not translate one English page (`sameEnglish`), since they would share it; a name that cannot be an
 * address is an error and its file is not published.
 */
export function assignAddresses(docs: AlignedDocument[]): { addresses: Map<AlignedDocument, PageAddress>; diagnostics: Diagnostic[] } {
  const addresses = new Map<AlignedDocument, PageAddress>();
  const diagnostics: Diagnostic[] = [];
  const taken = new Map<string, AlignedDocument>();
  /** The first translation with an English page of each name, to compare the English with. */
  const english = new Map<string, AlignedDocument>();
  /** Whether `doc` can be published as `slug`: the name is free in its language and, for its English page, free or the same English. */
  const free = (doc: AlignedDocument, lang: string, slug: string): boolean => {
    if (taken.has(`${lang}/${slug.toLowerCase()}`)) return false;
    const shared = english.get(slug.toLowerCase());
    return isMonolingual(doc) || !shared || sameEnglish(shared, doc);
  };
  for (const doc of docs) {
    if (isInclude(doc.file)) continue;
    const lang = languageOf(doc.locales.target);
    const name = slugOf(doc.file);
    if (unusableName(name)) {
      diagnostics.push(diagnostic(doc.file, START, 'error', 'sxs-unusable-page-name', `Unexpected file name \`${basename(doc.file)}\` that gives no usable page address, expected a name such as \`my-page.md\``, 'Rename the file; until then it is not published.'));
      continue;
    }
    const bilingual = !isMonolingual(doc);
    let slug = name;
    if (!free(doc, lang, slug)) {
      const first = taken.get(`${lang}/${name.toLowerCase()}`);
      for (let n = 2; !free(doc, lang, slug); n++) slug = `${name}-${n}`;
      if (first) {
        diagnostics.push(diagnostic(doc.file, START, 'error', 'sxs-slug-collision', `Unexpected second page named \`${name}\` in ${doc.locales.target} (\`${doc.file}\` and \`${first.file}\`), expected one file per page name in a language`, `Rename one of the two files; until then this one is published as /${lang}/${slug}/.`));
      } else {
        const other = english.get(name.toLowerCase())!;
        diagnostics.push(diagnostic(doc.file, START, 'error', 'sxs-slug-collision', `Unexpected page named \`${name}\` whose English is not that of \`${other.file}\` (${other.locales.target}), expected translations of one name to translate one English page`, `Rename one of the two files; until then this one and its English are published as /${lang}/${slug}/ and /en/${slug}/.`));
      }
    }
    taken.set(`${lang}/${slug.toLowerCase()}`, doc);
    if (bilingual && !english.has(slug.toLowerCase())) english.set(slug.toLowerCase(), doc);
    addresses.set(doc, { lang, slug, english: bilingual });
  }
  return { addresses, diagnostics };
}

interface Resolver {
  /** Site URL for a link written in `doc` on the page of `lang`, or undefined to keep it. */
  link(doc: AlignedDocument, lang: string, href: string): string | undefined;
  /** The document a DocFX include written in `doc` names. */
  include(doc: AlignedDocument, href: string): AlignedDocument | undefined;
  image(doc: AlignedDocument, src: string): string | undefined;
}

function resolver(docs: AlignedDocument[], addresses: Map<AlignedDocument, PageAddress>, root: string, contentDir?: string): Resolver & { pageAt(path: string): AlignedDocument | undefined } {
  const paths = new PagePaths<AlignedDocument>();
  for (const doc of docs) paths.add(resolve(root, doc.file), doc);
  const abs = (doc: AlignedDocument) => resolve(root, doc.file);
  // Links as the published site wrote them (`/partner-center/page#anchor`): folder and page name.
  const byFolder = new Map(docs.map((d) => [`${basename(dirname(abs(d)))}/${slugOf(d.file)}`.toLowerCase(), abs(d)]));
  const siteRef = (href: string) => {
    const m = /^\/(?:[a-z]{2}-[a-z]{2}\/)?(?:[^/?#]+\/)*?([^/?#]+)\/([^/?#]+?)(?:\.md)?\/?(#[^?]*)?$/i.exec(href.trim());
    const path = m && byFolder.get(`${m[1]}/${m[2]}`.toLowerCase());
    return path ? { path, hash: m![3] ?? '' } : undefined;
  };
  return {
    pageAt: (path) => paths.get(path),
    link(doc, lang, href) {
      const ref = relativeRef(abs(doc), href) ?? siteRef(href);
      const target = ref && paths.get(ref.path);
      const to = target && addresses.get(target);
      if (!ref || !to) return undefined;
      // On the English page, a page with no English side is linked in its own language.
      const toLang = lang === 'en' && to.english ? 'en' : to.lang;
      return `/${toLang}/${to.slug}/${ref.hash}`;
    },
    include(doc, href) {
      const ref = relativeRef(abs(doc), href);
      return ref && paths.get(ref.path);
    },
    image(doc, src) {
      const ref = relativeRef(abs(doc), src);
      return ref && contentDir ? mediaUrl(contentDir, ref) : undefined;
    },
  };
}

/** Links to pages the folder does not have, and images it does not hold: warnings at their place. */
function checkReferences(doc: AlignedDocument, root: string, contentDir: string | undefined, pageAt: (path: string) => AlignedDocument | undefined, resolveImage: (src: string) => string | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const ref of findReferences(doc)) {
    const to = relativeRef(resolve(root, doc.file), ref.href);
    if (!to) continue;
    if (ref.kind === 'link' && isPageRef(to) && !pageAt(to.path)) {
      out.push(diagnostic(doc.file, ref.place, 'warning', 'link-missing-page', `Unexpected link to \`${ref.href}\`, a page that is not in the content folder, expected a page of the folder`, 'Correct the file name, add the page, or link to its published address (https://…).'));
    } else if (ref.kind === 'image' && contentDir && !resolveImage(ref.href)) {
      out.push(diagnostic(doc.file, ref.place, 'warning', 'image-missing', `Unexpected image \`${ref.href}\` that is not in the content folder (or not a PNG, JPEG, GIF, WebP or AVIF file), expected an image beside the sources`, 'Add the image file to the folder; the page shows its alt text meanwhile.'));
    }
  }
  return out;
}

/** A page's view of a comparison with the current English, labelled in the page's interface language. */
function changesOn(comparison: SourceComparison, locale: string): PageChanges {
  const t = useTranslations(locale);
  return pageChanges(comparison, { changed: t('changes.changed'), removed: t('changes.removed'), added: t('changes.added'), lang: uiLang(locale) });
}

/** The finding for a page whose includes would pass their budget, at the include that crossed it. */
const includeOverBudget = (page: AlignedDocument, over: { file: string; place: Place }, budget: IncludeBudget): Diagnostic =>
  diagnostic(over.file, over.place, 'error', 'include-over-budget', `Unexpected include past what one page may expand (${budget.count} includes or ${budget.size.toLocaleString('en')} characters) on the page of \`${page.file}\`, expected includes that add a bounded amount to a page`, 'Include each file once where it is needed instead of including includes many times; this include and the page’s later ones show as links.');

/** Builds every page of the site from parsed documents. */
export function buildPages(docs: AlignedDocument[], options: BuildOptions = {}): SitePages {
  const root = options.root ?? process.cwd();
  const { addresses, diagnostics } = assignAddresses(docs);
  const resolve = resolver(docs, addresses, root, options.contentDir);
  const { cache } = options;
  const memo = memoOf(cache);
  // What a page's links, images and includes resolve to: every page's address, the includes and the images.
  const context = cache
    ? hashOf(
        JSON.stringify([...addresses].map(([d, a]) => [d.file, a.lang, a.slug, a.english])),
        JSON.stringify(docs.filter((d) => isInclude(d.file)).map((d) => cache.keyOf(d) ?? hashOf(d.text))),
        JSON.stringify(options.contentDir ? mediaFiles(options.contentDir) : []),
        root,
        options.contentDir ?? '',
      )
    : '';
  const pages: PageEntry[] = [];
  const englishSlugs = new Set<string>();
  for (const doc of docs) {
    const resolveImage = (src: string, from: AlignedDocument = doc) => resolve.image(from, src);
    diagnostics.push(...memo(doc, `references:${context}`, () => checkReferences(doc, root, options.contentDir, resolve.pageAt, resolveImage)));
    const address = addresses.get(doc);
    if (!address) continue;
    const { lang: targetLang, slug, english } = address;
    const sides: Array<[Side, string, string]> = [['target', targetLang, doc.locales.target]];
    // One English page per name, even when several locales translate it.
    if (english && !englishSlugs.has(slug)) {
      englishSlugs.add(slug);
      sides.push(['source', languageOf(doc.locales.source), doc.locales.source]);
    }
    for (const [side, lang, locale] of sides) {
      const notes = options.notesFor?.(doc, side);
      const comparison = options.changes?.get(doc.file);
      const changes = comparison ? changesOn(comparison, locale) : undefined;
      const rendered = memo(doc, `page:${side}:${lang}:${locale}:${context}:${JSON.stringify(notes ? [...notes] : [])}:${changes ? hashOf(JSON.stringify([[...changes.segments].map(([id, c]) => [id, c.status, c.current?.text]), [...changes.addedAfter]])) : ''}`, () => {
        let over: { file: string; place: Place } | undefined;
        const html = renderDocument(doc, {
          side,
          langs: { target: doc.locales.target, source: doc.locales.source },
          resolveLink: (href, from = doc) => resolve.link(from, lang, href),
          resolveImage,
          resolveInclude: (href, from = doc) => resolve.include(from, href),
          includeBudget: options.includeBudget,
          onIncludeOverBudget: (from, place) => (over = { file: from.file, place }),
          notes,
          ...(changes ? { changes } : {}),
          alertTitle: (kind) => ({ text: useTranslations(locale)(`alert.${kind}`), ...(uiLang(locale) !== lang ? { lang: uiLang(locale) } : {}) }),
        });
        return { html, over };
      });
      const { html, over } = rendered;
      // Both sides stop at the same include: one finding per page.
      if (over && side === 'target') diagnostics.push(includeOverBudget(doc, over, options.includeBudget ?? DEFAULT_INCLUDE_BUDGET));
      pages.push({
        id: `${lang}/${slug}`,
        lang,
        locale,
        side,
        slug,
        title: plainText(doc.title[side]),
        description: plainText(doc.description[side]),
        headings: doc.headings.map((h) => ({ depth: h.depth, slug: h.anchor, text: h[side] })),
        alternates: [],
        kind: slug.startsWith('competency-') ? 'competency' : 'doc',
        lastHandoff: isoDate(doc.frontMatter.data['ms.lasthandoff']),
        sourcePath: doc.file,
        segmentCount: doc.segments.length,
        ...(comparison ? { outdated: outdatedCounts(comparison) } : {}),
        ...(options.requirementChanges?.get(doc.file) ? { requirementChanges: options.requirementChanges.get(doc.file) } : {}),
        ...(options.models?.get(doc.file) ? { model: options.models.get(doc.file) } : {}),
        diagnostics: [],
        html,
      });
    }
  }
  const byFile = Map.groupBy([...(options.diagnostics ?? []), ...diagnostics], (d) => d.file);
  const bySlug = Map.groupBy(pages, (p) => p.slug);
  for (const page of pages) {
    page.alternates = bySlug.get(page.slug)!.map((p) => ({ lang: p.lang, locale: p.locale, title: p.title }));
    page.diagnostics = byFile.get(page.sourcePath) ?? [];
  }
  return { pages, diagnostics };
}
