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
