import { describe, expect, it } from 'vitest';
import { labelPicker, translator, type Words } from '../../src/eligibility/format.ts';
import { linkNotices, partText } from '../../src/eligibility/link-notice.ts';
import { optionInputs } from '../../src/eligibility/option-inputs.ts';
import type { DroppedPart } from '../../src/eligibility/url-state.ts';
import de from '../../src/i18n/checker/de.ts';
import en from '../../src/i18n/checker/en.ts';
import { EXO, answers, seedLike } from './models.ts';

const words = (messages: Record<string, string>, locale: string): Words => ({ t: translator(messages), pick: labelPicker(seedLike, locale), nf: new Intl.NumberFormat(locale) });
const EN = words(en, 'en-US');
const DE = words(de, 'de-DE');
const inputs = optionInputs(seedLike.options[0]!);
const none = { customers: 0, individuals: 0 };

describe('what a link left out, in words', () => {
  it.each([
    [{ at: 'customer', row: 0, field: EXO, excerpt: '-5' }, 'Customer 1, Exchange Online (“-5”)', 'Kunde 1, Exchange Online („-5“)'],
    [{ at: 'customer', row: 2, field: 'association', excerpt: 'best-friend' }, 'Customer 3, Association (“best-friend”)', 'Kunde 3, Zuordnung („best-friend“)'],
    [{ at: 'customer', row: 4 }, 'Customer 5', 'Kunde 5'],
    [{ at: 'individual', row: 1, field: 'credential', excerpt: 'exam-99-999' }, 'Person 2, the credential “exam-99-999”, which this page does not list', 'Person 2, der Nachweis „exam-99-999“, den diese Seite nicht nennt'],
    [{ at: 'rows', field: 'customers', excerpt: '4000' }, '4,000 customers beyond the first 1,000', '4.000 Kunden über die ersten 1.000 hinaus'],
  ] as Array<[DroppedPart, string, string]>)('names %j by row and field, in English and German', (part, english, german) => {
    expect(partText(part, inputs, EN)).toBe(english);
    expect(partText(part, inputs, DE)).toBe(german);
  });

  it('names no internal path', () => {
    const text = linkNotices({ answers: answers(), dropped: [{ at: 'customer', row: 0, field: EXO, excerpt: 'x' }, { at: 'individual', row: 0 }], leftOut: none }, inputs, EN).join(' ');
    expect(text).not.toMatch(/customers\.\d|individuals\.\d|active-users:/);
  });

  it('says how many rows a link leaves out, and why a link could not be read at all', () => {
    expect(linkNotices({ answers: answers(), dropped: [], leftOut: { customers: 300, individuals: 1 } }, inputs, EN)).toEqual([
      'This link leaves out 300 customers and 1 person: there were too many for a link. Enter them here, or import your file.',
    ]);
    expect(linkNotices({ answers: answers(), dropped: [{ at: 'version' }], leftOut: none }, inputs, DE)).toEqual([de['checker.notice.version']]);
    expect(linkNotices({ answers: answers(), dropped: [], leftOut: none }, inputs, EN)).toEqual([]);
  });
});
