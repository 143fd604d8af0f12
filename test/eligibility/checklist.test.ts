import { describe, expect, it } from 'vitest';
import { checklist } from '../../src/eligibility/checklist.ts';
import { messagesWithPrefix } from '../../src/i18n/index.ts';
import { otherUsd, seedLike } from './models.ts';

const list = (model: typeof seedLike, locale: string) => checklist(model, locale, messagesWithPrefix(locale, 'checker.'));

describe('checklist', () => {
  it('lists each level’s requirements in German with market thresholds and anchors', () => {
    const [option] = list(seedLike, 'de-DE');
    expect(option!.levels.map((l) => l.name)).toEqual(['Silver', 'Gold']);
    expect(option!.levels[0]!.items).toEqual([
      { text: 'Ihre Organisation muss die Leistungsschwellenwerte erfüllen:', anchor: 'silver', detail: 'Industrieland: 2.000 aktive Benutzer; Entwicklungsland: 1.000 aktive Benutzer' },
      { text: '1 Person in Ihrer Organisation muss die Prüfungsanforderungen erfüllen.', anchor: 'silver', detail: 'qualifizierte Personen: 1' },
    ]);
    expect(option!.levels[1]!.items[0]!.detail).toBe('4.000 aktive Benutzer');
  });

  it('lists US$ thresholds and requirements kept whole in English, per option', () => {
    const options = list(otherUsd, 'en-US');
    expect(options.map((o) => o.name)).toEqual(['Azure Consumption option', 'New customers option']);
    expect(options[0]!.levels[1]!.items).toEqual([
      { text: 'Partners must demonstrate US$100000 Azure customer consumption', anchor: 'azure-consumption-gold', detail: 'US$ 100,000' },
      { text: 'Submit one customer reference.', anchor: 'azure-consumption-gold', detail: '' },
    ]);
  });
});
