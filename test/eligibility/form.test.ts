// Reading the checker form: new rows are not sure until filled; totals left empty are 0 once
// any total is typed, and nothing is answered while none is.
import { describe, expect, it } from 'vitest';
import { emptyCustomer, emptyForm, importRows, readForm } from '../../src/eligibility/form.ts';

const KEYS = ['active-users:exchange-online', 'active-users:sharepoint-online'];

describe('readForm', () => {
  it('starts a new customer row as not sure in every field', () => {
    expect(emptyCustomer()).toMatchObject({ association: 'unknown', status: 'unknown', values: {} });
  });

  it('reads empty totals as 0 once one total is typed', () => {
    const form = { ...emptyForm('x'), mode: 'totals' as const, totals: { [KEYS[0]!]: '2.000', [KEYS[1]!]: '' } };
    expect(readForm(form, 'de-DE', KEYS)).toMatchObject({ errors: [], answers: { totals: { [KEYS[0]!]: 2000, [KEYS[1]!]: 0 } } });
  });

  it('answers nothing in totals mode while no total is typed, without marking fields', () => {
    const form = { ...emptyForm('x'), mode: 'totals' as const };
    expect(readForm(form, 'en-US', KEYS)).toMatchObject({ errors: [], answers: { totals: {} } });
  });
});

describe('importRows', () => {
  const rows = (n: number, name: string) => Array.from({ length: n }, () => ({ ...emptyCustomer(), name }));
  it('keeps at most MAX_ROWS rows across repeated added imports', () => {
    let customers = rows(0, '');
    for (let i = 0; i < 4; i++) customers = importRows(customers, rows(1000, `file ${i}`), true);
    expect(customers).toHaveLength(1000);
    expect(customers.every((c) => c.name === 'file 0')).toBe(true);
  });

  it('replaces the rows entered when not adding', () => {
    expect(importRows(rows(3, 'old'), rows(2, 'new'), false).map((c) => c.name)).toEqual(['new', 'new']);
    expect(importRows(rows(999, 'old'), rows(2, 'new'), true)).toHaveLength(1000);
  });
});
