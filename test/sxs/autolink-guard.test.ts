// The autolink-literal pass is skipped only where it could not link anything: every bare URL,
// www. address and e-mail address is still a link, in a page and inside an HTML-block segment.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/sxs/parse-markdown.ts';
import { literalsIn, mayHoldLiteral, onlyLiterals } from '../../src/sxs/autolink-guard.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { corpusFiles, SEED } from '../helpers/shared.ts';

const links = (tree: Root): string[] => {
  const out: string[] = [];
  const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
    if (n.type === 'link') out.push(n.url!);
    (n.children as typeof n[] | undefined)?.forEach(walk);
  };
  walk(tree as never);
  return out;
};

describe('autolink literals', () => {
  it('are linked in a page: https://, www., e-mail, in any case', () => {
    expect(links(parseMarkdown('See https://example.org/a and WWW.example.com or mail info@example.org.\n'))).toEqual(['https://example.org/a', 'http://WWW.example.com', 'mailto:info@example.org']);
  });

  it('are linked inside a segment of a raw HTML block', () => {
    const pair = '<span data-ttu-id="a-1">Siehe www.example.org</span><span class="sxs-lookup"><span data-stu-id="a-1">See www.example.org</span></span>';
    const doc = parseSxs(`---\nms.contentlocale: de-DE\n---\n<table><tr><td>${pair}</td></tr></table>\n`);
    expect(doc.segments[0]!.target.phrasing.map((n) => n.type)).toEqual(['text', 'link']);
  });

  it('are looked for only where a text outside links has @, :// or www.', () => {
    expect(mayHoldLiteral(parseMarkdown('Plain words, [a link](https://example.org) and `code@x`.\n'))).toBe(false);
    expect(mayHoldLiteral({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Write to a@example.org.' }] }] })).toBe(true);
    // An entity-encoded @ is read as @ before the pass, and linked.
    expect(links(parseMarkdown('Write to a&#64;example.org.\n'))).toEqual(['mailto:a@example.org']);
  });
});

describe('looking only for the literals a text can hold', () => {
  const full = unified().use(remarkParse).use(remarkGfm);
  const lean = (text: string) => unified().use(remarkParse).use(remarkGfm).use(onlyLiterals, literalsIn(text)).parse(text);

  it('leaves out the constructs of the kinds not given', () => {
    const names = (kinds: Parameters<typeof onlyLiterals>[0]) => {
      const p = unified().use(remarkParse).use(remarkGfm).use(onlyLiterals, kinds);
      p.freeze();
      const exts = (p.data() as { micromarkExtensions: unknown[] }).micromarkExtensions.flat() as Array<{ text?: Record<string, Array<{ name?: string }>> }>;
      return new Set(exts.flatMap((e) => Object.values(e.text ?? {}).flat().map((c) => c.name)));
    };
    expect(names(['email', 'www', 'protocol'])).toEqual(new Set(['emailAutolink', 'wwwAutolink', 'protocolAutolink', ...[...names([])]]));
    expect(names(['www'])).toContain('wwwAutolink');
    expect(names(['www'])).not.toContain('emailAutolink');
    expect(names([])).not.toContain('protocolAutolink');
  });

  it('names the kinds by the literal characters each needs', () => {
    expect(literalsIn('plain words')).toEqual([]);
    expect(literalsIn('a@b WWW.x https://y')).toEqual(['email', 'www', 'protocol']);
    expect(literalsIn('mailto:a&#64;b and www-x and http:/x')).toEqual([]);
  });

  // Each kind present and absent, next to the constructs that share its characters.
  const shapes = [
    'Plain text with words, numbers 2,000 and `code`.',
    'Write to info@example.org or INFO@Example.COM.',
    'See www.example.org, WWW.Example.com/a?b=c) and wwwx.org.',
    'See https://example.org/a_(b) and http://x.y, not htt://z or https:/q.',
    'Mixed: a@b.co, www.c.de and https://e.fr/g in [a link](https://h.org) and <https://i.org>.',
    '| a | b |\n| - | - |\n| www.x.org | ~~y@z.org~~ |\n\n- [ ] https://task.org\n\n[^1]: note www.n.org',
    '<span data-ttu-id="a-1">Siehe www.example.org</span><span class="sxs-lookup"><span data-stu-id="a-1">See www.example.org</span></span>',
  ];
  it.each(shapes)('gives the tree of a full GFM parse: %s', (text) => {
    expect(lean(text)).toEqual(full.parse(text));
  });

  it('gives the tree of a full GFM parse for the seed and every corpus page', () => {
    const files = [SEED, ...corpusFiles()];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(lean(text), file).toEqual(full.parse(text));
    }
  });
});
