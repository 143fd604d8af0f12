import { describe, expect, it } from 'vitest';
import { readMarket, readThresholds, readWindow } from '../../src/requirements/read-thresholds.ts';
import { sentence } from './sxs-page.ts';

describe('readThresholds', () => {
  it.each([
    [
      'Partners must have deployed 2,000 active entitlements (active users)',
      'Partner müssen 2.000 aktive Berechtigungen (aktive Benutzer) bereitgestellt haben.',
      [{ unit: 'active-users', quantity: 'count', perCustomer: false, value: 2000, unitLabel: { source: 'active users', target: 'aktive Benutzer' } }],
    ],
    [
      'Partners must demonstrate US$15,000 Azure customer consumption within the previous 12 months',
      'Partner müssen Azure-Nutzung durch Kunden in Höhe von 15.000US-Dollar in den vergangenen zwölf Monaten nachweisen.',
      [{ unit: 'usd', quantity: 'money', currency: 'USD', perCustomer: false, value: 15000, unitLabel: { source: 'US$', target: 'US-Dollar' } }],
    ],
    [
      'Add 3 new Enterprise Mobility + Security (EMS) customers and deploy 500 active entitlements',
      'Werben von 3 neuen Enterprise Mobility + Security (EMS)-Kunden und Bereitstellen von 500 aktiven Berechtigungen',
      [
        { unit: 'new-customers', quantity: 'count', perCustomer: true, value: 3, unitLabel: { source: 'new Enterprise Mobility + Security (EMS) customers', target: 'neuen Enterprise Mobility + Security (EMS)-Kunden' } },
        { unit: 'active-users', quantity: 'count', perCustomer: false, value: 500, unitLabel: { source: 'active entitlements', target: 'aktiven Berechtigungen' } },
      ],
    ],
    [
      'Deploy 250 seats of Power BI and be attached as Partner of Record for Power BI subscriptions to qualify.',
      'Stellen Sie 250 Arbeitsplätze für Power BI bereit und lassen Sie sich als Partner of Record zuordnen.',
      [{ unit: 'seats', quantity: 'count', perCustomer: false, value: 250, unitLabel: { source: 'seats', target: 'Arbeitsplätze' } }],
    ],
    ['The deployments can be any Microsoft Office 365 workload (Exchange Online, or Yammer) or ProPlus.', 'Office 365-Workloads', []],
    ['Exam 70-346: Managing Office 365 Identities', 'Prüfung 70-346', []],
    ['Partner must have earned at least US$100,000 in Dynamics 365 Plan 1 and AX 2012 revenue', 'mindestens 100.000 US$', [{ unit: 'usd', quantity: 'money', currency: 'USD', perCustomer: false, value: 100000, unitLabel: { source: 'US$', target: 'US$' } }]],
    ['Retiring December 31, 2017; registration until 2018', 'Läuft am 31.12.2017 aus', []],
    ['Partners must have deployed 2000 active users', '2000 aktive Benutzer', [{ unit: 'active-users', quantity: 'count', perCustomer: false, value: 2000, unitLabel: { source: 'active users', target: 'aktive Benutzer' } }]],
  ])('reads “%s”', (source, target, expected) => {
    expect(readThresholds(sentence(source, target)).facts.map(({ phrase: _, ...f }) => f)).toEqual(expected);
  });
});

describe('readWindow', () => {
  it('reads the months and the German wording', () => {
    expect(readWindow(sentence('Partners must demonstrate US$10,000 within the previous 12 months', 'in den vergangenen zwölf Monaten nachweisen'))).toEqual({
      months: 12,
      label: { source: 'within the previous 12 months', target: 'in den vergangenen zwölf Monaten' },
    });
  });

  it('finds none where the text states none', () => {
    expect(readWindow(sentence('Partners must have deployed 2,000 active entitlements', 'Partner müssen 2.000 …'))).toBeUndefined();
  });
});

describe('readMarket', () => {
  it.each([
    ['Developed markets', 'developed'],
    ['Developing Markets', 'developing'],
    ['Developed markets must deploy 2,000 users', undefined],
  ])('reads “%s” as %s', (source, market) => {
    expect(readMarket(sentence(source, 'Industrieländer'))).toBe(market);
  });
});
