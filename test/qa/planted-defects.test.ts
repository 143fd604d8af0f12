// Planted defects, one of each kind, in generated pages of every language the corpus has: each
// is found at its line (as a finding or as an occurrence of a grouped one), and the clean page
// gives no error and no warning.
import { describe, expect, it } from 'vitest';
import { runQa } from '../../src/qa/run-qa.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';
import type { Diagnostic } from '../../src/sxs/types.js';

const ENGLISH = [
  'Partners must have 2,000 active users.',
  'The offer ends on February 15, 2018.',
  'See [the program guide](https://example.com/guide) for details.',
  'Select **Settings** to continue.',
  'You can change this setting at any time in the portal.',
  'Contact your account manager for help.',
  'Pass exam 70-346 to qualify.',
];

interface Language {
  locale: string;
  clean: string[];
  /** The same sentences with a defect each: another number, another date, another link target, bold dropped, English left, emptied, another exam code. */
  planted: string[];
}

const LANGUAGES: Language[] = [
  {
    locale: 'de-DE',
    clean: ['Partner müssen 2.000 aktive Benutzer haben.', 'Das Angebot endet am 15. Februar 2018.', 'Weitere Informationen finden Sie im [Programmleitfaden](https://example.com/guide).', 'Wählen Sie **Einstellungen** aus, um fortzufahren.', 'Sie können diese Einstellung jederzeit im Portal ändern.', 'Wenden Sie sich an Ihren Account Manager, um Hilfe zu erhalten.', 'Bestehen Sie die Prüfung 70-346, um sich zu qualifizieren.'],
    planted: ['Partner müssen 20.000 aktive Benutzer haben.', 'Das Angebot endet am 15. März 2018.', 'Weitere Informationen finden Sie im [Programmleitfaden](https://example.com/guide2).', 'Wählen Sie Einstellungen aus, um fortzufahren.', ENGLISH[4]!, '', 'Bestehen Sie die Prüfung 70-347, um sich zu qualifizieren.'],
  },
  {
    locale: 'fr-FR',
    clean: ['Les partenaires doivent avoir 2 000 utilisateurs actifs.', 'L’offre se termine le 15 février 2018.', 'Consultez le [guide du programme](https://example.com/guide) pour plus de détails.', 'Sélectionnez **Paramètres** pour continuer.', 'Vous pouvez modifier ce paramètre à tout moment dans le portail.', 'Contactez votre responsable de compte pour obtenir de l’aide.', 'Réussissez l’examen 70-346 pour être admissible.'],
    planted: ['Les partenaires doivent avoir 200 utilisateurs actifs.', 'L’offre se termine le 15 mars 2018.', 'Consultez le [guide du programme](https://example.com/autre) pour plus de détails.', 'Sélectionnez Paramètres pour continuer.', ENGLISH[4]!, '', 'Réussissez l’examen 70-364 pour être admissible.'],
  },
  {
    locale: 'ja-JP',
    clean: ['パートナーは 2,000 人のアクティブ ユーザーを持っている必要があります。', 'このオファーは 2018年2月15日に終了します。', '詳細については、[プログラム ガイド](https://example.com/guide)を参照してください。', '**設定** を選択して続行します。', 'この設定はポータルでいつでも変更できます。', 'サポートについては、アカウント マネージャーにお問い合わせください。', '資格を得るには試験 70-346 に合格してください。'],
    planted: ['パートナーは 3,000 人のアクティブ ユーザーを持っている必要があります。', 'このオファーは 2018年3月15日に終了します。', '詳細については、[プログラム ガイド](https://example.com/other)を参照してください。', '設定 を選択して続行します。', ENGLISH[4]!, '', '資格を得るには試験 70-347 に合格してください。'],
  },
  {
    locale: 'zh-CN',
    clean: ['合作伙伴必须拥有 2,000 个活跃用户。', '此优惠于 2018年2月15日结束。', '有关详细信息，请参阅[计划指南](https://example.com/guide)。', '选择 **设置** 以继续。', '你可以随时在门户中更改此设置。', '请联系你的客户经理获取帮助。', '通过考试 70-346 即可获得资格。'],
    planted: ['合作伙伴必须拥有 2,500 个活跃用户。', '此优惠于 2018年2月16日结束。', '有关详细信息，请参阅[计划指南](https://example.com/guides)。', '选择 设置 以继续。', ENGLISH[4]!, '', '通过考试 70-343 即可获得资格。'],
  },
];

/** The rule that must report each planted defect, in the order of `planted`. */
const EXPECTED = ['number-mismatch', 'number-mismatch', 'link-mismatch', 'markup-mismatch', 'same-as-source', 'sxs-empty-segment', 'number-mismatch'];

const page = (locale: string, targets: string[]) =>
  `---\ntitle: T\nms.contentlocale: ${locale}\n---\n\n${targets.map((t, i) => `<span data-ttu-id="p-${101 + i}">${t}</span><span class="sxs-lookup"><span data-stu-id="p-${101 + i}">${ENGLISH[i]}</span></span>`).join('\n\n')}\n`;
/** Segment i sits on line 6 + 2i. */
const lineOf = (i: number) => 6 + 2 * i;

/** Every place a finding stands for: itself, or each of its occurrences. */
const places = (d: Diagnostic) => (d.occurrences ?? [{ file: d.file, place: d.place }]).map((o) => o.place.line);

describe.each(LANGUAGES)('planted defects in $locale', ({ locale, clean, planted }) => {
  it('finds nothing to fix in the clean page', () => {
    const ds = runQa([parseSxs(page(locale, clean), { file: 'clean.md' })]);
    expect(ds.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.reason}`)).toEqual([]);
  });

  it.each(EXPECTED.map((rule, i) => [i, rule] as const))('finds defect %i with %s at its line', (i, rule) => {
    const targets = clean.map((t, k) => (k === i ? planted[k]! : t));
    const ds = runQa([parseSxs(page(locale, targets), { file: 'planted.md' })]);
    expect(ds.filter((d) => d.ruleId === rule).flatMap(places)).toContain(lineOf(i));
    expect(ds.filter((d) => d.severity !== 'info').flatMap(places).every((line) => line === lineOf(i))).toBe(true);
  });

  it('finds all of them in one page', () => {
    const ds = runQa([parseSxs(page(locale, planted), { file: 'planted.md' })]);
    EXPECTED.forEach((rule, i) => expect(ds.filter((d) => d.ruleId === rule).flatMap(places), `${rule} at ${lineOf(i)}`).toContain(lineOf(i)));
  });
});
