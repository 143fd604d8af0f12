// The Astro config and the pipeline it loads run in Node as they are (`ts-resolve.ts`): Astro
// then needs no Vite server to read the config, and the content loaders use this one copy of the
// pipeline (`shared-runtime.ts`). A change that breaks this (syntax Node cannot strip, an import
// Node cannot resolve) would only make the build slower, silently; this test names it.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/shared.ts';

describe('the Astro config in Node', () => {
  it('loads without Vite, and shares the pipeline for the content loaders', () => {
    const script = `const config = (await import('./astro.config.mjs')).default;
      const names = config.integrations.flat().map((i) => i.name);
      await config.integrations.flat().find((i) => i.name === 'tandem-prebuild').hooks['astro:config:setup']({ command: 'preview', config: { cacheDir: new URL('file:///nonexistent/') } });
      const runtime = globalThis[Symbol.for('tandem.loader-runtime')];
      console.log(JSON.stringify({ first: names[0], siteFor: typeof runtime?.siteFor }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ first: 'tandem-prebuild', siteFor: 'function' });
  });
});
