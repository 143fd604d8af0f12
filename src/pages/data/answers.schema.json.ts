// JSON Schema of the answers `npm run check` reads: /data/answers.schema.json.
import type { APIRoute } from 'astro';
import { answersJsonSchema } from '../../eligibility/public-answers.js';
import { publishJson } from '../../site/publish-json.js';

export const GET: APIRoute = () =>
  new Response(publishJson({ $id: '/data/answers.schema.json', title: 'Tandem checker answers', ...answersJsonSchema() }), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
