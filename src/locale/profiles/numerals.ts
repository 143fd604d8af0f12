// What a person may type for "I don't know" in a number field, in each profile's language.
// The checker island ships this list (parse-input.ts), so it is kept apart from the full
// profiles and flat: any of these means `unknown` on every page, as none is a number.

export const unknownAnswers: Record<string, string[]> = {
  en: ['?', 'unknown', 'not sure'],
  de: ['unbekannt', 'nicht sicher', 'weiß nicht'],
  fr: ['inconnu', 'je ne sais pas', 'pas sûr'],
  ja: ['不明', 'わからない'],
  zh: ['不知道', '不确定', '未知'],
};
