import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFolder } from '../../src/source-changes/compare-folder.ts';
import { compareSource, type SegmentChange } from '../../src/source-changes/compare-source.ts';
import { readCurrentEnglish } from '../../src/source-changes/current-english.ts';
import { formatWordDiff } from '../../src/source-changes/word-diff.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { sxsSource } from '../helpers/sxs-source.ts';
import { writeFolder } from '../helpers/fixture-folders.ts';

const doc = (paragraphs: Array<Array<[string, string]>>, title: [string, string] = ['Titel', 'Title']) => parseSxs(sxsSource(title, paragraphs), { file: 'page.md' });
const english = (md: string) => readCurrentEnglish(`---\ntitle: Title\n---\n\n${md}`, 'en/page.md');
const byEnglish = (changes: SegmentChange[], start: string) => changes.find((c) => c.segment.source.text.startsWith(start))!;

describe('compareSource', () => {
  it('keeps a sentence unchanged where it still stands word for word, also moved to another paragraph', () => {
    const d = doc([[['Eins.', 'The device is ready.'], ['Zwei.', 'Sign in with your account.']]]);
    const c = compareSource(d, english('Sign in with your account.\n\nSome other text here. The device is ready.'));
    expect(c.segments.map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(c.added.map((a) => a.text)).toEqual(['Some other text here.']);
  });

  it('reports an edited sentence as changed with its word-level difference and where the current one stands', () => {
    const d = doc([[['Eins.', 'The device can store the calibration data for each user.']]]);
    const c = compareSource(d, english('Intro line.\n\nThe device will store the calibration data for each user.'));
    const s = byEnglish(c.segments, 'The device');
    expect(s.status).toBe('changed');
    expect(s.how).toBe('edited');
    expect(formatWordDiff(s.diff!)).toBe('The device [-can-]{+will+} store the calibration data for each user.');
    expect(s.current!.place.line).toBe(7);
  });

  it('reports a sentence no longer in the page as removed, and a current sentence no segment covers as new, after the segment before it', () => {
    const d = doc([[['Eins.', 'Open the Settings app.'], ['Zwei.', 'This feature was retired in an earlier release of the product.']]]);
    const c = compareSource(d, english('Open the Settings app. Select Update and then restart the device twice.'));
    expect(byEnglish(c.segments, 'This feature').status).toBe('removed');
    expect(c.added).toHaveLength(1);
    expect(c.added[0]).toMatchObject({ text: 'Select Update and then restart the device twice.', after: d.segments[1]!.id });
  });

  it('finds one current sentence that the translation cut into several segments, unchanged', () => {
    const d = doc([[['Der neue Edge', 'The new Microsoft Edge'], ['ist angeheftet.', '(with a blue icon) is pinned to the Start menu.']]]);
    const c = compareSource(d, english('The new Microsoft Edge (with a blue icon) is pinned to the Start menu.'));
    expect(c.segments.slice(1).map((s) => s.status)).toEqual(['unchanged', 'unchanged']);
    expect(c.added).toEqual([]);
  });

  it('takes a sentence split in two as one change, and two sentences merged into one as changed, merged', () => {
    const split = compareSource(doc([[['A.', 'Copy the package to the drive and plug the drive into the device to apply it.']]]), english('Copy the package to the drive. Plug the drive into the device to apply it.'));
    expect(split.segments[1]).toMatchObject({ status: 'changed', how: 'split', current: { text: 'Copy the package to the drive. Plug the drive into the device to apply it.' } });
    expect(split.added).toEqual([]);
    const merged = compareSource(
      doc([[['A.', 'On builds version 21H1 and onwards:'], ['B.', 'AAD and non-AAD configurations both support visitor accounts being auto-logon enabled for kiosk modes.']]]),
      english('Available on builds version 21H1 and onwards, Azure AD and non-Azure AD configurations both support visitor accounts being autologon enabled for kiosk modes.'),
    );
    expect(merged.segments.slice(1).map((s) => [s.status, s.how])).toEqual([['changed', 'merged'], ['changed', 'merged']]);
    expect(merged.added).toEqual([]);
  });

  it('takes a change of case, punctuation or spacing alone as unchanged', () => {
    const c = compareSource(doc([[['A.', 'These configurations are typically restricted because of secure environment requirements.']]]), english('These  configurations are typically Restricted because of secure environment requirements'));
    expect(c.segments[1]!.status).toBe('unchanged');
    expect(c.added).toEqual([]);
  });

  it('does not pair short sentences that only share generic words', () => {
    const c = compareSource(doc([[['A', 'URI value: ./Device/Vendor/MSFT/Reality/VisitorLogon']]]), english('/Device/Vendor/MSFT/Policy/Config/Reality/AllowLaunch'));
    expect(c.segments[1]!.status).toBe('removed');
    expect(c.added).toHaveLength(1);
  });

  it('compares front matter by key', () => {
    const c = compareSource(doc([[['A.', 'Text here.']]], ['Titel', 'Old title']), english('Text here.'));
    expect(c.segments[0]).toMatchObject({ status: 'changed', segment: { field: 'title' } });
    expect(formatWordDiff(c.segments[0]!.diff!)).toBe('[-Old title-]{+Title+}');
  });

  it('ends sentences at line breaks and at block tags inside table cells', () => {
    const d = doc([[['A', 'Powered on and connected to computer']]]);
    const c = compareSource(d, english('| Needed |\n| --- |\n| Device configuration:<br>Powered on and connected to computer<br>Volume buttons working |'));
    expect(c.segments[1]!.status).toBe('unchanged');
    expect(c.added.map((a) => a.text).sort()).toEqual(['Device configuration:', 'Needed', 'Volume buttons working']);
  });

  it('reads the text after a styled block marker (`[!div class=…]`), not the marker', () => {
    const c = compareSource(doc([[['A', 'Set up your device']]]), english('> [!div class="nextstepaction"]\n> [Set up your device](setup.md)'));
    expect(c.segments[1]!.status).toBe('unchanged');
    expect(c.added).toEqual([]);
  });

  it('leaves code, images and DocFX markers out of the sentences to translate', () => {
    const c = compareSource(doc([[['A.', 'Run the command.']]]), english('> [!NOTE]\n> Run the command.\n\n```\nrun --now\n```\n\n![An image alt text.](a.png)\n\n:::image type="content" source="a.png" alt-text="x":::'));
    expect(c.segments[1]!.status).toBe('unchanged');
    expect(c.added).toEqual([]);
  });
});

describe('compareFolder', () => {
  const folder = (files: Record<string, string>): string => writeFolder(tmpdir(), files);

  it('pairs pages by name, finds a renamed page by content, sentences moved to a new page, new pages, and notes a page gone', () => {
    const en = folder({
      'setup.md': '---\ntitle: Title\n---\n\nFirst step of the setup. Second step of the setup.\n',
      'renamed-guide.md': '---\ntitle: Title\n---\n\nThe guide explains the kiosk mode. It lists every app.\n',
      'reference.md': '---\ntitle: Title\n---\n\nThe kiosk app list is long and detailed. A brand new sentence for the reference.\n',
      'README.md': 'Notes for the authors of this folder, not a page.\n',
    });
    const tr = folder({
      'setup.md': sxsSource(['T', 'Title'], [[['A.', 'First step of the setup.'], ['B.', 'The kiosk app list is long and detailed.']]]),
      'guide.md': sxsSource(['T', 'Title'], [[['A.', 'The guide explains the kiosk mode.'], ['B.', 'It lists every app.']]], 'cd34e'),
      'gone.md': sxsSource(['T', 'Title'], [[['A.', 'A page the English no longer has.']]], 'ef56a'),
    });
    const docs = ['setup.md', 'guide.md', 'gone.md'].map((f) => parseSxs(readFileSync(join(tr, f)), { file: join(tr, f) }));
    const f = compareFolder(docs, en, { translationsRoot: tr, name: (file) => file.slice(en.length + 1) });
    const setup = f.files.find((c) => c.doc.file.endsWith('setup.md'))!;
    expect(setup.segments[2]).toMatchObject({ status: 'removed', movedTo: { file: 'reference.md' } });
    expect(setup.added.map((a) => a.text)).toEqual(['Second step of the setup.']);
    expect(f.files.find((c) => c.doc.file.endsWith('guide.md'))!.current.file).toBe('renamed-guide.md');
    expect(f.notes.map((n) => [n.ruleId, n.file.split('/').pop()])).toEqual([['source-renamed', 'guide.md'], ['source-not-compared', 'gone.md']]);
    expect(f.newPages.map((p) => [p.current.file, p.added.map((a) => a.text)])).toEqual([['reference.md', ['A brand new sentence for the reference.']]]);
  });
});
