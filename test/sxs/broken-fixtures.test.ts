import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/sxs/diagnostics.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { fixtures } from './fixture-dirs.ts';

const broken = fixtures('broken');

describe('broken sources, one fixture each', () => {
  it('has a fixture for every case the parser must name', () => {
    expect(broken.length).toBeGreaterThanOrEqual(20);
  });

  it.each(broken.map((f) => [f.name, f] as const))('%s reports exactly its expected.txt', (_name, f) => {
    const doc = parseSxs(readFileSync(join(f.dir, 'input.md')), { file: f.file });
    const expected = readFileSync(join(f.dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
    expect(doc.diagnostics.map(formatDiagnostic)).toEqual(expected);
    // Every broken fixture is broken: at least one error or warning, each phrased as the house style asks.
    expect(doc.diagnostics.some((d) => d.severity !== 'info')).toBe(true);
    for (const d of doc.diagnostics) {
      expect(d.reason).toMatch(/^Unexpected .+, expected /);
      expect(d.hint).toBeTruthy();
      expect(d.ruleId).toMatch(/^sxs-[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

const fm = '---\nms.contentlocale: de-DE\n---\n';
const pair = (id: string, de: string, en: string) => `<span data-ttu-id="${id}">${de}</span><span class="sxs-lookup"><span data-stu-id="${id}">${en}</span></span>`;

describe('line endings', () => {
  it('accepts CRLF and LF mixed, as the published corpus has them', () => {
    const doc = parseSxs(`---\r\nms.contentlocale: de-DE\r\n---\n${pair('a-1', 'Eins', 'One')}\r\n\r\n${pair('a-2', 'Zwei', 'Two')}\n`);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.segments.map((s) => s.source.range.start.line)).toEqual([4, 6]);
  });

  it('names every bare CR in one warning at the first of them', () => {
    const doc = parseSxs(`${fm}${pair('a-1', 'Eins', 'One')}\r\r${pair('a-2', 'Zwei', 'Two')}\r`);
    const errors = doc.diagnostics.filter((d) => d.ruleId === 'sxs-cr-line-ending');
    expect(errors.map(formatDiagnostic)).toEqual([expect.stringMatching(/^<input>:4:102 warning sxs-cr-line-ending Unexpected bare CR line ending \(3 in this file\)/)]);
    expect(doc.segments).toHaveLength(2);
  });
});

describe('front matter YAML errors', () => {
  it.each([
    ['a missing closing quote, LF', '---\ntitle: x\ndescription: "offen\nms.contentlocale: de-DE\n---\n', 3, 14],
    ['a missing closing quote, CRLF', '---\r\ntitle: x\r\ndescription: "offen\r\nms.contentlocale: de-DE\r\n---\r\n', 3, 14],
    ['a duplicate key', '---\ntitle: x\nms.contentlocale: de-DE\ntitle: y\n---\n', 4, 1],
    ['a tab as indentation', '---\ntitle: x\nms.contentlocale: de-DE\nkeywords:\n\t- a\n---\n', 5, 1],
    ['a second colon in a plain value', '---\nms.contentlocale: de-DE\ntitle: Kompetenz: Cloud\n---\n', 3, 8],
  ])('places %s on the file line, not the YAML line', (_name, front, line, column) => {
    const doc = parseSxs(`${front}${pair('a-1', 'Eins', 'One')}\n`, { file: 'f.md' });
    const errors = doc.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.place.line, d.place.column])).toEqual([['sxs-front-matter-yaml', line, column]]);
  });
});

describe('invalid UTF-8', () => {
  it('lists the first twenty bad sequences, then counts the rest', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${fm}<span data-ttu-id="a-1">`), ...Array(30).fill(0xe4), ...new TextEncoder().encode('</span>\n')]);
    const bad = parseSxs(bytes).diagnostics.filter((d) => d.ruleId === 'sxs-invalid-utf8');
    expect(bad).toHaveLength(21);
    expect(bad.slice(0, 20).map((d) => d.place.column)).toEqual(Array.from({ length: 20 }, (_, i) => 25 + i));
    expect(bad[20]!.reason).toMatch(/^Unexpected 10 more byte sequences/);
  });

  it('tells a truncated sequence from a well-formed U+FFFD in the file', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${fm}\uFFFD x `), 0xe2, 0x82, 0x0a]);
    const bad = parseSxs(bytes).diagnostics.filter((d) => d.ruleId === 'sxs-invalid-utf8');
    expect(bad.map((d) => [d.place.line, d.place.column])).toEqual([[4, 5]]);
  });

  it('places problems after a byte-order mark on the columns the editor shows', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('x'), 0xff]);
    expect(parseSxs(bytes).diagnostics.find((d) => d.ruleId === 'sxs-invalid-utf8')?.place).toEqual({ line: 1, column: 2, offset: 1 });
  });
});

describe('a pair written twin first', () => {
  it('keeps both sides as one segment and reports the order once', () => {
    const doc = parseSxs(`${fm}<span class="sxs-lookup"><span data-stu-id="a-1">Hello</span></span><span data-ttu-id="a-1">Hallo</span>\n`);
    expect(doc.segments.map((s) => [s.id, s.target.text, s.source.text])).toEqual([['a-1', 'Hallo', 'Hello']]);
    expect(doc.diagnostics.map((d) => d.ruleId)).toEqual(['sxs-orphan-twin']);
    expect(doc.diagnostics[0]!.reason).toMatch(/before its target span/);
  });
});

describe('a 5 MB source', () => {
  const n = 22_000;
  const blocks: string[] = [];
  for (let i = 0; i < n; i += 4) {
    const p = (k: number) => pair(`5a5a5-${k}`, `Satz ${k} mit **fett** und [Link](https://example.com/${k}).`, `Sentence ${k} with **bold** and [link](https://example.com/${k}).`);
    blocks.push(`## ${p(i)}\n\n${p(i + 1)}\n\n- ${p(i + 2)}\n  - ${p(i + 3)}\n`);
  }
  const text = `${fm}${blocks.join('\n')}`;

  it('parses in reasonable time and keeps every segment', () => {
    expect(text.length).toBeGreaterThan(5_000_000);
    const started = performance.now();
    const cpu = process.cpuUsage();
    const doc = parseSxs(new TextEncoder().encode(text), { file: 'big.md' });
    const cpuMs = process.cpuUsage(cpu).user / 1000;
    const ms = performance.now() - started;
    console.info(`5 MB source: ${(text.length / 1e6).toFixed(1)} MB, ${doc.segments.length} segments, parsed in ${Math.round(ms)} ms (${Math.round(cpuMs)} ms CPU)`);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.segments).toHaveLength(n);
    doc.segments.forEach((s, k) => {
      expect(s.id).toBe(`5a5a5-${k}`);
      expect(s.target.text).toBe(`Satz ${k} mit fett und Link.`);
      expect(s.source.text).toBe(`Sentence ${k} with bold and link.`);
    });
    expect(doc.segments.at(-1)!.range.start.line).toBe(text.split('\n').findIndex((l) => l.includes(`data-ttu-id="5a5a5-${n - 1}"`)) + 1);
  }, 300_000);
});
