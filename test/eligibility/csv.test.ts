import { describe, expect, it } from 'vitest';
import { decodeCsv, importCustomers, parseCsv } from '../../src/eligibility/csv.ts';
import { translator } from '../../src/eligibility/format.ts';
import { messagesWithPrefix } from '../../src/i18n/index.ts';
import { EXO, SPO, seedLike } from './models.ts';

const option = seedLike.options[0]!;

describe('parseCsv', () => {
  it('reads quotes, doubled quotes, CRLF and blank lines, with line numbers', () => {
    expect(parseCsv('\uFEFFname,x\r\n"Contoso, Ltd.","say ""hi"""\r\n\r\n a , b \n').rows).toEqual([
      { line: 1, cells: ['name', 'x'] },
      { line: 2, cells: ['Contoso, Ltd.', 'say "hi"'] },
      { line: 4, cells: ['a', 'b'] },
    ]);
  });

  it('uses `;` when the header does, and keeps empty cells', () => {
    expect(parseCsv('name;association\nA;\n;B').rows).toEqual([
      { line: 1, cells: ['name', 'association'] },
      { line: 2, cells: ['A', ''] },
      { line: 3, cells: ['', 'B'] },
    ]);
  });

  it('marks a line whose quote does not close', () => {
    expect(parseCsv('a,b\n"open,b').rows[1]).toEqual({ line: 2, cells: undefined });
  });
});

