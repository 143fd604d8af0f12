import { describe, expect, it } from 'vitest';
import { alignListItems } from '../../src/requirements/align-list-items.ts';

describe('alignListItems', () => {
  it('pairs names kept verbatim, translated names by shared words, and finds the left-out item', () => {
    const { pairs, extra } = alignListItems(
      ['Office 365 Delegated Administrator', 'Transacting Partner', 'Digital Partner of Record', 'Fast Track Partner'],
      ['delegierter Office365-Administrator', 'Transacting Partner', 'Digital Partner of Record'],
    );
    expect(pairs).toEqual([
      { source: 'Office 365 Delegated Administrator', target: 'delegierter Office365-Administrator' },
      { source: 'Transacting Partner', target: 'Transacting Partner' },
      { source: 'Digital Partner of Record', target: 'Digital Partner of Record' },
      { source: 'Fast Track Partner' },
    ]);
    expect(extra).toEqual([]);
  });

  it('pairs the one item left on each side by position', () => {
    const { pairs } = alignListItems(['Alpha', 'Beta'], ['Beta', 'Gamma']);
    expect(pairs).toEqual([{ source: 'Alpha', target: 'Gamma' }, { source: 'Beta', target: 'Beta' }]);
  });

  it('reports items only the translation has', () => {
    const { pairs, extra } = alignListItems(['Yammer'], ['Yammer', 'Teams', 'Planner']);
    expect(pairs).toEqual([{ source: 'Yammer', target: 'Yammer' }]);
    expect(extra).toEqual(['Teams', 'Planner']);
  });
});
