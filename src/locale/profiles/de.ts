// German: `2.000` groups, `1,5` decimals, dates as `15.02.2018` or `15. Februar 2018`.
import { unknownAnswers } from './numerals.ts';

export default {
  lang: 'de',
  decimal: ',',
  // Spaces group digits too (`100 000`, as DIN 5008 writes large numbers).
  group: ['.', ' ', '\u00a0', '\u202f', '\u2009'],
  numberWords: {
    eins: 1, ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    zweier: 2, dreier: 3, zweien: 2, dreien: 3, vieren: 4, fünfen: 5,
    einmal: 1, zweimal: 2, dreimal: 3, einzige: 1, einzigen: 1, erste: 1, ersten: 1, zweite: 2, zweiten: 2, dritte: 3, dritten: 3, drittanbieter: 3,
  },
  multipliers: { Tsd: 1e3, 'Tsd.': 1e3, Tausend: 1e3, Mio: 1e6, 'Mio.': 1e6, Million: 1e6, Millionen: 1e6, Mrd: 1e9, 'Mrd.': 1e9, Milliarde: 1e9, Milliarden: 1e9 },
  months: {
    januar: 1, jänner: 1, jan: 1, jän: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
    juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  dateSeparators: ['.', '/'],
  dateOrder: 'dmy',
  conjunctions: { or: ['oder'], and: ['und'] },
  currencies: { 'US-$': 'USD', 'US$': 'USD', USD: 'USD', $: 'USD', 'US-Dollar': 'USD', 'US Dollar': 'USD', Dollar: 'USD', '€': 'EUR', EUR: 'EUR', Euro: 'EUR' },
  units: { Tag: 'day', Tage: 'day', Tagen: 'day', Tages: 'day', Woche: 'week', Wochen: 'week', Monat: 'month', Monate: 'month', Monaten: 'month', Monats: 'month', Jahr: 'year', Jahre: 'year', Jahren: 'year', Jahres: 'year', Stunde: 'hour', Stunden: 'hour', Fuß: 'foot', Zoll: 'inch', Meilen: 'mile', Meile: 'mile', Meter: 'meter', Metern: 'meter', m: 'meter', cm: 'centimeter', mm: 'millimeter', km: 'kilometer', Kilometer: 'kilometer', kg: 'kilogram', g: 'gram', Gramm: 'gram', Pfund: 'pound' },
  percent: ['%', 'Prozent'],
  rangeWords: ['bis'],
  hours: ['Uhr'],
  unknown: unknownAnswers.de!,
  stopWords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'von', 'zu', 'mit', 'für', 'in', 'im', 'auf', 'ist', 'sind'],
  lengthRatio: [0.5, 2.5],
  wordSpacing: true,
  numberSuffixes: ['stel', 'tel', 'ste', 'te', 'ten', 'sten', 'er', 'en', 'fach'],
  endMarks: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';' },
  pairs: [['(', ')'], ['[', ']'], ['{', '}']],
  quotes: ['"', '„', '“', '”', '»', '«'],
  doubles: ['die', 'der', 'das', 'den', 'dem', 'des'],
} as const;
