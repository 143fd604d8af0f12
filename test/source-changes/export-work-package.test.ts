import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { xliffExportCommand } from '../../src/xliff/xliff-commands.ts';
import { importXliff } from '../../src/xliff/import-xliff.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { sxsSource } from '../helpers/sxs-source.ts';

describe('xliff:export --against', () => {
  it('writes only the changed units (current English as source, old translation as a target to review) and the new sentences, and import refuses the package', () => {
    const tr = mkdtempSync(join(tmpdir(), 'tandem-wp-tr-'));
    const en = mkdtempSync(join(tmpdir(), 'tandem-wp-en-'));
    writeFileSync(join(tr, 'page.md'), sxsSource(['Titel', 'Title'], [[['Das Gerät speichert die Daten.', 'The device can store the calibration data for each user.'], ['Melden Sie sich an.', 'Sign in with your account.']]]));
    const current = 'The device will store the calibration data for each user. Sign in with your account. Then open the Settings app.';
    writeFileSync(join(en, 'page.md'), `---\ntitle: Title\n---\n\n${current}\n`);
    let out = '';
    let err = '';
    const code = xliffExportCommand([tr, '--root', tr, '--against', en], { out: (t) => (out += t), err: (t) => (err += t) });
    expect(code).toBe(0);
    expect(err).toContain('1 changed and 1 new sentence(s) from 1 source(s)');
    const xml = new DOMParser().parseFromString(out, 'text/xml');
    const units = Array.from(xml.getElementsByTagName('unit'));
    expect(units.map((u) => u.getAttribute('id'))).toEqual(['ab12c-102', 'new-1']);
    const [changed, added] = units;
    expect(changed!.getElementsByTagName('source')[0]!.textContent).toBe('The device will store the calibration data for each user.');
    expect(changed!.getElementsByTagName('target')[0]!.textContent).toBe('Das Gerät speichert die Daten.');
    expect(changed!.getElementsByTagName('segment')[0]!.getAttribute('subState')).toBe('tandem:review');
    expect(changed!.getElementsByTagName('note')[0]!.textContent).toBe('The device [-can-]{+will+} store the calibration data for each user.');
    expect(added!.getElementsByTagName('source')[0]!.textContent).toBe('Then open the Settings app.');
    expect(added!.getElementsByTagName('note')[0]!.textContent).toBe(`page.md:5:${current.indexOf('Then') + 1}, after segment ab12c-103`);
    const doc = parseSxs(readFileSync(join(tr, 'page.md')), { file: 'page.md' });
    const result = importXliff(out, () => doc);
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.reason).toMatch(/^Unexpected work package of changed and new English/);
  });
});
