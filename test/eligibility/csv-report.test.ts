import { describe, expect, it } from 'vitest';
import { csvReport } from '../../src/eligibility/csv-report.ts';
import { labelPicker, translator } from '../../src/eligibility/format.ts';
import de from '../../src/i18n/checker/de.ts';
import { seedLike } from './models.ts';

const w = { t: translator(de), pick: labelPicker(seedLike, 'de-DE'), nf: new Intl.NumberFormat('de-DE') };

describe('the CSV import report', () => {
  it('says how many were imported, the encoding it fell back to, and each line (a kept one apart from one left out), numbers in the page format', () => {
    expect(
      csvReport(
        1200,
        'windows-1252',
        [
          { line: 3, code: 'bad-number', value: '2,500', column: 'Exchange Online', problem: 'ambiguous', readings: [2500, 2.5] },
          { line: 1004, code: 'columns' },
        ],
        w,
      ),
    ).toEqual([
      '1.200 Kunden importiert.',
      de['checker.csv.encoding'],
      'Zeile 3: „2,500“ in Exchange Online: Meinten Sie 2500 oder 2,5?; dort mit „Nicht sicher“ importiert.',
      'Zeile 1.004: falsche Anzahl von Zellen',
    ]);
  });
});
