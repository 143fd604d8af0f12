// Content is untrusted: whatever hostile markup a source carries (in front matter, in a
// segment, in a table cell, in the English twin), the built pages run none of it.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../helpers/built-site.ts';
import { ROOT } from '../helpers/shared.ts';
import { walkFiles } from '../../src/sxs/walk-sources.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures');
const hostile = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((d) => d.startsWith('hostile-') && existsSync(join(FIXTURES, d, 'input.md'))) : [];

const htmlFiles = (dir: string): string[] => walkFiles(dir, (name) => name.endsWith('.html')).files;

const DANGEROUS_URL = /^\s*(javascript|data|vbscript):/i;

describe('a site built from hostile sources', () => {
  let site = '';
  beforeAll(() => {
    const content = join(mkdtempSync(join(tmpdir(), 'tandem-hostile-')), 'de-de');
    mkdirSync(content, { recursive: true });
    for (const name of hostile) copyFileSync(join(FIXTURES, name, 'input.md'), join(content, `${name}.md`));
    site = builtSite('hostile', join(content, '..'));
  });

  it('has hostile fixtures to build from', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(8);
  });

  it('gives content ids and names a prefix, so they never take the page’s own or the browser’s globals', () => {
    for (const lang of ['de', 'en']) {
      const tree = fromHtml(readFileSync(join(site, lang, 'hostile-clobber', 'index.html'), 'utf8'));
      const ids: string[] = [];
      const names: string[] = [];
      visit(tree, 'element', (el: Element) => {
        if (el.properties.id !== undefined) ids.push(String(el.properties.id));
      });
      visit(selectAll('article', tree)[0]!, 'element', (el: Element) => {
        if (el.properties.name !== undefined) names.push(String(el.properties.name));
      });
      // The page's own ids are unique; the content's carry the prefix (a twin may repeat them).
      const own = ids.filter((x) => !x.startsWith('user-content-'));
      expect(own.length, lang).toBe(new Set(own).size);
      for (const id of ['main', 'checker', 'search-input', 's-c1c1c-101']) expect(own.filter((x) => x === id).length, `${lang} ${id}`).toBeLessThanOrEqual(1);
      for (const id of ['main', 'checker', 'search-input', 's-c1c1c-101']) expect(ids, `${lang} ${id}`).toContain(`user-content-${id}`);
      expect(own).toContain('s-c1c1c-101');
      expect(names.every((n) => n.startsWith('user-content-')), names.join()).toBe(true);
      // A link to an anchor the content defined follows it to its prefixed id; one to the page's own stays.
      const hrefs = selectAll('article a[href^="#"]', tree).map((a) => String(a.properties.href));
      expect(hrefs).toContain('#user-content-main');
      // The renderer's own ids stay as they are: the heading anchor and each sentence.
      expect(ids).toContain('clobber');
      expect(ids).toContain('s-c1c1c-102');
    }
  });

  it('runs no script but the site’s own files', () => {
    for (const file of htmlFiles(site)) {
      const raw = readFileSync(file, 'utf8');
      const tree = fromHtml(raw);
      const scripts = selectAll('script', tree);
      for (const s of scripts) expect(String(s.properties.src ?? ''), file).toMatch(/^\/(site\.js|frame\.js|_astro\/[\w.-]+\.js|pagefind\/[\w./-]+)$/);
      // Nothing that looks like a script tag survives as markup anywhere, escaped text aside.
      expect((raw.match(/<script\b/gi) ?? []).length, file).toBe(scripts.length);
    }
  });

  it('keeps no event handler, frame, style, object or svg from content, and no javascript: or data: link', () => {
    for (const file of htmlFiles(site)) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      const article = selectAll('article', tree)[0];
      if (!article) continue;
      visit(article, 'element', (node: Element) => {
        expect(['script', 'iframe', 'style', 'object', 'embed', 'svg', 'math', 'form', 'link', 'meta', 'base'].includes(node.tagName), `${file}: <${node.tagName}>`).toBe(false);
        for (const [key, value] of Object.entries(node.properties)) {
          expect(key.toLowerCase().startsWith('on'), `${file}: ${node.tagName} ${key}`).toBe(false);
          if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(key)) expect(String(value), `${file}: ${key}`).not.toMatch(DANGEROUS_URL);
        }
      });
    }
  });

  it('keeps the text of every page', () => {
    for (const name of hostile) {
      expect(existsSync(join(site, 'de', name, 'index.html')), name).toBe(true);
      expect(existsSync(join(site, 'en', name, 'index.html')), name).toBe(true);
    }
  });
});