describe('parseCsv on what real files and hostile ones hold', () => {
  it('reads a quoted cell across lines and numbers the lines after it right', () => {
    expect(parseCsv('name,x\n"Contoso\nLtd.",1\nB,2').rows).toEqual([
      { line: 1, cells: ['name', 'x'] },
      { line: 2, cells: ['Contoso\nLtd.', '1'] },
      { line: 4, cells: ['B', '2'] },
    ]);
  });

  it('accepts Excel’s sep= line', () => {
    expect(parseCsv('sep=;\r\nname;x\r\nA;1').rows).toEqual([
      { line: 2, cells: ['name', 'x'] },
      { line: 3, cells: ['A', '1'] },
    ]);
  });

  it('stays linear on hostile input: a 3 KB line of spaces, a 10 MB quoted cell, 100,000 rows', () => {
    expect(parseCsv(`a,b\n${' '.repeat(3000)},x`).rows[1]).toEqual({ line: 2, cells: ['', 'x'] });
    const big = parseCsv(`a\n"${'x'.repeat(10_000_000)}"`);
    expect(big.rows[1]!.cells![0]!.length).toBe(10_000_000);
    expect(parseCsv(`a\n"${'x'.repeat(10_000_000)}`).rows[1]).toEqual({ line: 2, cells: undefined });
    const many = parseCsv(`n\n${'a\n'.repeat(100_000)}`, 1001);
    expect([many.rows.length, many.truncated]).toEqual([1001, true]);
  });

  it('imports at most MAX_ROWS customers and says where it stopped', () => {
    const { customers, errors } = importCustomers(`name\n${'A\n'.repeat(1500)}`, option, 'en-US');
    expect(customers).toHaveLength(1000);
    expect(errors).toEqual([{ line: 1001, code: 'too-many', value: '1000' }]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with or without a BOM, UTF-16 by its BOM, and Windows-1252 otherwise, saying so', () => {
    expect(decodeCsv(new TextEncoder().encode('name\nMüller'))).toEqual({ text: 'name\nMüller', encoding: 'utf-8' });
    const latin1 = Uint8Array.from([...'name\nM'].map((c) => c.charCodeAt(0)).concat([0xfc, 0x6c, 0x6c, 0x65, 0x72]));
    expect(decodeCsv(latin1)).toEqual({ text: 'name\nMüller', encoding: 'windows-1252' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'ab'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCsv(utf16)).toEqual({ text: 'ab', encoding: 'utf-16le' });
  });
});

describe('importCustomers', () => {
  it('imports rows by keys or names in either language, numbers in the page format', () => {
    const csv = [
      'name;association;status;Exchange Online;active-users:sharepoint-online',
      'Contoso;transacting-partner;paid;2.500;',
      'Fabrikam;Digital Partner of Record;Test;?;10',
      'Tailspin;none;bezahlt;0;0',
      'Woodgrove;;;1;1',
    ].join('\n');
    expect(importCustomers(csv, option, 'de-DE')).toEqual({
      errors: [],
      customers: [
        { name: 'Contoso', association: 'transacting-partner', status: 'paid', values: { [EXO]: 2500, [SPO]: 0 } },
        { name: 'Fabrikam', association: 'digital-partner-of-record', status: 'trial', values: { [EXO]: 'unknown', [SPO]: 10 } },
        { name: 'Tailspin', association: 'none', status: 'paid', values: { [EXO]: 0, [SPO]: 0 } },
        { name: 'Woodgrove', association: 'unknown', status: 'unknown', values: { [EXO]: 1, [SPO]: 1 } },
      ],
    });
  });

  it('names every bad cell and row, and imports each row it can split, a bad cell as "not sure"', () => {
    const csv = [
      'name,association,status,Exchange Online',
      'Good,transacting-partner,paid,"1,200"',
      'Negative,transacting-partner,paid,-5',
      'Fraction,transacting-partner,paid,2.5',
      'Huge,transacting-partner,paid,99999999999',
      'Word,transacting-partner,paid,many',
      'Stranger,best-friend,paid,1',
      'Free,transacting-partner,gratis,1',
      'Short,transacting-partner',
      '"Open,transacting-partner,paid,1',
    ].join('\n');
    const { customers, errors } = importCustomers(csv, option, 'en-US');
    // Each row with one bad cell is imported, that cell "not sure"; a row that cannot be split into its cells is not.
    expect(customers.map((c) => [c.name, c.values[EXO], c.association, c.status])).toEqual([
      ['Good', 1200, 'transacting-partner', 'paid'],
      ['Negative', 'unknown', 'transacting-partner', 'paid'],
      ['Fraction', 'unknown', 'transacting-partner', 'paid'],
      ['Huge', 'unknown', 'transacting-partner', 'paid'],
      ['Word', 'unknown', 'transacting-partner', 'paid'],
      ['Stranger', 1, 'unknown', 'paid'],
      ['Free', 1, 'transacting-partner', 'unknown'],
    ]);
    expect(errors).toEqual([
      { line: 3, code: 'bad-number', value: '-5', column: 'Exchange Online', problem: 'negative' },
      { line: 4, code: 'bad-number', value: '2.5', column: 'Exchange Online', problem: 'fractional' },
      { line: 5, code: 'bad-number', value: '99999999999', column: 'Exchange Online', problem: 'too-large' },
      { line: 6, code: 'bad-number', value: 'many', column: 'Exchange Online', problem: 'not-a-number' },
      { line: 7, code: 'unknown-association', value: 'best-friend' },
      { line: 8, code: 'unknown-status', value: 'gratis' },
      { line: 9, code: 'columns' },
      { line: 10, code: 'quote' },
    ]);
  });

  it('names each ambiguous cell with both readings and imports its row with that cell "not sure"', () => {
    const csv = ['name;Exchange Online', 'Contoso;2.500', 'Fabrikam;2,500', 'Tailspin;2,5'].join('\n');
    const { customers, errors } = importCustomers(csv, option, 'de-DE');
    expect(customers.map((c) => [c.name, c.values[EXO]])).toEqual([['Contoso', 2500], ['Fabrikam', 'unknown'], ['Tailspin', 'unknown']]);
    expect(errors).toEqual([
      { line: 3, code: 'bad-number', value: '2,500', column: 'Exchange Online', problem: 'ambiguous', readings: [2500, 2.5] },
      { line: 4, code: 'bad-number', value: '2,5', column: 'Exchange Online', problem: 'fractional' },
    ]);
  });

  it('quotes a long cell in its problem as a short excerpt only', () => {
    const long = 'x'.repeat(500);
    const { errors } = importCustomers(`name,association\nA,${long}`, option, 'en-US');
    expect(errors).toEqual([{ line: 2, code: 'unknown-association', value: `${'x'.repeat(23)}…` }]);
  });

  it.each([
    ['de-DE', 'Name;Zuordnung;Abonnement;Exchange Online\nContoso;transacting-partner;Bezahlt;1.200', 'paid'],
    ['fr-FR', 'nom;association;abonnement;Exchange Online\nContoso;transacting-partner;Essai;1 200', 'trial'],
    ['ja-JP', '名前,関連付け,サブスクリプション,Exchange Online\nContoso,transacting-partner,有料,"1,200"', 'paid'],
  ])('accepts headers and status words in the language of a %s page', (locale, csv, status) => {
    const t = translator(messagesWithPrefix(locale, 'checker.'));
    expect(importCustomers(csv, option, locale, t)).toEqual({
      errors: [],
      customers: [{ name: 'Contoso', association: 'transacting-partner', status, values: { [EXO]: 1200 } }],
    });
  });

  it.each([
    ['an empty file', '', [{ line: 1, code: 'no-header' }]],
    ['a header with an unknown column', 'name,Minecraft\nA,1', [{ line: 1, code: 'unknown-column', value: 'Minecraft' }]],
    ['a header with no known column', '1,2\n3,4', [{ line: 1, code: 'no-header' }]],
  ])('imports nothing from %s', (_, csv, errors) => {
    expect(importCustomers(csv, option, 'en-US')).toEqual({ customers: [], errors });
  });
});

describe('importCustomers added to customers entered', () => {
  it('reads only as many as the row limit leaves, and says where it stopped', () => {
    const { customers, errors } = importCustomers(`name\n${'A\n'.repeat(20)}`, seedLike.options[0]!, 'en-US', undefined, 990);
    expect(customers).toHaveLength(10);
    expect(errors).toEqual([{ line: 11, code: 'too-many', value: '10' }]);
  });

  it('reads none when the rows entered fill the limit', () => {
    const { customers, errors } = importCustomers('name\nA\n', seedLike.options[0]!, 'en-US', undefined, 1000);
    expect(customers).toEqual([]);
    expect(errors).toEqual([{ line: 1, code: 'too-many', value: '0' }]);
  });
});
