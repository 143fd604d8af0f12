import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQaConfig } from '../../src/qa/load-qa-config.js';
import { readTermbase } from '../../src/qa/read-termbase.js';
import { runQa } from '../../src/qa/run-qa.js';
import { parseSxs } from '../../src/sxs/parse-sxs.js';

const TBX2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="c1"><langSet xml:lang="en"><tig><term>Fast Track Partner</term></tig></langSet></termEntry>
  <termEntry id="c2">
    <langSet xml:lang="en-US"><tig><term>Cloud Solution Provider</term></tig></langSet>
    <langSet xml:lang="de-DE"><tig><term>Cloud-Lösungsanbieter</term></tig><tig><term>CSP</term></tig></langSet>
    <langSet xml:lang="fr"><ntig><termGrp><term>fournisseur de solutions cloud</term></termGrp></ntig></langSet>
  </termEntry>
</body></text></martif>`;

const TBX3 = `<?xml version="1.0"?><tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
  <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Settings</term></termSec></langSec><langSec xml:lang="ja"><termSec><term>設定</term></termSec></langSec></conceptEntry>
</body></text></tbx>`;

describe('readTermbase', () => {
  it('reads an English-only entry as a term kept as it is, others as renderings per language (TBX 2)', () => {
    expect(readTermbase(TBX2)).toEqual({
      requiredTerms: ['Fast Track Partner'],
      glossary: { de: { 'Cloud Solution Provider': ['Cloud-Lösungsanbieter', 'CSP'] }, fr: { 'Cloud Solution Provider': ['fournisseur de solutions cloud'] } },
    });
  });

  it('reads TBX 3 concept entries and language sections', () => {
    expect(readTermbase(TBX3)).toEqual({ requiredTerms: [], glossary: { ja: { Settings: ['設定'] } } });
  });

  it('refuses XML that is not well-formed, saying so', () => {
    expect(() => readTermbase('<martif><text>')).toThrow(/^Unexpected termbase XML: .*expected well-formed TBX/);
  });
});

describe('a config with a termbase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qa-tbx-'));
  writeFileSync(join(dir, 'terms.tbx'), TBX2);
  writeFileSync(join(dir, 'qa.json'), JSON.stringify({ termbase: 'terms.tbx', requiredTerms: ['MCSA'] }));
  const config = loadQaConfig(join(dir, 'qa.json'));
  const page = (target: string, source: string) => parseSxs(`---\nms.contentlocale: de-DE\n---\n\n<span data-ttu-id="t-101">${target}</span><span class="sxs-lookup"><span data-stu-id="t-101">${source}</span></span>\n`, { file: 'p.md' });
  const terms = (target: string, source: string) => runQa([page(target, source)], { config }).filter((d) => d.ruleId === 'missing-term').map((d) => d.pattern)
      .sort();

  it('adds its terms to those of the config, relative to the config file', () => {
    expect(config.requiredTerms).toEqual(['MCSA', 'Fast Track Partner']);
    expect(config.glossary.de!['Cloud Solution Provider']).toEqual(['Cloud-Lösungsanbieter', 'CSP']);
  });

  it('lets missing-term fire on a declared term and accept its rendering', () => {
    expect(terms('Werden Sie ein Partner im Programm.', 'Become a Fast Track Partner in the Cloud Solution Provider program.')).toEqual(['Cloud Solution Provider', 'Fast Track Partner']);
    expect(terms('Werden Sie Fast Track Partner im Cloud-Lösungsanbieter-Programm.', 'Become a Fast Track Partner in the Cloud Solution Provider program.')).toEqual([]);
  });

  it('never guesses a name from its capitals', () => {
    expect(terms('Öffnen Sie das Microsoft Partner Center.', 'Open the Microsoft Partner Dashboard.')).toEqual([]);
  });
});
