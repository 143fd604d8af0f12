// The localization report as data: /data/qa.json, every source file with its problems and the
// counts, for scripts and dashboards (the same findings as the QA pages and the terminal).
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { countDiagnostics } from '../../qa/summarize-diagnostics.js';
import { publishJson } from '../../site/publish-json.js';

export const GET: APIRoute = async () => {
  const files = (await getCollection('sources')).map((s) => s.data).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const all = files.flatMap((f) => f.diagnostics);
  const byRule: Record<string, number> = {};
  for (const d of [...all].sort((a, b) => a.ruleId.localeCompare(b.ruleId))) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  const report = {
    counts: countDiagnostics(all),
    byRule,
    fileCount: files.length,
    files: files.map((f) => ({ file: f.file, kind: f.kind, lang: f.lang, ...(f.kind === 'page' && f.slug ? { page: `/${f.lang}/${f.slug}/` } : {}), counts: countDiagnostics(f.diagnostics), diagnostics: f.diagnostics.map(({ place, ...d }) => ({ ...d, line: place.line, column: place.column })) })),
  };
  return new Response(publishJson(report), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
