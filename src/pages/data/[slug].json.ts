// The requirement model of each competency page, for anyone to reuse: /data/<slug>.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { publishJson } from '../../site/publish-json.js';

export const getStaticPaths = (async () => {
  const pages = await getCollection('pages');
  const withModel = pages.filter((p) => p.data.side === 'target' && p.data.model);
  return withModel.map((p) => ({ params: { slug: p.data.slug }, props: { model: p.data.model } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(publishJson(props.model), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
