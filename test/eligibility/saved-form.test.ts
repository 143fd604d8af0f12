import { describe, expect, it } from 'vitest';
import { emptyForm, emptyCustomer, type FormState } from '../../src/eligibility/form.ts';
import { forgetForm, loadForm, saveForm, storageKey, type StorageLike } from '../../src/eligibility/saved-form.ts';

const memory = (): StorageLike & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};
const form: FormState = { ...emptyForm('managed-service-partner'), customers: [{ ...emptyCustomer(), name: 'Contoso', values: { x: '12a' } }] };
const key = storageKey('/de/competency-cloud-productivity/');

describe('the saved form', () => {
  it('gives back the whole form, names and half-typed values too, for the link it was saved with', () => {
    const storage = memory();
    expect(saveForm(storage, key, { param: '1.abc_0_dc', form })).toBe(true);
    expect(loadForm(storage, key, '1.abc_0_dc')).toEqual(form);
  });

  it('gives nothing for another link, after forgetting, or without storage', () => {
    const storage = memory();
    saveForm(storage, key, { param: 'a', form });
    expect(loadForm(storage, key, 'b')).toBeUndefined();
    forgetForm(storage, key);
    expect(loadForm(storage, key, 'a')).toBeUndefined();
    expect(saveForm(undefined, key, { param: 'a', form })).toBe(false);
    expect(loadForm(undefined, key, 'a')).toBeUndefined();
  });

  it.each([
    ['not JSON', '{'],
    ['a form of another shape', JSON.stringify({ param: 'a', form: { ...form, customers: [{ name: 1 }] } })],
    ['a market it does not know', JSON.stringify({ param: 'a', form: { ...form, market: 'mars' } })],
  ])('passes over storage holding %s', (_, stored) => {
    const storage = memory();
    storage.items.set(key, stored);
    expect(loadForm(storage, key, 'a')).toBeUndefined();
  });

  it('reports storage that refuses to save (full or blocked) instead of throwing', () => {
    const full: StorageLike = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(saveForm(full, key, { param: 'a', form })).toBe(false);
  });
});

describe('a saved form past the limits', () => {
  const row = (i: number) => ({ ...emptyCustomer(), name: `C${i}`, values: { x: String(i) } });
  const stored = (customers: unknown[], over: Partial<FormState> = {}) => JSON.stringify({ param: 'a', form: { ...form, customers, ...over } });
  const load = (text: string) => {
    const storage = memory();
    storage.items.set(key, text);
    return loadForm(storage, key, 'a');
  };

  it('gives back a form of MAX_ROWS rows and passes over one row more', () => {
    expect(load(stored(Array.from({ length: 1000 }, (_, i) => row(i))))?.customers).toHaveLength(1000);
    expect(load(stored(Array.from({ length: 1001 }, (_, i) => row(i))))).toBeUndefined();
  });

  it('passes over a tampered form of 50,000 rows at once', () => {
    const text = stored(Array.from({ length: 50_000 }, (_, i) => row(i)));
    const start = performance.now();
    expect(load(text)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('passes over rows with thousands of values, people with thousands of credentials, and oversized text', () => {
    const values = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`k${i}`, '1']));
    expect(load(stored([{ ...row(0), values }]))).toBeUndefined();
    expect(load(stored([], { individuals: [{ name: 'A', held: Array.from({ length: 5_000 }, (_, i) => `c${i}`) }] }))).toBeUndefined();
    expect(load(stored([], { totals: values }))).toBeUndefined();
    expect(load(stored([row(0)], { option: 'x'.repeat(5_000_000) }))).toBeUndefined();
  });
});
