// Builds the sources as soon as `astro build` has its configuration, with the pipeline Node has
// loaded for the config (no Vite transform of it, and no second copy): the content loaders,
// which Vite loads, then take this same pipeline (`shared-runtime.ts`) and, through `siteFor`,
// this same build.
import type { AstroIntegration } from 'astro';
import * as runtime from './loader-runtime.js';
import { shareRuntime } from './shared-runtime.js';

export function prebuildSources(dir: string): AstroIntegration {
  return {
    name: 'tandem-prebuild',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        shareRuntime(runtime);
        if (command !== 'build') return;
        try {
          runtime.siteFor(dir, { cache: runtime.sourceCacheFor(runtime.sourceCacheDir(config.cacheDir), false) });
        } catch {
          // Left for the content loaders, which build again and report it where Astro expects.
        }
      },
    },
  };
}
