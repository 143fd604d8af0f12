// Every kind of page the site has, in each language, as the browser tests visit them: which
// built site holds it (the seed or the corpus) and the status its URL answers with.
export type SiteName = 'seed' | 'corpus';

export interface PageType {
  name: string;
  site: SiteName;
  /** URL path on the served site. */
  path: string;
  /** HTTP status of the document: 404 for the not-found pages. */
  status: number;
}

export const PRODUCT = 'competency-cloud-productivity';
/** A corpus page with no requirements, so no checker. */
export const PLAIN = 'billing';

export const PAGE_TYPES: PageType[] = [
  { name: 'home', site: 'seed', path: '/', status: 200 },
  { name: '404 (host)', site: 'seed', path: '/no-such-page/', status: 404 },
  ...['de', 'en'].flatMap((lang): PageType[] => [
    { name: `index (${lang})`, site: 'seed', path: `/${lang}/`, status: 200 },
    { name: `competency page (${lang})`, site: 'seed', path: `/${lang}/${PRODUCT}/`, status: 200 },
    { name: `plain docs page (${lang})`, site: 'corpus', path: `/${lang}/${PLAIN}/`, status: 200 },
    { name: `404 (${lang})`, site: 'seed', path: `/${lang}/no-such-page/`, status: 404 },
  ]),
];
