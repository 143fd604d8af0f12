// The language part of a locale tag (`de-DE` → `de`): the URL segment of a page, the key of
// its UI catalogue, the language QA rules reason about. Kept free of imports so the Astro
// config can use it before anything else loads.
export const languageOf = (locale: string): string => locale.toLowerCase().split(/[-_]/)[0] || locale.toLowerCase();
