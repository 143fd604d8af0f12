// English: the language of every source's original side.
import { unknownAnswers } from './numerals.ts';

export default {
  lang: 'en',
  decimal: '.',
  group: [',', '\u00a0', '\u202f', '\u2009'],
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    once: 1, twice: 2, single: 1, first: 1, second: 2, third: 3,
  },
  multipliers: { K: 1e3, k: 1e3, M: 1e6, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, bn: 1e9 },
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  dateSeparators: ['/'],
  dateOrder: 'mdy',
  conjunctions: { or: ['or'], and: ['and'] },
  currencies: { yen: 'JPY', 'US$': 'USD', USD: 'USD', $: 'USD', 'US dollars': 'USD', dollars: 'USD', '€': 'EUR', EUR: 'EUR', euros: 'EUR', euro: 'EUR' },
  units: { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year', hour: 'hour', hours: 'hour', feet: 'foot', foot: 'foot', ft: 'foot', inches: 'inch', inch: 'inch', miles: 'mile', mile: 'mile', meters: 'meter', meter: 'meter', metres: 'meter', metre: 'meter', cm: 'centimeter', mm: 'millimeter', km: 'kilometer', kg: 'kilogram', g: 'gram', grams: 'gram', pounds: 'pound', lbs: 'pound', lb: 'pound' },
  percent: ['%', 'percent', 'per cent'],
  rangeWords: ['to', 'through'],
  hours: ['AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'],
  unknown: unknownAnswers.en!,
  stopWords: ['a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'for', 'with', 'on', 'at', 'by', 'as', 'is', 'are', 'be'],
  lengthRatio: [0.3, 3],
  wordSpacing: true,
  numberSuffixes: ['st', 'nd', 'rd', 'th', 's'],
  endMarks: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';' },
  pairs: [['(', ')'], ['[', ']'], ['{', '}']],
  quotes: ['"', '“', '”'],
  doubles: ['that', 'had'],
} as const;
