// Where the tests find the material beside the checkout (`../shared`). A test that needs it
// and cannot find it is skipped with a reason; CI sets TANDEM_REQUIRE_SHARED so a missing
// folder fails there instead of skipping.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus', 'de-de', 'partner-center');
export const SEED = join(ROOT, 'content', 'de-de', 'competency-cloud-productivity.md');

export const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) {
  if (process.env.TANDEM_REQUIRE_SHARED) throw new Error(`The corpus is required here but missing: ${CORPUS}`);
  console.warn(`[skip] corpus tests: ${CORPUS} not found (it sits beside the checkout as ../shared).`);
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(CORPUS, f));
}
