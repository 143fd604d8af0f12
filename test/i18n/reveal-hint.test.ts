import { describe, expect, it } from 'vitest';
import { canonicalTag, uiLang, useTranslations } from '../../src/i18n/index.ts';
import { revealHint, twinLocale } from '../../src/i18n/reveal-hint.ts';

const pages = [
  { side: 'target' as const, sourcePath: 'de-de/billing.md', locale: 'de-DE' },
  { side: 'target' as const, sourcePath: 'fr-fr/billing.md', locale: 'fr-FR' },
  { side: 'source' as const, sourcePath: 'de-de/billing.md', locale: 'en-US' },
];

describe('the reveal hint', () => {
  it('names on the English page the language of the translation it was built from', () => {
    expect(twinLocale(pages[2]!, pages)).toBe('de-DE');
    expect(revealHint(useTranslations('en-US'), 'en', pages[2]!, pages)).toMatch(/^Focus, tap or hover a sentence to see its German translation;/);
  });

  it('says “its original” on a translated page', () => {
    expect(twinLocale(pages[1]!, pages)).toBeUndefined();
    expect(revealHint(useTranslations('fr-FR'), 'fr', pages[1]!, pages)).toBe(useTranslations('fr-FR')('reveal.hint'));
  });
});

describe('interface languages', () => {
  it('serves Simplified Chinese by its full tag, and not Traditional Chinese', () => {
    expect(uiLang('zh-cn')).toBe('zh-CN');
    expect(uiLang('zh-TW')).toBe('en');
    expect(uiLang('de-DE')).toBe('de');
    expect(useTranslations('zh-CN')('toc.title')).toBe('本页内容');
  });

  it('writes a label’s colon as each language does', () => {
    const label = (locale: string) => useTranslations(locale)('ui.label', { label: useTranslations(locale)('lang.switch') });
    expect(label('fr-FR')).toBe('Lire cette page en\u202f:');
    expect(label('en-US')).toBe('Read this page in:');
    expect(label('zh-CN')).toBe('阅读此页面的其他语言版本：');
  });

  it('gives <html lang> the full tag as BCP 47 writes it', () => {
    expect(canonicalTag('zh-cn')).toBe('zh-CN');
    expect(canonicalTag('de-de')).toBe('de-DE');
  });
});
