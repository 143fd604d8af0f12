// The content loaders' pipeline (`loader-runtime.ts`), shared through the process: the config
// loads it with Node (`prebuild.ts`), and the loaders, which Vite loads, use that copy.
import type * as Runtime from './loader-runtime.js';

const KEY = Symbol.for('tandem.loader-runtime');

export const shareRuntime = (runtime: typeof Runtime): void => {
  (globalThis as Record<symbol, unknown>)[KEY] = runtime;
};

export const sharedRuntime = (): typeof Runtime | undefined => (globalThis as Record<symbol, unknown>)[KEY] as typeof Runtime | undefined;
