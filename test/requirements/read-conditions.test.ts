import { describe, expect, it } from 'vitest';
import { readCondition } from '../../src/requirements/read-conditions.ts';
import { sentence } from './sxs-page.ts';

describe('readCondition', () => {
  it.each([
    ['Trial SKUs are not included.', { exclusion: 'trial' }],
    ['Trial or free seats are not applicable.', { exclusion: 'trial' }],
    ['Seats must be paid licenses to count towards seat requirements.', { exclusion: 'unpaid' }],
    ['Note: Active entitlements measures the count of active users on a specific workload', { note: true, measure: 'per-workload' }],
    ['Meet revenue thresholds of any one or combination of the eligible components (entitlements) of EMS.', { note: true, measure: 'total' }],
    ['Note: Seats are counted monthly.', { note: true }],
    ['Learn more about these associations.', undefined],
    ['Partners must have deployed 2,000 active entitlements', undefined],
  ] as Array<[string, { exclusion?: string; note?: boolean; measure?: string } | undefined]>)('reads “%s”', (source, expected) => {
    const read = readCondition(sentence(source, 'Deutsch', 'abcde-119'));
    if (!expected) return expect(read).toBeUndefined();
    expect(read?.exclusion?.key).toBe(expected.exclusion);
    expect(!!read?.note).toBe(!!expected.note);
    expect(read?.measure).toBe(expected.measure);
    expect((read?.exclusion ?? read?.note)!.segmentIds).toEqual(['abcde-119']);
  });
});
