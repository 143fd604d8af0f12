// Builds the site from a content folder into .test-dist/<name>, once per test run, and
// serializes concurrent builds (Astro's content cache is shared by the project).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ROOT } from './shared.ts';

const OUT = join(ROOT, '.test-dist');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withLock<T>(fn: () => T): T {
  mkdirSync(OUT, { recursive: true });
  const lock = join(OUT, '.lock');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than ten minutes is left over from a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (i > 1200) throw new Error('Timed out waiting for another test build of the site');
      sleep(500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `withLock` for work that waits on other processes (a dev server): polls for the lock without blocking the event loop. */
export async function withLockAsync<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(OUT, { recursive: true });
  const lock = join(OUT, '.lock');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      if (i > 1200) throw new Error('Timed out waiting for another test build of the site');
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Removes builds left by test runs that ended more than an hour ago. */
function pruneOldRuns(): void {
  for (const name of readdirSync(OUT)) {
    const path = join(OUT, name);
    if (name.startsWith('run-') && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

/** Path of a site built from `contentDir`, building it if this run has not yet. Each run builds into its own folder, so runs never read each other's half-built sites. */
export function builtSite(name: string, contentDir: string): string {
  const run = inject('runId');
  const dir = join(OUT, `run-${run}`, name);
  const stamp = join(OUT, `run-${run}`, `${name}.source`);
  return withLock(() => {
    pruneOldRuns();
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === contentDir && existsSync(dir)) return dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', dir], {
      cwd: ROOT,
      // Vitest sets NODE_ENV=test; a test build must be the build readers get.
      env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(stamp, contentDir);
    return dir;
  });
}

/** The HTML of a built page, by URL path (`de/competency-cloud-productivity`). */
export function readPage(site: string, path: string): string {
  return readFileSync(join(site, path, 'index.html'), 'utf8');
}
