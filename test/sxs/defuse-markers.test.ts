import { describe, expect, it } from 'vitest';
import { defuseMarkers, MARKER_BUDGET, MAX_LINE_CONTAINERS } from '../../src/sxs/defuse-markers.ts';

describe('defuseMarkers', () => {
  it('leaves a text within every budget as it is', () => {
    const text = '# Title\n\n- [a](b) **c** _d_\n- > e\n';
    const out = defuseMarkers(text);
    expect(out.text).toBe(text);
    expect(out.over).toEqual([]);
  });

  it('swaps the brackets past the budget of a block, length for length, and says where', () => {
    const text = `x ${'['.repeat(MARKER_BUDGET + 10)}\n\n${'['.repeat(5)}`;
    const out = defuseMarkers(text);
    expect(out.text.length).toBe(text.length);
    expect([...out.text].filter((c) => c === '[').length).toBe(MARKER_BUDGET + 5);
    expect(out.over).toEqual([{ offset: 2 + MARKER_BUDGET, kind: 'brackets' }]);
  });

  it('gives each list item a budget of its own, as each is read on its own', () => {
    const item = `- ${'**a** '.repeat(100)}\n`;
    expect(defuseMarkers(item.repeat(20)).over).toEqual([]);
  });

  it('swaps the container markers of a line past the cap', () => {
    const text = `${'> '.repeat(MAX_LINE_CONTAINERS + 3)}x`;
    const out = defuseMarkers(text);
    expect([...out.text].filter((c) => c === '>').length).toBe(MAX_LINE_CONTAINERS);
    expect(out.over).toEqual([{ offset: 2 * MAX_LINE_CONTAINERS, kind: 'containers' }]);
  });

  it('puts the original characters back into every string of a tree', () => {
    const text = `${'*'.repeat(MARKER_BUDGET + 2)}`;
    const out = defuseMarkers(text);
    const tree = { type: 'root', children: [{ type: 'text', value: out.text }, { type: 'link', url: out.text, children: [] }] };
    out.restore(tree as never);
    expect(tree.children.map((c) => ('value' in c ? c.value : c.url))).toEqual([text, text]);
  });

  it('does one pass: 4 × the text is at most a few × the time, never 16 ×', () => {
    const run = (n: number) => {
      const text = `${']('.repeat(n)}\n${'> '.repeat(n)}`;
      const start = performance.now();
      defuseMarkers(text);
      return performance.now() - start;
    };
    run(50_000);
    const small = Math.min(run(50_000), run(50_000));
    const large = run(200_000);
    expect(large / Math.max(small, 1)).toBeLessThan(10);
  });
});
