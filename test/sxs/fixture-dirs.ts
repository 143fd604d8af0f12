// The fixture folders of the parser's tests: `test/fixtures/<kind>-<case>/input.md`.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/shared.ts';

export const FIXTURES = join(ROOT, 'test', 'fixtures');

export interface Fixture {
  name: string;
  dir: string;
  /** The input's path relative to the checkout, as diagnostics name it. */
  file: string;
}

export function fixtures(kind: 'broken' | 'hostile' | 'edge'): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith(`${kind}-`))
    .map((d) => d.name)
    .sort()
    .map((name) => ({ name, dir: join(FIXTURES, name), file: relative(ROOT, join(FIXTURES, name, 'input.md')) }));
}
