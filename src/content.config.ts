import { defineCollection } from 'astro:content';
import { NavData, PageData, SourceData, navLoader, sourcesLoader, sxsLoader } from './site/sxs-loader';

export const collections = {
  pages: defineCollection({ loader: sxsLoader(), schema: PageData }),
  nav: defineCollection({ loader: navLoader(), schema: NavData }),
  sources: defineCollection({ loader: sourcesLoader(), schema: SourceData }),
};
