// A build that keeps what unchanged sources yield gives exactly what a fresh build gives: the same
// pages, navigation and diagnostics, after one source changed, one was added or removed, or the
// kept entries were damaged; and it parses only the sources that changed.
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../../src/site/site-build.ts';
import { SourceCache } from '../../src/site/source-cache.ts';
import { CORPUS, hasCorpus } from '../helpers/shared.ts';

const work = mkdtempSync(join(tmpdir(), 'tandem-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What a build yields, in a form two builds can be compared by. */
const yielded = (b: SiteBuild) => JSON.parse(JSON.stringify({ pages: b.pages, nav: [...b.nav], files: b.files, diagnostics: b.diagnostics }));

describe.runIf(hasCorpus)('builds that keep unchanged sources', () => {
  const content = join(work, 'content');
  cpSync(CORPUS, content, { recursive: true });
  const dir = join(work, 'cache');
  const fresh = () => yielded(buildSite(content, { root: work }));
  const files = readdirSync(content).filter((f) => f.endsWith('.md') && f !== 'TOC.md');

  it('gives what a fresh build gives, from a cache written by another process (another cache object)', () => {
    const first = new SourceCache(dir);
    const before = yielded(buildSite(content, { root: work, cache: first }));
    expect(first.counts).toEqual({ reused: 0, parsed: files.length });
    expect(before).toEqual(fresh());
    const second = new SourceCache(dir);
    expect(yielded(buildSite(content, { root: work, cache: second }))).toEqual(before);
    expect(second.counts).toEqual({ reused: files.length, parsed: 0 });
  });

  it('parses again only the source that changed, and its pages show the change', () => {
    const cache = new SourceCache(dir);
    buildSite(content, { root: work, cache });
    const file = join(content, files[3]!);
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('</span>', text.indexOf('<span data-ttu-id='));
    writeFileSync(file, `${text.slice(0, at)} Geändert${text.slice(at)}`);
    const counts = { ...cache.counts };
    const after = yielded(buildSite(content, { root: work, cache }));
    expect({ reused: cache.counts.reused - counts.reused, parsed: cache.counts.parsed - counts.parsed }).toEqual({ reused: files.length - 1, parsed: 1 });
    expect(after).toEqual(fresh());
    expect(JSON.stringify(after.pages)).toContain('Geändert');
  });

  it('follows a page added and a page removed: links and addresses as a fresh build has them', () => {
    const cache = new SourceCache(dir);
    buildSite(content, { root: work, cache });
    const removed = join(content, files[0]!);
    const kept = readFileSync(removed);
    rmSync(removed);
    expect(yielded(buildSite(content, { root: work, cache }))).toEqual(fresh());
    writeFileSync(removed, kept);
    expect(yielded(buildSite(content, { root: work, cache }))).toEqual(fresh());
  });

  it('parses a source again when its kept entry is damaged', () => {
    const damaged = join(work, 'damaged');
    buildSite(content, { root: work, cache: new SourceCache(damaged) });
    for (const name of readdirSync(damaged)) writeFileSync(join(damaged, name), 'not a serialized value');
    const cache = new SourceCache(damaged);
    expect(yielded(buildSite(content, { root: work, cache }))).toEqual(fresh());
    expect(cache.counts.parsed).toBe(files.length);
  });
});
