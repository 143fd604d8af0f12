import { describe, expect, it } from 'vitest';
import { readWorkloads } from '../../src/requirements/read-workloads.ts';
import { sentence } from './sxs-page.ts';

describe('readWorkloads', () => {
  it.each([
    [
      'The deployments can be any Microsoft Office 365 workload (Exchange Online, SharePoint Online, Skype for Business, or Yammer) or ProPlus.',
      'Bei den Bereitstellungen kann es sich um beliebige Microsoft Office 365-Workloads (Exchange Online, SharePoint Online, Skype for Business oder Yammer) oder ProPlus handeln.',
      ['Exchange Online', 'SharePoint Online', 'Skype for Business', 'Yammer', 'ProPlus'],
    ],
    [
      'Microsoft Intune, Azure Information Protection, or Azure Active Directory Premium (AADP) within the last 12 months.',
      'Microsoft Intune, Azure Information Protection oder Azure Active Directory Premium (AADP) innerhalb der letzten 12 Monate.',
      ['Microsoft Intune', 'Azure Information Protection', 'Azure Active Directory Premium (AADP)'],
    ],
  ])('reads the list in “%s”', (source, target, items) => {
    const read = readWorkloads(sentence(source, target))!;
    expect(read.workloads.map((w) => w.name.source)).toEqual(items);
    expect(read.workloads.map((w) => w.name.target)).toEqual(items);
    expect(read.aligned.extra).toEqual([]);
  });

  it.each([
    ['Partners must have deployed 2,000 active entitlements (active users)'],
    ['Meet revenue thresholds of any one or combination of the eligible components (entitlements) of EMS.'],
    ['Seats must be paid licenses to count towards seat requirements.'],
  ])('finds no list in “%s”', (source) => {
    expect(readWorkloads(sentence(source, source))).toBeUndefined();
  });
});
