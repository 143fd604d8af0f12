// The hint under the side-by-side switch names what a sentence reveals: on a translated page its
// English original; on the English page the translation it was built with, by that language's name.
import type { Translate } from './index.js';

export interface HintPage {
  side: 'source' | 'target';
  sourcePath: string;
  locale: string;
}

/** The locale of the translation an English page reveals: that of the page built from the same source. */
export function twinLocale(page: HintPage, pages: readonly HintPage[]): string | undefined {
  if (page.side === 'target') return undefined;
  return pages.find((p) => p.side === 'target' && p.sourcePath === page.sourcePath)?.locale;
}

/** The hint for `page` in the interface language of `t` (`uiLang`, e.g. `en`). */
export function revealHint(t: Translate, uiLang: string, page: HintPage, pages: readonly HintPage[]): string {
  const twin = twinLocale(page, pages);
  if (!twin) return t('reveal.hint');
  const language = new Intl.DisplayNames([uiLang], { type: 'language' }).of(twin.split('-')[0]!) ?? twin;
  return t('reveal.hint.translation', { language });
}
