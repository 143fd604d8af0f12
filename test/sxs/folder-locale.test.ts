import { describe, expect, it } from 'vitest';
import { declaredLocale, folderLocales } from '../../src/sxs/folder-locale.ts';

describe('declaredLocale', () => {
  it.each([
    ['---\nms.contentlocale: de-de\n---\n', 'de-de'],
    ['---\ntitle: x\nms.contentlocale: "fr-FR"\n---\n', 'fr-FR'],
    ['---\nms.contentlocale: ja_JP\n---\n', 'ja-JP'],
    ['---\ntitle: x\n---\n', undefined],
  ])('reads %j as %s', (text, expected) => {
    expect(declaredLocale(text)).toBe(expected);
  });
});

describe('folderLocales', () => {
  it('gives a file without a locale the one of its folder’s other files', () => {
    const got = folderLocales(new Map([['/r/x/a.md', 'de-de'], ['/r/x/b.md', 'de-de'], ['/r/x/c.md', undefined]]));
    expect(got.get('/r/x/c.md')).toEqual({ locale: 'de-de', inherited: true });
    expect(got.get('/r/x/a.md')).toEqual({ locale: 'de-de', inherited: false });
  });

  it('takes a locale-named folder when no sibling has a locale', () => {
    const got = folderLocales(new Map([['/r/partner-center-pr.ja-jp/partner-center/a.md', undefined], ['/r/fr-fr/sub/b.md', undefined]]));
    expect(got.get('/r/partner-center-pr.ja-jp/partner-center/a.md')?.locale).toBe('ja-jp');
    expect(got.get('/r/fr-fr/sub/b.md')?.locale).toBe('fr-fr');
  });

  it('falls back to the most common locale of the folder, and leaves a file out when there is none', () => {
    expect(folderLocales(new Map([['/r/a/x.md', 'de-DE'], ['/r/b/y.md', undefined]])).get('/r/b/y.md')?.locale).toBe('de-DE');
    expect(folderLocales(new Map([['/r/docs/y.md', undefined]])).has('/r/docs/y.md')).toBe(false);
  });
});
