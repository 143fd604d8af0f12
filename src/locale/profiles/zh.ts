// Simplified Chinese (zh-CN): `,` groups, `万` (1e4) and `亿` (1e8) multiply (`10 亿` = 1 billion,
// `6万` = 60,000), dates as `2018年3月19日` or `2018/3/19`, full-width punctuation `。，：；！？`
// and brackets `（）`, quotes `“”` and `「」`. Traditional Chinese (zh-TW) writes `萬`/`億`, read
// here too; it would need its own UI catalogue and its quotes `「」` first.
import { unknownAnswers } from './numerals.ts';

export default {
  lang: 'zh',
  decimal: '.',
  group: [',', '，'],
  numberWords: { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 },
  counters: ['个', '次', '名', '位', '人', '项', '种', '台', '家', '天', '周', '年', '步', '倍'],
  // Latin `K`/`M` after a number are written in Japanese and Chinese technical text too (`2.3M`).
  multipliers: { K: 1e3, k: 1e3, M: 1e6, 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  months: {},
  dateSeparators: ['/', '-'],
  dateOrder: 'ymd',
  conjunctions: { or: ['或', '或者'], and: ['和', '及', '与', '以及'] },
  currencies: { 'US$': 'USD', USD: 'USD', $: 'USD', 美元: 'USD', 人民币: 'CNY', 元: 'CNY', CNY: 'CNY', '¥': 'CNY', '€': 'EUR', 欧元: 'EUR', EUR: 'EUR' },
  units: { 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 个月: 'month', 月: 'month', 年: 'year', 小时: 'hour', 英尺: 'foot', 英寸: 'inch', 英里: 'mile', 米: 'meter', m: 'meter', 厘米: 'centimeter', cm: 'centimeter', 毫米: 'millimeter', mm: 'millimeter', 公里: 'kilometer', km: 'kilometer', 千克: 'kilogram', 公斤: 'kilogram', kg: 'kilogram', 克: 'gram', g: 'gram', 磅: 'pound' },
  percent: ['%', '％'],
  rangeWords: ['至', '到', '～', '〜'],
  hours: ['点', '时'],
  unknown: unknownAnswers.zh!,
  stopWords: ['的', '了', '在', '是', '和', '与', '或', '及', '为', '对', '将', '从'],
  lengthRatio: [0.1, 1.2],
  wordSpacing: false,
  numberSuffixes: [],
  endMarks: { '.': '.', '?': '?', '!': '!', ':': ':', ';': ';', '。': '.', '．': '.', '？': '?', '！': '!', '：': ':', '；': ';' },
  pairs: [['(', ')'], ['[', ']'], ['{', '}'], ['（', '）'], ['［', '］'], ['「', '」'], ['『', '』'], ['【', '】'], ['《', '》'], ['〈', '〉']],
  quotes: ['"', '“', '”'],
  doubles: [],
} as const;
