// Lets Node run the project's TypeScript as it is (its syntax is erasable: `erasableSyntaxOnly`
// in tsconfig.json), for the Astro config and the build's worker threads: the sources import
// each other by `.js` names, as TypeScript and Vite read them, and this hook maps such a name to
// its `.ts` file. Only Node's own modules may be imported here.
import { registerHooks } from 'node:module';

const KEY = Symbol.for('tandem.ts-resolve');

/** Registers the hook once per thread. */
export function resolveTsImports(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[KEY]) return;
  flags[KEY] = true;
  registerHooks({
    resolve(specifier, context, next) {
      if (specifier.endsWith('.js') && /^\.\.?\//.test(specifier) && context.parentURL?.startsWith('file:') && context.parentURL.endsWith('.ts')) {
        try {
          return next(`${specifier.slice(0, -3)}.ts`, context);
        } catch {
          // A real `.js` file: resolved below.
        }
      }
      return next(specifier, context);
    },
  });
}
