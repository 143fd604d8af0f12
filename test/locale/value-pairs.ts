// One table of value pairs per language pair (English source, translation) with the verdict
// every consumer must reach: QA's number rules (test/qa/numbers.test.ts) and the comparer
// (compare-values.test.ts). Phrasings follow the corpus; the values are our own.

/** `same`: every value pairs up; `differs`: a value changed (an error); `misformatted`: matches only in
 * another locale's notation (a warning); `not-comparable`: values on one side only (never an error). */
export type Verdict = 'same' | 'differs' | 'misformatted' | 'not-comparable';

export interface ValuePair {
  source: string;
  target: string;
  verdict: Verdict;
}

export const TARGET_LOCALES = { de: 'de-DE', fr: 'fr-FR', ja: 'ja-JP' } as const;

export const VALUE_PAIRS: Record<keyof typeof TARGET_LOCALES, ValuePair[]> = {
  de: [
    { source: '2,000 active users', target: '2.000 aktive Benutzer', verdict: 'same' },
    { source: '2,000 active users', target: '2000 aktive Benutzer', verdict: 'same' },
    { source: '1.5 hours', target: '1,5 Stunden', verdict: 'same' },
    { source: 'on July 1, 2017', target: 'am 1. Juli 2017', verdict: 'same' },
    { source: 'by 2/11/17', target: 'bis zum 11.02.2017', verdict: 'same' },
    { source: 'from 2/11/17 – 2/10/18', target: 'vom 11.02.2017 bis 10.02.2018', verdict: 'same' },
    { source: 'US$ 4.00 per user', target: '4,00 USD pro Benutzer', verdict: 'same' },
    { source: 'US$15,000 in revenue', target: '15.000 US-Dollar Umsatz', verdict: 'same' },
    { source: '60K seats', target: '60.000 Arbeitsplätze', verdict: 'same' },
    { source: '1.5 million users', target: '1,5 Mio. Benutzer', verdict: 'same' },
    { source: 'three exams', target: 'drei Prüfungen', verdict: 'same' },
    { source: '3 exams', target: 'drei Prüfungen', verdict: 'same' },
    { source: '3rd-party apps', target: 'Drittanbieter-Apps', verdict: 'same' },
    { source: 'within 60 days', target: 'innerhalb von 60Tagen', verdict: 'same' },
    { source: 'Exam 70-346', target: 'Prüfung 70\u2011346', verdict: 'same' },
    { source: 'Office 365 and Windows 10', target: 'Office 365 und Windows 10', verdict: 'same' },
    { source: 'Office365 workloads', target: 'Office 365-Workloads', verdict: 'same' },
    { source: 'Dynamics AX 2012 or SQL Server 2014', target: 'Dynamics AX 2012 oder SQL Server 2014', verdict: 'same' },
    { source: '50% of revenue', target: '50 Prozent des Umsatzes', verdict: 'same' },
    { source: 'at 5:00 PM', target: 'um 17:00 Uhr', verdict: 'same' },
    { source: 'Version 2.1.0', target: 'Version 2.1.0', verdict: 'same' },
    { source: 'until Feb 2018', target: 'bis Februar 2018', verdict: 'same' },
    { source: 'until December 31', target: 'bis zum 31.12.', verdict: 'same' },
    { source: 'in 2017', target: 'im Jahr 2017', verdict: 'same' },
    { source: 'within 28 days', target: 'innerhalb von 31 Tagen', verdict: 'differs' },
    { source: '2,000 active users', target: '20.000 aktive Benutzer', verdict: 'differs' },
    { source: '50,000 USD', target: '100.000 USD', verdict: 'differs' },
    { source: 'by 2/11/17', target: 'bis zum 12.02.2017', verdict: 'differs' },
    { source: 'Exam 70-346', target: 'Prüfung 70-347', verdict: 'differs' },
    { source: '2,000 active users', target: '2,000 aktive Benutzer', verdict: 'misformatted' },
    { source: 'within 90 days', target: 'innerhalb von drei Monaten', verdict: 'not-comparable' },
    { source: 'Silver competency', target: 'Silber-Kompetenz für 2 Jahre', verdict: 'not-comparable' },
    { source: 'at 5:00 PM', target: 'am 1. Juli', verdict: 'not-comparable' },
  ],
  fr: [
    { source: 'Partners must have deployed 2,000 active entitlements of Office 365 or Dynamics 365 in the past 12 months.', target: 'Les partenaires doivent avoir déployé 2\u202f000 droits d’utilisation actifs d’Office 365 ou de Dynamics 365 au cours des 12 derniers mois.', verdict: 'same' },
    { source: 'From 1 to 5 users', target: 'De 1 à 5 utilisateurs', verdict: 'same' },
    { source: '2,000 users', target: '2\u202f000 utilisateurs', verdict: 'same' },
    { source: '12,500 users', target: '12 500 utilisateurs', verdict: 'same' },
    { source: '2,000.5 euros', target: '2\u202f000,5 euros', verdict: 'same' },
    { source: 'February 15, 2018', target: '15 février 2018', verdict: 'same' },
    { source: 'August 1, 2018', target: '1er août 2018', verdict: 'same' },
    { source: 'until Feb 2018', target: 'jusqu’en février 2018', verdict: 'same' },
    { source: '2/15/2018', target: '15/02/2018', verdict: 'same' },
    { source: 'US$ 4.00', target: '4,00 $ US', verdict: 'same' },
    { source: '$15,000', target: '15 000 dollars américains', verdict: 'same' },
    { source: '15,000 USD', target: '15 000 $ US', verdict: 'same' },
    { source: '1 billion', target: '1 milliard', verdict: 'same' },
    { source: '2 million', target: '2 millions', verdict: 'same' },
    { source: '50%', target: '50\u00a0%', verdict: 'same' },
    { source: 'at 5:00 PM', target: 'à 17 h 00', verdict: 'same' },
    { source: 'three partners', target: 'trois partenaires', verdict: 'same' },
    { source: '1.5 hours', target: '1,5 heure', verdict: 'same' },
    { source: 'Exam 98-361', target: 'Examen 98-361', verdict: 'same' },
    { source: '[Exam 70-334](https://example.com): Core Solutions', target: '[Examen70-334](https://example.com) : Core Solutions', verdict: 'same' },
    { source: 'Windows 10 and Office 365', target: 'Windows 10 et Office 365', verdict: 'same' },
    { source: 'within 28 days', target: 'sous 31 jours', verdict: 'differs' },
    { source: '50,000 USD', target: '100\u202f000 USD', verdict: 'differs' },
    { source: 'February 15, 2018', target: '16 février 2018', verdict: 'differs' },
    { source: '2,000 users', target: '2,000 utilisateurs', verdict: 'misformatted' },
    { source: 'within 90 days', target: 'dans les trois mois', verdict: 'not-comparable' },
  ],
  ja: [
    { source: 'Effective February 1, 2018, at 5:00 PM', target: '2018 年 2 月 1 日午後 5 時以降', verdict: 'same' },
    { source: 'Partners must have deployed 2,000 active entitlements of Office 365 or Dynamics 365 in the past 12 months.', target: 'パートナーは、過去 12 か月間に Office 365 または Dynamics 365 の有効な使用権を 2,000 件展開している必要があります。', verdict: 'same' },
    { source: 'US$ 4,000 in revenue', target: '4,000 米ドルの収益', verdict: 'same' },
    { source: 'within 31 days', target: '31日間以内', verdict: 'same' },
    { source: '2,000 users', target: '２，０００人のユーザー', verdict: 'same' },
    { source: '2,000 users', target: '2,000 人のユーザー', verdict: 'same' },
    { source: '60K seats', target: '6万シート', verdict: 'same' },
    { source: '1 billion', target: '10億', verdict: 'same' },
    { source: '5 million', target: '500万', verdict: 'same' },
    { source: 'February 15, 2018', target: '2018年2月15日', verdict: 'same' },
    { source: '2/11/17', target: '2017/2/11', verdict: 'same' },
    { source: 'Feb 2018', target: '2018年2月', verdict: 'same' },
    { source: 'in 2017', target: '2017 年に', verdict: 'same' },
    { source: 'US$ 4.00', target: '4.00 米ドル', verdict: 'same' },
    { source: 'three exams', target: '3 つの試験', verdict: 'same' },
    { source: 'three exams', target: '三つの試験', verdict: 'same' },
    { source: '50%', target: '50％', verdict: 'same' },
    { source: 'within 30 days', target: '30 日以内', verdict: 'same' },
    { source: 'Office 365 and MB2-716', target: 'Office 365 と MB2-716', verdict: 'same' },
    { source: 'within 28 days', target: '31 日以内', verdict: 'differs' },
    { source: '50,000 USD', target: '100,000 USD', verdict: 'differs' },
    { source: 'February 15, 2018', target: '2018年3月15日', verdict: 'differs' },
    { source: '2,000 users', target: '2.000 人のユーザー', verdict: 'misformatted' },
    { source: 'within 90 days', target: '3 か月以内', verdict: 'not-comparable' },
  ],
};
