// The language part of a locale tag (`de-DE` → `de`, `ja_JP` → `ja`): the one reading of
// language subtags for the whole project (URL segments, UI catalogues, locale profiles, QA).
// Kept free of imports so the Astro config can use it before anything else loads.
export const languageOf = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0] || locale.toLowerCase();
