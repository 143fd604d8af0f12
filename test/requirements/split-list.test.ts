import { describe, expect, it } from 'vitest';
import { splitList } from '../../src/requirements/split-list.ts';

describe('splitList', () => {
  it.each([
    ['en', 'A or B or C', ['A', 'B', 'C']],
    ['en', 'Exchange Online, SharePoint Online, Skype for Business, or Yammer', ['Exchange Online', 'SharePoint Online', 'Skype for Business', 'Yammer']],
    ['de', 'Exchange Online, SharePoint Online, Skype for Business oder Yammer', ['Exchange Online', 'SharePoint Online', 'Skype for Business', 'Yammer']],
    ['en', 'EMS or Microsoft Intune Delegated Administrator, Transacting Partner, or Digital Partner of Record.', ['EMS or Microsoft Intune Delegated Administrator', 'Transacting Partner', 'Digital Partner of Record']],
    ['de', 'delegierter Office365-Administrator oder Transacting Partner', ['delegierter Office365-Administrator', 'Transacting Partner']],
    ['en', 'Yammer', ['Yammer']],
    ['fr', 'Exchange Online, SharePoint Online, Skype Entreprise ou Yammer', ['Exchange Online', 'SharePoint Online', 'Skype Entreprise', 'Yammer']],
    ['ja', 'Exchange Online、SharePoint Online、Skype for Business、Yammer', ['Exchange Online', 'SharePoint Online', 'Skype for Business', 'Yammer']],
    ['ja', 'Office 365 委任管理者、Transacting Partner、Digital Partner of Record、または Fast Track Partner', ['Office 365 委任管理者', 'Transacting Partner', 'Digital Partner of Record', 'Fast Track Partner']],
  ] as const)('splits (%s) “%s”', (lang, text, items) => {
    expect(splitList(text, lang)).toEqual(items);
  });
});
