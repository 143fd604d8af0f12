import { describe, expect, it } from 'vitest';
import { readAssociations } from '../../src/requirements/read-associations.ts';
import { sentence } from './sxs-page.ts';

const names = (s: ReturnType<typeof sentence>) => readAssociations(s)?.associations.map((a) => [a.key, a.name.source, a.name.target]);

describe('readAssociations', () => {
  it('follows the English list and takes German names from the German list', () => {
    const s = sentence(
      'For these customers, you have to be associated as Office 365 Delegated Administrator or Transacting Partner or Digital Partner of Record or Fast Track Partner.',
      'Für diese Kunden müssen Sie als delegierter Office365-Administrator oder Transacting Partner oder Digital Partner of Record zugeordnet sein.',
      '2ecbe-120',
    );
    expect(names(s)).toEqual([
      ['office-365-delegated-administrator', 'Office 365 Delegated Administrator', 'delegierter Office365-Administrator'],
      ['transacting-partner', 'Transacting Partner', 'Transacting Partner'],
      ['digital-partner-of-record', 'Digital Partner of Record', 'Digital Partner of Record'],
      ['fast-track-partner', 'Fast Track Partner', 'Fast Track Partner'],
    ]);
    expect(readAssociations(s)!.aligned.pairs.filter((p) => !p.target).map((p) => p.source)).toEqual(['Fast Track Partner']);
    expect(readAssociations(s)!.associations.every((a) => a.segmentIds[0] === '2ecbe-120')).toBe(true);
  });

  it('reads “attached as … for … to qualify”', () => {
    const s = sentence(
      'Deploy 250 seats of Power BI and be attached as Partner of Record for Power BI subscriptions to qualify.',
      'Stellen Sie 250 Arbeitsplätze bereit und lassen Sie sich als Partner of Record für Power BI-Abonnements zuordnen, um sich zu qualifizieren.',
    );
    expect(names(s)).toEqual([['partner-of-record', 'Partner of Record', 'Partner of Record']]);
  });

  it('finds none in a sentence that names no association', () => {
    expect(readAssociations(sentence('Trial SKUs are not included.', 'Jedoch nicht um Test-SKUs.'))).toBeUndefined();
  });
});
