// What routes need from the collection: pages by language, the site's languages, and
// the per-language listing. Kept out of .astro files so it can be tested.
import type { PageData } from './sxs-loader.js';

export interface Page {
  id: string;
  data: PageData;
}

/** Languages that have pages, translations first and English last. */
export function siteLanguages(pages: Page[]): Array<{ lang: string; locale: string }> {
  const seen = new Map<string, string>();
  for (const p of pages) if (!seen.has(p.data.lang)) seen.set(p.data.lang, p.data.locale);
  return [...seen.entries()]
    .map(([lang, locale]) => ({ lang, locale }))
    .sort((a, b) => (a.lang === 'en' ? 1 : b.lang === 'en' ? -1 : a.lang.localeCompare(b.lang)));
}

/** A language's pages, competency pages first, each group by title in that language. */
export function listing(pages: Page[], lang: string): { competencies: Page[]; other: Page[] } {
  const mine = pages.filter((p) => p.data.lang === lang);
  const collator = new Intl.Collator(lang);
  const byTitle = (a: Page, b: Page) => collator.compare(a.data.title, b.data.title);
  return {
    competencies: mine.filter((p) => p.data.kind === 'competency').sort(byTitle),
    other: mine.filter((p) => p.data.kind === 'doc').sort(byTitle),
  };
}

/**
 * The order a reader pages through a language's pages (previous / next): the TOC's order when
 * the folder has one, then the pages it does not list, in the index's order.
 */
export function readingOrder(pages: Page[], lang: string, nav: Array<{ href?: string }> = []): Page[] {
  const { competencies, other } = listing(pages, lang);
  const listed = [...competencies, ...other];
  const bySlug = new Map(listed.map((p) => [`/${lang}/${p.data.slug}/`, p]));
  const inToc = [...new Set(nav.map((e) => e.href?.replace(/#.*$/, '')).filter((h): h is string => !!h && bySlug.has(h)))].map((h) => bySlug.get(h)!);
  return [...inToc, ...listed.filter((p) => !inToc.includes(p))];
}

/** `fn(arg)` computed once per argument: Intl objects are slow to make and every page asks for the same few. */
function once<T>(fn: (arg: string) => T): (arg: string) => T {
  const kept = new Map<string, T>();
  return (arg) => {
    if (!kept.has(arg)) kept.set(arg, fn(arg));
    return kept.get(arg)!;
  };
}

/** The name of a language in that language: `de` → `Deutsch`. */
export const languageName = once((lang: string): string => {
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
});

const dateFormat = once((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** A source last updated more than a year before `now` (the build): its page says so near its title. */
export function isOld(iso: string, now: Date = new Date()): boolean {
  const then = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(then) && now.getTime() - then > 365 * 24 * 3600 * 1000;
}

/** `2017-07-07` for a German reader → `7. Juli 2017`. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(locale).format(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}

