import { defineCollection } from 'astro:content';
import { PageData, sxsLoader } from './site/sxs-loader';

export const collections = {
  pages: defineCollection({ loader: sxsLoader(), schema: PageData }),
};
