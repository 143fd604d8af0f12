// The language switcher's entries: the page's languages by name in their own language, the
// current one marked, and whether they fit inline or need a menu (more than fit a phone's header).
import { languageName } from '../site/site-data.js';

export interface LanguageLink {
  lang: string;
  locale: string;
  path: string;
  /** The language's name in that language (`Deutsch`, `日本語`). */
  name: string;
  current: boolean;
}

export interface LanguageLinksOptions {
  /** Up to this many languages (the current one included) are shown inline; more go into a menu. Default: 2. */
  inline?: number;
}

export interface LanguageLinks {
  links: LanguageLink[];
  /** The current language's entry, when the page is one of `alternates`. */
  current?: LanguageLink;
  /** True when the languages go into a menu (a disclosure) rather than inline. */
  menu: boolean;
}

/** The switcher's entries for a page in `lang`; none when the page exists in one language only. */
export function languageLinks(lang: string, alternates: ReadonlyArray<{ lang: string; locale: string; path: string }>, options: LanguageLinksOptions = {}): LanguageLinks {
  if (alternates.length < 2) return { links: [], menu: false };
  const links = alternates.map((a) => ({ ...a, name: languageName(a.lang), current: a.lang === lang }));
  return { links, current: links.find((l) => l.current), menu: links.length > (options.inline ?? 2) };
}
