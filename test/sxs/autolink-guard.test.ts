// The autolink-literal pass is skipped only where it could not link anything: every bare URL,
// www. address and e-mail address is still a link, in a page and inside an HTML-block segment.
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { parseMarkdown } from '../../src/sxs/parse-markdown.ts';
import { mayHoldLiteral } from '../../src/sxs/autolink-guard.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';

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
