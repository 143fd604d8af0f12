import { describe, expect, it } from 'vitest';
import { findSections, levelName, optionName } from '../../src/requirements/find-sections.ts';
import { pageBuilder } from './sxs-page.ts';

describe('optionName and levelName', () => {
  it.each([
    ['Managed Service Partner option', 'Managed Service Partner-Option', { source: 'Managed Service Partner', target: 'Managed Service Partner' }],
    ['Azure Consumption option', 'Azure-Nutzungsoption', { source: 'Azure Consumption', target: 'Azure-Nutzungsoption' }],
    ['Silver', 'Silber', undefined],
    ['Options for partners', 'Optionen', undefined],
  ])('reads “%s” / “%s”', (source, target, name) => expect(optionName({ source, target })).toEqual(name));

  it.each([['Silver', 'silver'], ['GOLD', 'gold'], ['Silver level', 'silver'], ['Gold competency', 'gold'], ['**Silver**:', 'silver'], ['Gold partners', undefined], ['Silver and Gold', undefined]])('reads level “%s”', (source, level) =>
    expect(levelName({ source })).toBe(level));
});

describe('findSections', () => {
  const { seg, page } = pageBuilder();

  it('groups levels under their option, two options on one page', () => {
    const doc = page(
      `## <a name="a-option"></a>${seg('A-Option', 'A option')}`,
      `### <a name="silver"></a>${seg('Silver', 'Silver')}`,
      `1. ${seg('Eins', 'One')}`,
      `## <a name="b-option"></a>${seg('B-Option', 'B option')}`,
      `### <a name="gold"></a>${seg('Gold', 'Gold')}`,
      `1. ${seg('Zwei', 'Two')}`,
      `### <a name="other"></a>${seg('Weiteres', 'More')}`,
      `${seg('Drei', 'Three')}`,
    );
    const sections = findSections(doc).options;
    expect(sections.map((o) => [o.name.source, o.levels.map((l) => [l.level, l.heading.anchor, l.nodes.length])])).toEqual([
      ['A', [['silver', 'silver', 1]]],
      ['B', [['gold', 'gold', 1]]],
    ]);
  });

  it('puts levels under the last option heading, or under an unnamed option when the page names none', () => {
    const doc = page(`# ${seg('Seite', 'Page')}`, `## ${seg('Leer-Option', 'Empty option')}`, `## ${seg('Silver', 'Silver')}`, `1. ${seg('Eins', 'One')}`);
    expect(findSections(doc).options.map((o) => [o.heading?.source, o.levels.length])).toEqual([['Empty option', 1]]);
    const bare = page(`# ${seg('Seite', 'Page')}`, `## ${seg('Silver', 'Silver')}`, `1. ${seg('Eins', 'One')}`);
    expect(findSections(bare).options.map((o) => [o.heading, o.name.source, o.levels.length])).toEqual([[undefined, 'Page', 1]]);
  });
});
