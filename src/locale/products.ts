// Names that a number after them belongs to (`Office 365`, `Windows 10`, `Plan 1`): the number
// is part of a product name, not a quantity. The same in every language, so one list.
// A list rather than "any capitalized word": German capitalizes every noun ("Über 2.000 …").
export const PRODUCT_WORDS: readonly string[] = [
  'Office', 'Windows', 'Server', 'Dynamics', 'AX', 'NAV', 'GP', 'SL', 'CRM', 'SQL', 'Exchange', 'SharePoint', 'Skype', 'Lync',
  'Azure', 'Microsoft', 'Studio', 'Visio', 'Project', 'Teams', 'Edition', 'Plan', 'Surface', 'Xbox', 'Version', 'version', 'Stack',
];
