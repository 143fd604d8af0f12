// The Starlight peer gets the folder's TOC as its sidebar, as the project's pages do.
import { describe, expect, it } from 'vitest';
import { parseToc } from '../../../src/sxs/parse-toc.ts';
import { tocSidebar, type SidebarPage } from '../../../scripts/bench/starlight-project.ts';

const TOC = `# [Übersicht](overview.md)
## Erste Schritte
### [Einrichten](setup.md)
### [Nur Deutsch](german-only.md)
### [Fehlt](missing.md)
## [Hilfe](https://example.com/help)
# Leere Gruppe
`;

const pages = new Map<string, SidebarPage>([
  ['overview', { lang: 'de', english: 'Overview' }],
  ['setup', { lang: 'de', english: 'Set up' }],
  ['german-only', { lang: 'de' }],
]);

describe('tocSidebar', () => {
  it('nests the TOC by depth, labels links with the English title and the translation, and leaves out what links nowhere', () => {
    expect(tocSidebar(parseToc(TOC).entries, pages, 'de')).toEqual([
      {
        label: 'Übersicht',
        translations: { de: 'Übersicht' },
        items: [
          { label: 'Overview', translations: { de: 'Übersicht' }, slug: 'overview' },
          {
            label: 'Erste Schritte',
            translations: { de: 'Erste Schritte' },
            items: [
              { label: 'Set up', translations: { de: 'Einrichten' }, slug: 'setup' },
              { label: 'Nur Deutsch', translations: { de: 'Nur Deutsch' }, link: '/de/german-only/' },
            ],
          },
          { label: 'Hilfe', translations: {}, link: 'https://example.com/help' },
        ],
      },
    ]);
  });
});
