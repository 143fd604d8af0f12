// JSON Schema of the published requirement models: /data/schema.json.
import type { APIRoute } from 'astro';
import { competencyJsonSchema } from '../../requirements/model.js';
import { publishJson } from '../../site/publish-json.js';

export const GET: APIRoute = () =>
  new Response(publishJson({ $id: '/data/schema.json', title: 'Tandem competency requirement model', ...competencyJsonSchema() }), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
