import { describe, expect, it } from 'vitest';
import { formatMessage, pluralKey, translator } from '../../src/locale/format-message.ts';

const messages = {
  'x.found.one': '{count} page found',
  'x.found.other': '{count} pages found',
  'x.hello': 'Hello {name}',
};

describe('formatMessage', () => {
  it('fills placeholders and keeps one without a value as written', () => {
    expect(formatMessage('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('translator', () => {
  it.each([
    ['en', 1, '1 page found'],
    ['en', 0, '0 pages found'],
    ['en', 2000, '2,000 pages found'],
    ['fr', 0, '0 page found'],
    ['fr', 1, '1 page found'],
    ['fr', 2000, '2\u202f000 pages found'],
    ['de', 2000, '2.000 pages found'],
    ['ja', 1, '1 pages found'],
  ])('picks the plural form of %s for %d', (locale, count, expected) => {
    expect(translator(messages, locale)('x.found', { count })).toBe(expected);
  });

  it('uses a plain key as it is, and shows a missing one as itself', () => {
    const t = translator(messages, 'de');
    expect(t('x.hello', { name: 'Ada' })).toBe('Hello Ada');
    expect(t('x.nothing')).toBe('x.nothing');
  });

  it('falls back to the other form when a language needs one the catalogue lacks', () => {
    expect(pluralKey(messages, 'x.found', 3, 'pl')).toBe('x.found.other');
  });
});
