import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/islands/Checker.tsx';
import { LevelResult } from '../../src/islands/LevelResult.tsx';
import { evaluate } from '../../src/eligibility/evaluate.ts';
import { labelPicker, translator } from '../../src/eligibility/format.ts';
import { messagesWithPrefix } from '../../src/i18n/index.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { extractRequirements } from '../../src/requirements/extract-requirements.ts';
import type { Competency } from '../../src/requirements/model.ts';
import { ROOT, SEED } from '../helpers/shared.ts';
import { EXO, MCSA, answers, customer, otherUsd, person, seedLike } from '../eligibility/models.ts';

const seed = extractRequirements(parseSxs(readFileSync(SEED), { file: 'seed.md' })).model;
const render = (model: Competency, locale: string) =>
  renderToString(h(Checker, { model, locale, messages: messagesWithPrefix(locale, 'checker.') }));

/** Every text input and select has a `<label for>`; checkboxes and radios sit inside their label. */
function unlabelled(html: string): string[] {
  const fors = new Set([...html.matchAll(/<label for="([^"]+)"/g)].map((m) => m[1]));
  return [...html.matchAll(/<(input|select)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/type="(checkbox|radio)"/.test(tag))
    .filter((tag) => !fors.has(/id="([^"]+)"/.exec(tag)?.[1] ?? ''));
}

describe('Checker island', () => {
  it.each([
    ['de-DE', ['Berechtigung prüfen', 'Ihr Markt', 'Industrieland', 'Kunden', 'Ich kenne nur meine Summen', 'Personen', 'Zurücksetzen', 'Partner Center']],
    ['en-US', ['Check your eligibility', 'Your market', 'Developed market', 'Customers', 'I only know my totals', 'People', 'Reset', 'Partner Center']],
  ])('renders its labels in %s from the catalogue', (locale, labels) => {
    const html = render(seed, locale);
    for (const label of labels) expect(html).toContain(label);
    expect(html).not.toMatch(/checker\.[a-z]/);
  });

  it('labels every input and announces verdicts politely', () => {
    const html = render(seedLike, 'de-DE');
    expect(unlabelled(html)).toEqual([]);
    expect(html).toMatch(/aria-live="polite"[^>]*>Silver: Weitere Angaben nötig\. Gold: Weitere Angaben nötig\.</);
    expect(html).toContain('Nächster Schritt: Ihren Markt wählen.');
  });

  it('asks for the option where a page has several, and for no market where none differs', () => {
    const html = render(otherUsd, 'en-US');
    expect(html).toContain('Option');
    expect(html).toContain('New customers option');
    expect(html).not.toContain('Your market');
    expect(html).toContain('Read and confirm');
    expect(html).toContain('Submit one customer reference.');
  });

  it('renders a model without JavaScript state: no window or location needed', () => {
    expect(() => render(seed, 'en-US')).not.toThrow();
  });
});

describe('LevelResult', () => {
  const a = answers({ market: 'developed', customers: [customer({ [EXO]: 2500 })], individuals: [person(MCSA)] });
  const renderLevels = (model: Competency, locale: string) => {
    const w = { t: translator(messagesWithPrefix(locale, 'checker.')), pick: labelPicker(model, locale), nf: new Intl.NumberFormat(locale) };
    const e = evaluate(model, a);
    return model.options[0]!.levels
      .map((level, i) => renderToString(h(LevelResult, { level, result: e.levels[i]!, model, w, marketKnown: true, customerName: (n) => `#${n}` })))
      .join('\n');
  };

  it('tells a partner with Silver what Gold still needs, in German', () => {
    const html = renderLevels(seed, 'de-DE');
    expect(html).toContain('Silver</a>: Erfüllt');
    expect(html).toContain('Gold</a>: Nicht erfüllt');
    expect(html).toContain('1.500 aktive Benutzer mehr auf einer Workload');
    expect(html).toContain('1 weitere Person mit MCSA: Office 365 oder mit 70-346 und 70-347');
    expect(html).toContain('href="#gold"');
    expect(html).toContain('Fast Track Partner');
    expect(html).toMatch(/<progress max="100" value="63" aria-label="Fortschritt: /);
  });

  it('and in English', () => {
    const html = renderLevels(seed, 'en-US');
    expect(html).toContain('1,500 more active users on one workload');
    expect(html).toContain('1 more person with MCSA: Office 365, or with 70-346 and 70-347');
    expect(html).toContain('Your organization must meet the performance thresholds');
  });
});

describe('island sources', () => {
  const dir = join(ROOT, 'src', 'islands');
  const sources = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

  it.each(['2000', '2,000', '2.000', '1000', '4000', '70-346', '70-347', 'MCSA', 'Exchange', 'SharePoint', 'Yammer', 'ProPlus', 'Skype', 'Fast Track', 'Transacting'])(
    'writes no seed value into a component: %s',
    (value) => {
      expect(sources.filter(([, text]) => text.includes(value)).map(([f]) => f)).toEqual([]);
    },
  );
});
