// Japanese: `,` groups (also full-width `，`), `万`/`億` multipliers, dates as `2018年2月15日`
// or `2018/2/15`, counts written with kanji numerals only before a counter (`三つ`, `二人`).
import { unknownAnswers } from './numerals.ts';

export default {
  lang: 'ja',
  decimal: '.',
  group: [',', '，'],
  numberWords: { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 },
  counters: ['つ', '人', '名', '個', '件', '回', '社', 'か月', 'ヶ月', 'カ月', '週間', '日間', '年間', '種類', '番目', '段階', '以上'],
  // Latin `K`/`M` after a number are written in Japanese and Chinese technical text too (`2.3M`).
  multipliers: { K: 1e3, k: 1e3, M: 1e6, 千: 1e3, 万: 1e4, 億: 1e8 },
  months: {},
  dateSeparators: ['/', '-'],
  dateOrder: 'ymd',
  conjunctions: { or: ['または', 'か', 'もしくは'], and: ['および', 'と', 'かつ'] },
  currencies: { 'US$': 'USD', USD: 'USD', $: 'USD', 米ドル: 'USD', ドル: 'USD', 円: 'JPY', '¥': 'JPY', 'JPY': 'JPY', '€': 'EUR', ユーロ: 'EUR' },
  units: { 日: 'day', 日間: 'day', 週: 'week', 週間: 'week', か月: 'month', ヶ月: 'month', カ月: 'month', 年: 'year', 年間: 'year', 時間: 'hour', フィート: 'foot', インチ: 'inch', マイル: 'mile', メートル: 'meter', m: 'meter', cm: 'centimeter', センチ: 'centimeter', mm: 'millimeter', km: 'kilometer', kg: 'kilogram', g: 'gram', グラム: 'gram', ポンド: 'pound' },
  percent: ['%', '％', 'パーセント'],
  rangeWords: ['～', '〜', 'から'],
  hours: ['時'],
  unknown: unknownAnswers.ja!,
  stopWords: ['の', 'は', 'が', 'を', 'に', 'で', 'と', 'も', 'や', 'へ', 'から', 'まで', 'より', 'です', 'ます'],
  lengthRatio: [0.15, 1.5],
  wordSpacing: false,
  numberSuffixes: [],
  endMarks: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';', '。': '.', '．': '.', '？': '?', '！': '!', '：': ':', '；': ';' },
  pairs: [['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['「', '」'], ['『', '』'], ['【', '】'], ['〔', '〕'], ['《', '》'], ['〈', '〉']],
  quotes: ['"', '“', '”'],
  doubles: [],
} as const;
