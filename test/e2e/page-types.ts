// Every kind of page the site has, in each language, as the browser tests visit them: which
// built site holds it (the seed or the corpus) and the status its URL answers with. Without
// the corpus beside the checkout its pages are left out (shared.ts says so once).
import { hasCorpus } from '../helpers/shared.ts';

export type SiteName = 'seed' | 'corpus' | 'multilingual' | 'hololens';

export interface PageType {
  name: string;
  site: SiteName;
  /** URL path on the served site. */
  path: string;
  /** HTTP status of the document: 404 for the not-found pages. */
  status: number;
  /** The built HTML file that answers, relative to the site folder. */
  file: string;
  /** What a reader can change on the page: the side-by-side toggle, the checker. */
  controls: Array<'side-by-side' | 'checker'>;
}

export const PRODUCT = 'competency-cloud-productivity';
/** A corpus page with no requirements, so no checker. */
export const PLAIN = 'billing';

const ALL_PAGE_TYPES: PageType[] = [
  { name: 'home', site: 'seed', path: '/', status: 200, file: 'index.html', controls: [] },
  { name: '404 (host)', site: 'seed', path: '/no-such-page/', status: 404, file: '404.html', controls: [] },
  ...['de', 'en'].flatMap((lang): PageType[] => [
    { name: `index (${lang})`, site: 'seed', path: `/${lang}/`, status: 200, file: `${lang}/index.html`, controls: [] },
    { name: `competency page (${lang})`, site: 'seed', path: `/${lang}/${PRODUCT}/`, status: 200, file: `${lang}/${PRODUCT}/index.html`, controls: ['side-by-side', 'checker'] },
    { name: `plain docs page (${lang})`, site: 'corpus', path: `/${lang}/${PLAIN}/`, status: 200, file: `${lang}/${PLAIN}/index.html`, controls: ['side-by-side'] },
    { name: `404 (${lang})`, site: 'seed', path: `/${lang}/no-such-page/`, status: 404, file: `${lang}/404/index.html`, controls: [] },
  ]),
  // French and Japanese: the interface in the page's language, from their catalogues.
  ...['fr', 'ja'].flatMap((lang): PageType[] => [
    { name: `index (${lang})`, site: 'multilingual', path: `/${lang}/`, status: 200, file: `${lang}/index.html`, controls: [] },
    { name: `competency page (${lang})`, site: 'multilingual', path: `/${lang}/${PRODUCT}/`, status: 200, file: `${lang}/${PRODUCT}/index.html`, controls: ['side-by-side', 'checker'] },
  ]),
];

export const PAGE_TYPES = ALL_PAGE_TYPES.filter((p) => p.site !== 'corpus' || hasCorpus);

/** The sites the page types need. */
export const SITES: SiteName[] = [...new Set(PAGE_TYPES.map((p) => p.site))];
