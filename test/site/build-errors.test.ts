// Broken sources and the build. By default the build publishes every page, reads every
// sentence around the damage, lists every problem and ends with a summary line. With
// TANDEM_STRICT=1 (the CI gate) any error fails it, naming file:line:col and rule of every
// error of every file, and no page is written. Either way the output reads like the tool's own
// lines, never like a stack trace.
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFolder } from '../../src/site/build-pages.ts';
import { ROOT } from '../helpers/shared.ts';
import { withLock } from '../helpers/built-site.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures');

/** Broken fixtures whose expected diagnostics include an error. */
function brokenCases(): Array<{ name: string; errors: string[] }> {
  return readdirSync(FIXTURES)
    .filter((d) => d.startsWith('broken-') && existsSync(join(FIXTURES, d, 'expected.txt')))
    .map((name) => ({
      name,
      errors: readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8')
        .split('\n')
        .filter((l) => / error /.test(l)),
    }))
    .filter((c) => c.errors.length > 0);
}

/** Every broken fixture copied into one content folder, as `de-de/<name>.md`. */
function brokenFolder(): string {
  const work = mkdtempSync(join(tmpdir(), 'tandem-broken-'));
  const content = join(work, 'content', 'de-de');
  mkdirSync(content, { recursive: true });
  for (const name of readdirSync(FIXTURES).filter((d) => d.startsWith('broken-'))) copyFileSync(join(FIXTURES, name, 'input.md'), join(content, `${name}.md`));
  return work;
}

function build(work: string, env: Record<string, string> = {}) {
  const out = join(work, 'dist');
  const result = withLock(() => spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', CONTENT_DIR: join(work, 'content'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }));
  // As a reader sees it: Astro colours its log where it thinks a terminal (or CI) shows colours.
  return { out, status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

const expectNoStackTrace = (output: string) => {
  expect(output).not.toMatch(/Stack trace|Location:|\n\s+at .*\(.*:\d+:\d+\)/);
};

describe('a strict build (TANDEM_STRICT=1) from broken sources', () => {
  it('fails, names file:line:col and rule of every error in every file, and writes no page', () => {
    const cases = brokenCases();
    expect(cases.length).toBeGreaterThanOrEqual(10);
    const { out, status, output } = build(brokenFolder(), { TANDEM_STRICT: '1' });
    expect(status, output.slice(-3000)).not.toBe(0);
    for (const c of cases) {
      for (const line of c.errors) {
        // Same place, severity and rule; the path differs (the build names the copied file).
        const m = /^\S+?\.md:(\d+:\d+) error (\S+) /.exec(line);
        expect(m, line).not.toBeNull();
        expect(output, `${c.name}: ${line}`).toContain(`${c.name}.md:${m![1]} error ${m![2]} `);
      }
    }
    expect(output).toMatch(/^\d+ errors, \d+ warnings in \d+ of 20 files \(\d+ notes?\)$/m);
    expectNoStackTrace(output);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'de'))).toBe(false);
  });
});

describe('a build from broken sources', () => {
  let work = '';
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    work = brokenFolder();
    result = build(work);
  });

  it('publishes every page, exits 0 and ends with the summary line', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
    const lines = result.output.trim().split('\n');
    const summary = lines.findLast((l) => /tandem-build-summary/.test(l));
    expect(summary).toMatch(/\] \d+ errors, \d+ warnings in \d+ of 20 files \(\d+ notes?\); see \/de\/qa\/$/);
    for (const name of readdirSync(join(work, 'content', 'de-de'))) expect(existsSync(join(result.out, 'de', name.replace(/\.md$/, ''), 'index.html')), name).toBe(true);
    expectNoStackTrace(result.output);
  });

  it('lists every error and warning in the terminal, as file:line:col severity rule', () => {
    for (const c of brokenCases()) {
      for (const line of c.errors) {
        const m = /^\S+?\.md:(\d+:\d+) error (\S+) /.exec(line)!;
        expect(result.output, line).toContain(`${c.name}.md:${m[1]} error ${m[2]} `);
      }
    }
    expect(result.output).toContain('broken-tab-indent.md:9:1 warning sxs-tab-indent ');
  });

  it('shows every sentence of every broken page, in its place and language, and no raw sxs markup', () => {
    const { docs } = parseFolder(join(work, 'content'), ROOT);
    const text = (lang: string, file: string) => {
      const path = join(result.out, lang, file.split('/').pop()!.replace(/\.md$/, ''), 'index.html');
      if (!existsSync(path)) return '';
      const article = select('article', fromHtml(readFileSync(path, 'utf8')) as Root)!;
      remove(article, (n) => n.type === 'element' && ['sxs-twin', 'pair-twin', 'doc-meta'].some((c) => ((n as Element).properties.className as string[] | undefined)?.includes(c)));
      return hastToString(article).replace(/\s+/g, ' ');
    };
    let checked = 0;
    for (const doc of docs) {
      const de = text('de', doc.file);
      const en = text('en', doc.file);
      const segments = doc.segments.filter((x) => x.context !== 'front-matter');
      // A side the source lost is shown in the other language, unless another half of the same
      // broken pair (same id) holds that side: then that half shows it.
      const held = (side: 'target' | 'source', id: string) => segments.some((x) => x.id === id && x[side].text.trim() !== '');
      for (const s of segments) {
        const want = (side: 'target' | 'source', other: 'target' | 'source') => (s[side].text.trim() || (held(side, s.id) ? '' : s[other].text)).replace(/\s+/g, ' ').trim();
        expect(de, `${doc.file} ${s.id} de`).toContain(want('target', 'source'));
        expect(en, `${doc.file} ${s.id} en`).toContain(want('source', 'target'));
        checked++;
      }
      expect(`${de} ${en}`, doc.file).not.toMatch(/data-[ts]tu-id|sxs-lookup/);
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('puts every problem on the QA page and in /data/qa.json', () => {
    const qa = JSON.parse(readFileSync(join(result.out, 'data', 'qa.json'), 'utf8')) as { counts: Record<string, number>; files: Array<{ file: string; diagnostics: Array<{ line: number; column: number; ruleId: string }> }> };
    const page = hastToString(select('main', fromHtml(readFileSync(join(result.out, 'de', 'qa', 'index.html'), 'utf8')))!);
    for (const c of brokenCases()) {
      const file = qa.files.find((f) => f.file.endsWith(`/${c.name}.md`))!;
      for (const line of c.errors) {
        const m = /^\S+?\.md:(\d+):(\d+) error (\S+) /.exec(line)!;
        expect(file.diagnostics.some((d) => d.line === Number(m[1]) && d.column === Number(m[2]) && d.ruleId === m[3]), line).toBe(true);
      }
      expect(page).toContain(`${c.name}.md`);
    }
    expect(qa.counts.error).toBeGreaterThan(0);
  });
});
