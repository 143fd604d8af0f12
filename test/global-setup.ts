// Marks the start of a test run, so sites built for tests are built once per run and
// shared by the files that need them (see test/helpers/built-site.ts).
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    runId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('runId', String(Date.now()));
}
