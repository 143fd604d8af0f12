// French: narrow no-break spaces (U+202F), no-break or plain spaces group digits, `,` is the
// decimal mark; dates as `15/02/2018` or `15 février 2018`; times as `17 h 00`.
import { unknownAnswers } from './numerals.ts';

export default {
  lang: 'fr',
  decimal: ',',
  // `2.000` is read as a grouped number too: older French writing groups with dots.
  group: ['\u202f', '\u00a0', ' ', '\u2009', '.'],
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    premier: 1, première: 1, deuxième: 2, troisième: 3,
  },
  multipliers: { k: 1e3, K: 1e3, millier: 1e3, milliers: 1e3, M: 1e6, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, Md: 1e9 },
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7,
    août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12,
  },
  dateSeparators: ['/', '.'],
  dateOrder: 'dmy',
  conjunctions: { or: ['ou'], and: ['et'] },
  currencies: {
    'US$': 'USD', USD: 'USD', '$ US': 'USD', '$US': 'USD', $: 'USD', 'dollars américains': 'USD', 'dollars US': 'USD', dollars: 'USD',
    '€': 'EUR', EUR: 'EUR', euros: 'EUR', euro: 'EUR',
  },
  units: { jour: 'day', jours: 'day', semaine: 'week', semaines: 'week', mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year', heure: 'hour', heures: 'hour', pieds: 'foot', pied: 'foot', pouces: 'inch', pouce: 'inch', miles: 'mile', mètres: 'meter', mètre: 'meter', m: 'meter', cm: 'centimeter', mm: 'millimeter', km: 'kilometer', kilomètres: 'kilometer', kg: 'kilogram', g: 'gram', grammes: 'gram', livres: 'pound' },
  percent: ['%', 'pour cent', 'pourcent'],
  rangeWords: ['au', 'à'],
  hours: ['h'],
  unknown: unknownAnswers.fr!,
  stopWords: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'ou', 'à', 'au', 'aux', 'en', 'pour', 'avec', 'sur', 'par', 'est', 'sont'],
  lengthRatio: [0.5, 2.5],
  wordSpacing: true,
  numberSuffixes: ['er', 're', 'ère', 'e', 'ème', 'nd', 'nde', 'd'],
  endMarks: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';' },
  pairs: [['(', ')'], ['[', ']'], ['{', '}']],
  quotes: ['"', '«', '»', '“', '”'],
  doubles: ['nous', 'vous'],
} as const;
