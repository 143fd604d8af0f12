// How long an editor waits in the dev server: from saving a source to the first request of its
// page that shows the change, on a folder of a given size.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './figures.ts';
import { freePort } from '../../test/helpers/free-port.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? await res.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls `url` until its body contains `text`; milliseconds waited, or undefined after `limit` ms. */
async function until(url: string, text: string, limit: number): Promise<number | undefined> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    if ((await get(url))?.includes(text)) return performance.now() - start;
    await sleep(20);
  }
  return undefined;
}

export interface DevEditOptions {
  root: string;
  content: string;
  /** A page source of the folder, and the address of its translated page. */
  file: string;
  page: string;
  runs: number;
}

export async function benchDevEdit(options: DevEditOptions): Promise<void> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(join(options.root, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: options.root,
    env: { ...process.env, CONTENT_DIR: options.content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `${origin}${options.page}`;
    const ready = await until(url, '</html>', 600_000);
    if (ready === undefined) throw new Error(`the dev server did not serve ${url}`);
    console.log(`    dev server: first page served ${((performance.now() - started) / 1000).toFixed(1)} s after start`);
    const original = readFileSync(options.file, 'utf8');
    const waits: number[] = [];
    try {
      for (let r = 0; r < options.runs; r++) {
        const marker = `Bearbeitet${r}x${Date.now()}`;
        const at = original.indexOf('</span>', original.indexOf('<span data-ttu-id='));
        writeFileSync(options.file, `${original.slice(0, at)} ${marker}${original.slice(at)}`);
        const waited = await until(url, marker, 120_000);
        if (waited === undefined) throw new Error(`the dev server did not show the edit of ${options.file}`);
        waits.push(waited);
        await sleep(500);
      }
    } finally {
      writeFileSync(options.file, original);
    }
    console.log(`    dev server: an edit shows on its page after ${(median(waits) / 1000).toFixed(2)} s (median; runs: ${waits.map((w) => `${(w / 1000).toFixed(2)} s`).join(', ')})`);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
