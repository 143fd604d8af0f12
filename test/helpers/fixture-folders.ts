// Content folders the tests build that are put together from pieces: the multilingual fixture
// is the German product page from content/ plus French, Japanese and Italian translations.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SEED } from './shared.ts';

/** The multilingual fixture folder, written under test-output/ (git-ignored). */
export function multilingualFolder(): string {
  const folder = join(ROOT, 'test-output', 'fixtures', 'site-multilingual');
  cpSync(join(ROOT, 'test', 'fixtures', 'site-multilingual'), folder, { recursive: true });
  mkdirSync(join(folder, 'de-de'), { recursive: true });
  cpSync(SEED, join(folder, 'de-de', 'competency-cloud-productivity.md'));
  return folder;
}
