// The dev server shows a source's problems on its page, and follows edits: breaking a page puts
// its error in a box at the top of that page; mending it takes the box away.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { withLockAsync } from '../helpers/built-site.ts';
import { freePort } from '../helpers/free-port.ts';
import { ROOT, SEED } from '../helpers/shared.ts';

/** The environment without Vitest's marks (NODE_ENV=test, VITEST…), which make Astro serve no pages. */
const devEnv = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

/** The text of the page's problems box, or '' when there is none. */
async function problems(url: string): Promise<string> {
  const res = await fetch(url);
  const box = select('.dev-problems', fromHtml(await res.text()));
  return box ? hastToString(box).replace(/\s+/g, ' ') : '';
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // The server is not up yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return last as T;
}

describe('the dev server', () => {
  it('shows the errors of a source on its page and follows edits', async () => {
    const work = mkdtempSync(join(tmpdir(), 'tandem-dev-'));
    mkdirSync(join(work, 'de-de'));
    const page = join(work, 'de-de', 'competency-cloud-productivity.md');
    copyFileSync(SEED, page);
    const good = readFileSync(page, 'utf8');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/de/competency-cloud-productivity/`;
    await withLockAsync(async () => {
      let dev: ChildProcess | undefined;
      try {
        dev = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
          cwd: ROOT,
          env: { ...devEnv(), CONTENT_DIR: work, ASTRO_TELEMETRY_DISABLED: '1' },
          stdio: 'ignore',
          detached: true,
        });
        // The seed has warnings, no error.
        const first = await until(() => problems(url), (t) => t.includes('missing-term'));
        expect(first).not.toMatch(/ error /);
        // The first target span loses its closing tag.
        writeFileSync(page, good.replace('</span><span class="sxs-lookup">', '<span class="sxs-lookup">'));
        const broken = await until(() => problems(url), (t) => / error /.test(t));
        expect(broken).toMatch(/competency-cloud-productivity\.md:12:\d+ error sxs-unclosed-span /);
        writeFileSync(page, good);
        const mended = await until(() => problems(url), (t) => !/ error /.test(t));
        expect(mended).not.toMatch(/ error /);
        // A TOC.md with a reference to no character, then a malformed locale: each a finding,
        // and the server keeps following edits.
        writeFileSync(join(work, 'de-de', 'TOC.md'), '# [Start &#x110000;](competency-cloud-productivity.md)\n');
        writeFileSync(page, good.replace(/ms\.contentlocale: *\S+/, 'ms.contentlocale: de-DE-'));
        const locale = await until(() => problems(url), (t) => t.includes('sxs-invalid-locale'));
        expect(locale).toMatch(/competency-cloud-productivity\.md:\d+:\d+ error sxs-invalid-locale /);
        writeFileSync(page, good);
        const again = await until(() => problems(url), (t) => !t.includes('sxs-invalid-locale'));
        expect(again).not.toMatch(/ error /);
      } finally {
        if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
      }
    });
  }, 120_000);
});
