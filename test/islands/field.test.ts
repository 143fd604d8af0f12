// The checker's number field when a typed number reads two ways: in each UI language, in both
// directions (`2,000` where `,` is the decimal sign, `2.000` where `.` is), it asks which was
// meant, with one button per reading that sets the field to it.
import { h, type VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { readForm, emptyForm } from '../../src/eligibility/form.ts';
import { translator } from '../../src/eligibility/format.ts';
import { messagesWithPrefix } from '../../src/i18n/index.ts';
import { Field, type Props } from '../../src/islands/Field.tsx';

/** Renders the field and keeps the tree it returned, so its buttons can be pressed. */
function renderField(props: Props): { html: string; buttons: VNode<{ onClick: () => void }>[] } {
  let tree: VNode | null = null;
  const Capture = () => (tree = Field(props));
  const html = renderToString(h(Capture, {}));
  const buttons: VNode<{ onClick: () => void }>[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object' || !('props' in n)) return;
    const v = n as VNode<{ children?: unknown; onClick: () => void }>;
    if (v.type === 'button') buttons.push(v);
    walk(v.props.children);
  };
  walk(tree);
  return { html, buttons };
}

/** The field as the checker shows it: the issue the form reports, in the page's words. */
function fieldFor(locale: string, typed: string, onChange: (v: string) => void = () => {}) {
  const reading = readForm({ ...emptyForm(), mode: 'totals', totals: { usd: typed } }, locale, ['usd']);
  const code = reading.errors[0]?.code;
  const t = translator(messagesWithPrefix(locale, 'checker.'));
  return { code, ...renderField({ label: 'US$', value: typed, hintId: 'hint', error: code && t(`checker.error.${code}`, { example: '12' }), onChange }) };
}

describe.each([
  ['en-US', '2.000', '2,000', 'Did you mean 2000 or 2?'],
  ['de-DE', '2,000', '2.000', 'Meinten Sie 2000 oder 2?'],
  ['fr-FR', '2,000', '2.000', 'Vouliez-vous dire 2000 ou 2\u202f?'],
  ['ja-JP', '2.000', '2,000', '2000 と 2 のどちらですか？'],
])('the number field on a %s page', (locale, ambiguous, plain, question) => {
  it(`asks about ${ambiguous} in the page's language, with a button per reading`, () => {
    const set: string[] = [];
    const { code, html, buttons } = fieldFor(locale, ambiguous, (v) => set.push(v));
    expect(code).toBe('ambiguous');
    expect(html).toContain(question);
    expect(html).not.toContain('{first}');
    buttons.forEach((b) => b.props.onClick());
    expect(set).toEqual(['2000', '2']);
  });

  it(`reads ${plain} without asking`, () => {
    const { code, buttons } = fieldFor(locale, plain);
    expect(code).toBeUndefined();
    expect(buttons).toEqual([]);
  });

  it('shows another problem without buttons', () => {
    const { code, html, buttons } = fieldFor(locale, '-5');
    expect(code).toBe('negative');
    expect(buttons).toEqual([]);
    expect(html).toContain('checker-error');
  });
});
