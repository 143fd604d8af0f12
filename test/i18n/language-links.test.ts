import { describe, expect, it } from 'vitest';
import { languageLinks } from '../../src/i18n/language-links.ts';

const page = (...langs: Array<[string, string]>) => langs.map(([lang, locale]) => ({ lang, locale, path: `/${lang}/billing/` }));

describe('languageLinks', () => {
  it('shows two languages inline, the current one marked, each name in its own language', () => {
    const { links, menu, current } = languageLinks('de', page(['de', 'de-DE'], ['en', 'en-US']));
    expect(menu).toBe(false);
    expect(links.map((l) => [l.name, l.current])).toEqual([['Deutsch', true], ['English', false]]);
    expect(current?.lang).toBe('de');
  });

  it('puts more than two languages in a menu, whatever their number', () => {
    const five = page(['de', 'de-DE'], ['fr', 'fr-FR'], ['ja', 'ja-JP'], ['zh', 'zh-CN'], ['en', 'en-US']);
    const { links, menu, current } = languageLinks('ja', five);
    expect(menu).toBe(true);
    expect(links.map((l) => l.name)).toEqual(['Deutsch', 'Français', '日本語', '中文', 'English']);
    expect(current?.name).toBe('日本語');
    expect(languageLinks('de', five.slice(0, 3), { inline: 3 }).menu).toBe(false);
  });

  it('offers nothing for a page in one language', () => {
    expect(languageLinks('de', page(['de', 'de-DE']))).toEqual({ links: [], menu: false });
  });
});
