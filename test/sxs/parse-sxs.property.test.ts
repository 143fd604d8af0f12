// Properties of the parser over generated input: it never throws, however broken the source,
// and for any well-formed sxs document it finds exactly the segments that were written.
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/sxs/parse-markdown.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';

const runs = { numRuns: 300 };

/** Pieces that make hostile soup: sxs tags, markdown and YAML syntax, line endings. */
const piece = fc.oneof(
  fc.constantFrom(
    '<span data-ttu-id="a-1">', '<span data-ttu-id="b-2">', '<span data-ttu-id=\'\'>', '</span>', '<span class="sxs-lookup">',
    '<span data-stu-id="a-1">', '<span data-stu-id="b-2">', '<span>', '---\n', '---\r\n', 'title: ', 'ms.contentlocale: de-DE\n',
    '"', "'", ': ', '\n', '\r\n', '\r', '\n\n', '\t', '    ', '- ', '1. ', '# ', '#<a name="x"></a>', '**', '*', '_', '`', '```\n',
    '[', '](', ')', '<https://x.y>', '|', '|---|\n', '<table>', '<tr>', '<td>', '</td>', '</table>', '<!--', '-->', '<br>', '&amp;',
    '&#x3C;', '\uFEFF', '\uFFFD', '\u0000', '\\', '> ', '[x]: /u\n', '<script>', '</script>', '<![CDATA[', ']]>', '~~~\n', '<pre>',
  ),
  fc.string({ maxLength: 6 }),
);
const soup = fc.array(piece, { maxLength: 60 }).map((ps) => ps.join(''));

describe('parseSxs never throws', () => {
  it('on sxs-flavoured soup', () => {
    fc.assert(fc.property(soup, (text) => void parseSxs(text)), runs);
  });

  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void parseSxs(text)), runs);
  });

  it('on arbitrary bytes and on soup with broken bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void parseSxs(bytes)), runs);
    const soupBytes = fc.tuple(soup, fc.uint8Array({ maxLength: 8 }), fc.nat()).map(([text, bad, at]) => {
      const enc = new TextEncoder().encode(text);
      const cut = enc.length ? at % enc.length : 0;
      return new Uint8Array([...enc.subarray(0, cut), ...bad, ...enc.subarray(cut)]);
    });
    fc.assert(fc.property(soupBytes, (bytes) => void parseSxs(bytes)), runs);
  });

  it('and every diagnostic points inside the file', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const doc = parseSxs(text);
        for (const d of doc.diagnostics) {
          expect(d.place.offset).toBeGreaterThanOrEqual(0);
          expect(d.place.offset).toBeLessThanOrEqual(doc.text.length);
          expect(d.reason).toMatch(/^Unexpected .+, expected /);
        }
      }),
      runs,
    );
  });
});

describe('parsing in pieces', () => {
  it('gives the same tree as parsing the whole source', () => {
    const blocky = fc.array(fc.oneof(piece, fc.constantFrom('\n\nText\n', '\n\n<div>\n', '\n\n<!--\n\nx\n', '\n\n```\n\nText\n')), { maxLength: 80 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(blocky, (text) => {
        const whole = parseMarkdown(text, { chunkSize: Infinity });
        const pieces = parseMarkdown(text, { chunkSize: 1 });
        return isDeepStrictEqual(pieces, whole);
      }),
      { numRuns: Number(process.env.PIECES_RUNS ?? 500) },
    );
  });
});

// Well-formed documents, built from their segments so the expected result is known.
interface Expected {
  id: string;
  target: string;
  source: string;
}

const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß0-9]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
/** Plain words, some in bold or a link: [markup, text]. */
const inline = fc.array(
  fc.oneof(
    words.map((w) => [w, w] as const),
    words.map((w) => [`**${w}**`, w] as const),
    fc.tuple(words, word).map(([w, u]) => [`[${w}](https://example.com/${u})`, w] as const),
  ),
  { minLength: 1, maxLength: 3 },
).map((parts) => [parts.map((p) => p[0]).join(' '), parts.map((p) => p[1]).join(' ')] as const);

/** A document as a function of a segment counter, so ids come out in document order. */
type Next = (t: readonly [string, string], s: readonly [string, string]) => string;
type Build = (next: Next) => string;

const pairArb = fc.tuple(inline, inline, fc.boolean());
const segment: fc.Arbitrary<Build> = pairArb.map(([t, s, bold]) => (next) => (bold ? `**${next(t, s)}**` : next(t, s)));
const sentences = fc.array(segment, { minLength: 1, maxLength: 3 }).map((ss) => (next: Next) => ss.map((s) => s(next)).join(' '));

const list: (depth: number) => fc.Arbitrary<(next: Next, indent: string) => string> = (depth) =>
  fc.tuple(fc.boolean(), fc.array(fc.tuple(sentences, depth > 0 ? fc.option(list(depth - 1), { nil: undefined }) : fc.constant(undefined)), { minLength: 1, maxLength: 3 })).map(
    ([ordered, items]) =>
      (next, indent) =>
        items
          .map(([text, sub], i) => {
            const marker = ordered ? `${i + 1}. ` : '- ';
            const line = `${indent}${marker}${text(next)}\n`;
            return sub ? line + sub(next, indent + ' '.repeat(marker.length)) : line;
          })
          .join(''),
  );

const block: fc.Arbitrary<Build> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 4 }), segment, fc.boolean()).map(([d, s, anchor]): Build => (next) => `${'#'.repeat(d)} ${anchor ? '<a name="x"></a>' : ''}${s(next)}\n`),
  sentences.map((s): Build => (next) => `${s(next)}\n`),
  list(2).map((l): Build => (next) => l(next, '')),
  fc.array(segment, { minLength: 1, maxLength: 3 }).chain((head) =>
    fc.array(fc.array(segment, { minLength: head.length, maxLength: head.length }), { maxLength: 3 }).map((rows) => (next: Next) => {
      const row = (cells: Build[]) => `| ${cells.map((c) => c(next)).join(' | ')} |\n`;
      return row(head) + `|${head.map(() => '---').join('|')}|\n` + rows.map(row).join('');
    }),
  ),
  fc.array(fc.array(pairArb, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((rows) => (next: Next) =>
    `<table>\n${rows.map((cells) => `<tr>${cells.map(([t, s]) => `<td>${next(t, s)}</td>`).join('')}</tr>`).join('\n')}\n</table>\n`,
  ),
);

const documentArb = fc.tuple(fc.array(block, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([blocks, eol]) => {
  const expected: Expected[] = [];
  const next = (t: readonly [string, string], s: readonly [string, string]) => {
    const id = `abcde-${100 + expected.length}`;
    expected.push({ id, target: t[1], source: s[1] });
    return `<span data-ttu-id="${id}">${t[0]}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s[0]}</span></span>`;
  };
  const body = blocks.map((b) => b(next)).join('\n');
  const text = `---\ntitle: Seite\nms.contentlocale: de-DE\n---\n${body}`.replace(/\n/g, eol);
  return { text, expected };
});

describe('generated well-formed sxs documents', () => {
  it('parse to exactly the segments they were built from, with no error', () => {
    fc.assert(
      fc.property(documentArb, ({ text, expected }) => {
        const doc = parseSxs(text);
        expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(doc.segments.map((s) => ({ id: s.id, target: s.target.text, source: s.source.text }))).toEqual(expected);
      }),
      runs,
    );
  });
});
