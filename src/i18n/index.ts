// UI strings for any page language. Catalogues are looked up by the locale's full tag where one
// is written for a region or script (`zh-CN`), else by language subtag (`de-DE` → `de`); a
// language without one falls back to English, and says so via `uiLang` so the page can mark
// those strings `lang="en"`.
import { z } from 'zod';
import type { Catalogue, MessageKey } from './catalogue.js';
import { languageOf } from '../locale/language-of.ts';
import { translator } from '../locale/format-message.ts';
import siteEn from './site/en.js';
import siteDe from './site/de.js';
import checkerEn from './checker/en.js';
import checkerDe from './checker/de.js';
import siteFr from './site/fr.js';
import checkerFr from './checker/fr.js';
import siteJa from './site/ja.js';
import checkerJa from './checker/ja.js';
import siteZhCn from './site/zh-CN.js';
import checkerZhCn from './checker/zh-CN.js';

const catalogues: Record<string, Catalogue> = {
  en: { ...siteEn, ...checkerEn },
  de: { ...siteDe, ...checkerDe },
  fr: { ...siteFr, ...checkerFr },
  ja: { ...siteJa, ...checkerJa },
  'zh-CN': { ...siteZhCn, ...checkerZhCn },
};

/** Rejects a catalogue that lacks a key of the English one or has an extra one. */
export function checkCatalogue(lang: string, catalogue: Record<string, string>): void {
  const keys = Object.keys(catalogues.en!) as [string, ...string[]];
  const shape = Object.fromEntries(keys.map((k) => [k, z.string().min(1)]));
  const result = z.strictObject(shape).safeParse(catalogue);
  if (!result.success) {
    throw new Error(`UI catalogue "${lang}" does not match the English one: ${result.error.issues.map((i) => `${i.path.join('.') || i.message}`).join(', ')}`);
  }
}
for (const [lang, c] of Object.entries(catalogues)) checkCatalogue(lang, c);

export { languageOf };

/** The full tag of a locale as BCP 47 writes it (`zh-cn` → `zh-CN`); the locale as given when it is not one. */
export function canonicalTag(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    return locale;
  }
}

/**
 * The catalogue serving a locale, by its key: the full tag (`zh-CN`), else the language (`de`),
 * else English. Also the `lang` of UI chrome on a page in that locale.
 */
export const uiLang = (locale: string): string => {
  const tag = canonicalTag(locale);
  if (tag in catalogues) return tag;
  return languageOf(locale) in catalogues ? languageOf(locale) : 'en';
};

/** A message key, or the stem of plural keys (`search.results` for `search.results.one`/`.other`). */
type PluralStem<K> = K extends `${infer Stem}.other` ? Stem : never;
export type Translate = (key: MessageKey | PluralStem<MessageKey>, vars?: Record<string, string | number>) => string;

/**
 * A translator for a page locale (src/locale/format-message.ts): `{name}` placeholders are
 * replaced by `vars`; a key with plural forms (`search.results` for `search.results.one` and
 * `.other`) takes a numeric `count`.
 */
export function useTranslations(locale: string): Translate {
  const t = translator(catalogues[uiLang(locale)]!, locale);
  return (key, vars) => t(key, vars);
}

/** All strings of a catalogue whose keys start with `prefix` (e.g. what an island needs). */
export function messagesWithPrefix(locale: string, prefix: string): Record<string, string> {
  const catalogue = catalogues[uiLang(locale)]!;
  return Object.fromEntries(Object.entries(catalogue).filter(([k]) => k.startsWith(prefix)));
}
