// Turns a folder of sxs sources into the site's pages: for each source, its translated
// page and its English page, rendered, with what the layout needs (titles, headings,
// alternates, dates). Pure apart from reading the files, so it is tested without Astro.
import { basename } from 'node:path';
import type { AlignedDocument, Diagnostic } from '../sxs/types.js';
import { renderDocument, type Side } from '../render/render-document.js';
import { displayPath } from './content-dir.js';
import { languageOf } from '../i18n/language-of.js';
import { plainText } from './plain-text.js';
import { readSources, type Sources } from '../sxs/read-sources.js';
import type { Competency } from '../requirements/model.js';

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
  /** The page's requirement model, when it states requirements. */
  model?: Competency;
  /** Problems found in the source (on the translated page only, so each is listed once). */
  diagnostics: Diagnostic[];
  html: string;
}

export interface SiteBuild {
  docs: AlignedDocument[];
  pages: PageEntry[];
  diagnostics: Diagnostic[];
}

export interface BuildOptions {
  /** Notes to show after segments, per source file (e.g. translation disagreements). Default: none. */
  notesFor?: (doc: AlignedDocument, side: Side) => Map<string, string> | undefined;
  /** Requirement models by source file; pages with one get the checker. Default: none. */
  models?: Map<string, Competency>;
  /** Diagnostics by source file, kept on the translated page for the editors' report. Default: none. */
  diagnostics?: Diagnostic[];
}

/** A source's page name: its file name without `.md`. */
export const slugOf = (file: string): string => basename(file).replace(/\.md$/, '');

/** `07/07/2017` (as the sources write it) → `2017-07-07`. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (m) return `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined;
}

/** Makes links between source files point at the same language's page. */
export function linkResolver(lang: string, slugs: Set<string>): (href: string) => string | undefined {
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return undefined;
    const m = /^(?:\.\/)?([^/?#]+)\.md(#.*)?$/.exec(href);
    if (!m || !slugs.has(m[1]!)) return undefined;
    return `/${lang}/${m[1]}/${m[2] ?? ''}`;
  };
}

/** Every source under a folder, parsed, named as editors know them. */
export const parseFolder = (dir: string, root: string = process.cwd()): Sources => readSources(dir, { name: (file) => displayPath(file, root) });

/** Builds every page of the site from parsed documents. */
export function buildPages(docs: AlignedDocument[], options: BuildOptions = {}): PageEntry[] {
  const slugs = new Set(docs.map((d) => slugOf(d.file)));
  const pages: PageEntry[] = [];
  const englishDone = new Set<string>();
  for (const doc of docs) {
    const slug = slugOf(doc.file);
    const targetLang = languageOf(doc.locales.target);
    const sides: Array<[Side, string, string]> = [[ 'target', targetLang, doc.locales.target ]];
    // One English page per slug, even when several locales translate it.
    if (!englishDone.has(slug)) {
      sides.push(['source', languageOf(doc.locales.source), doc.locales.source]);
      englishDone.add(slug);
    }
    for (const [side, lang, locale] of sides) {
      const html = renderDocument(doc, {
        side,
        langs: { target: doc.locales.target, source: doc.locales.source },
        resolveLink: linkResolver(lang, slugs),
        notes: options.notesFor?.(doc, side),
      });
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
        ...(options.models?.get(doc.file) ? { model: options.models.get(doc.file) } : {}),
        diagnostics: side === 'target' ? (options.diagnostics ?? []).filter((d) => d.file === doc.file) : [],
        html,
      });
    }
  }
  for (const page of pages) {
    page.alternates = pages.filter((p) => p.slug === page.slug).map((p) => ({ lang: p.lang, locale: p.locale, title: p.title }));
  }
  return pages;
}
