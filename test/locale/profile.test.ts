import { describe, expect, it } from 'vitest';
import { languageOf } from '../../src/locale/language-of.ts';
import { conjunctionOf, profileFor, profileLanguages, profileSchema } from '../../src/locale/profile.ts';
import { languageOf as fromI18n } from '../../src/i18n/language-of.ts';

describe('languageOf', () => {
  it.each([
    ['de-DE', 'de'],
    ['fr-fr', 'fr'],
    ['ja_JP', 'ja'],
    ['EN', 'en'],
    ['zh-Hant-TW', 'zh'],
  ])('reads %j as %j', (tag, lang) => {
    expect(languageOf(tag)).toBe(lang);
  });

  it('is the one the old path re-exports', () => {
    expect(fromI18n).toBe(languageOf);
  });
});

describe('profileFor', () => {
  it('has a profile for English, German, French, Japanese and Chinese, each valid', () => {
    expect(profileLanguages().sort()).toEqual(['de', 'en', 'fr', 'ja', 'zh']);
    for (const lang of profileLanguages()) expect(profileSchema.safeParse(profileFor(lang).profile).success, lang).toBe(true);
  });

  it.each([
    ['fr-CA', 'fr', false],
    ['de-AT', 'de', false],
    ['ja-JP', 'ja', false],
    ['es-ES', 'en', true],
  ])('gives %s the %s profile (fallback: %s)', (tag, lang, fallback) => {
    const { profile, fallback: fell } = profileFor(tag);
    expect([profile.lang, fell]).toEqual([lang, fallback]);
  });

  it('agrees with Intl on each decimal sign', () => {
    for (const lang of profileLanguages()) {
      expect(profileFor(lang).profile.decimal, lang).toBe(new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')!.value);
    }
  });

  it('rejects a profile with a field missing', () => {
    const { lang, ...rest } = profileFor('de').profile;
    expect(profileSchema.safeParse(rest).success).toBe(false);
    expect(lang).toBe('de');
  });
});

describe('conjunctionOf', () => {
  it.each([
    ['OR', 'or'],
    ['Or', 'or'],
    ['ODER', 'or'],
    ['OU', 'or'],
    ['または', 'or'],
    ['AND', 'and'],
    ['UND', 'and'],
    ['ET', 'and'],
    ['および', 'and'],
    ['Partner', undefined],
  ])('reads %j as %s', (word, expected) => {
    expect(conjunctionOf(word)).toBe(expected);
  });

  it('reads a word in one language only when asked', () => {
    expect(conjunctionOf('oder', 'de-DE')).toBe('or');
    expect(conjunctionOf('oder', 'fr-FR')).toBeUndefined();
  });
});
