// Reading the checker form: new rows are not sure until filled; totals left empty are 0 once
// any total is typed, and nothing is answered while none is.
import { describe, expect, it } from 'vitest';
import { emptyCustomer, emptyForm, readForm } from '../../src/eligibility/form.ts';

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
