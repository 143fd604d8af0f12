// The shape of a UI catalogue: English is the reference; every other catalogue must have
// exactly its keys (checked by the type system and, at build time, by `checkCatalogue`).
import type siteEn from './site/en.js';
import type checkerEn from './checker/en.js';

export type SiteCatalogue = Record<keyof typeof siteEn, string>;
export type CheckerCatalogue = Record<keyof typeof checkerEn, string>;
export type Catalogue = SiteCatalogue & CheckerCatalogue;
export type MessageKey = keyof Catalogue;
