import { defineCollection } from 'astro:content';
import { sxsLoader } from './site/sxs-loader';

export const collections = {
  pages: defineCollection({ loader: sxsLoader() }),
};
