import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { compareSource } from '../../src/source-changes/compare-source.ts';
import { readCurrentEnglish } from '../../src/source-changes/current-english.ts';
import { pageChanges } from '../../src/source-changes/page-changes.ts';
import { renderDocument, type Side } from '../../src/render/render-document.ts';
import { buildSite } from '../../src/site/site-build.ts';
import { parseSxs } from '../../src/sxs/parse-sxs.ts';
import { SHARED } from '../helpers/shared.ts';
import { sxsSource } from '../helpers/sxs-source.ts';

const labels = { changed: 'CHANGED:', removed: 'GONE.', added: 'NEW:', lang: 'en' };
const source = sxsSource(['Titel', 'Title'], [[['Das Gerät speichert die Daten.', 'The device can store the calibration data for each user.'], ['Diese Funktion wurde eingestellt.', 'This feature was retired in an earlier release of the product.'], ['Melden Sie sich an.', 'Sign in with your account.']]]);
const current = 'The device will store the calibration data for each user. Sign in with your account. Then open the Settings app.';

function rendered(side: Side) {
  const doc = parseSxs(source, { file: 'page.md' });
  const c = compareSource(doc, readCurrentEnglish(`---\ntitle: Title\n---\n\n${current}\n`, 'en/page.md'));
  return fromHtml(renderDocument(doc, { side, langs: { target: 'de-DE', source: 'en-US' }, changes: pageChanges(c, labels) }), { fragment: true });
}

describe('pages held against the current English', () => {
  it('marks a changed sentence on the translated page and reveals the current English with the words removed and added', () => {
    const tree = rendered('target');
    const changed = select('.sxs-changed', tree)!;
    expect(toString(select('.sxs-main', changed)!)).toBe('Das Gerät speichert die Daten.');
    const twin = select('.sxs-twin', changed)!;
    expect(toString(select('.sxs-change-label', twin)!)).toBe('CHANGED:');
    expect(selectAll('del', twin).map((n) => toString(n))).toEqual(['can']);
    expect(selectAll('ins', twin).map((n) => toString(n))).toEqual(['will']);
    expect(toString(select('.sxs-removed .sxs-twin', tree)!)).toBe('GONE. This feature was retired in an earlier release of the product.');
  });

  it('shows the current English on the English page, the removed sentence struck, and the new sentence after the segment before it', () => {
    const tree = rendered('source');
    expect(toString(select('.sxs-changed .sxs-main', tree)!)).toBe('The device will store the calibration data for each user.');
    expect(toString(select('.sxs-removed .sxs-main del', tree)!)).toBe('This feature was retired in an earlier release of the product.');
    const added = select('.sxs-added', tree)!;
    expect(toString(added)).toBe('NEW: Then open the Settings app.');
    const spans = selectAll('.sxs, .sxs-added', tree).map((n) => (n.properties.className as string[]).join(' '));
    expect(spans.at(-1)).toBe('sxs-added');
  });

  it('builds every changed sentence of a real folder marked on its translated page and current on its English page', { timeout: 240_000 }, () => {
    const folder = join(SHARED, 'corpus', 'hololens', 'fr-fr');
    const english = join(SHARED, 'corpus', 'hololens-en-2022');
    if (!existsSync(folder) || !existsSync(english)) {
      if (process.env.TANDEM_REQUIRE_SHARED) throw new Error(`missing ${folder} or ${english}`);
      return;
    }
    const build = buildSite(folder, { englishDir: english });
    let changed = 0;
    for (const page of build.pages.filter((p) => p.side === 'target' && p.outdated)) {
      const tree = fromHtml(page.html, { fragment: true });
      const marked = selectAll('.sxs-changed', tree).length;
      expect(marked, page.slug).toBe(page.outdated!.changed);
      changed += marked;
      const englishPage = build.pages.find((p) => p.side === 'source' && p.slug === page.slug);
      if (englishPage) expect(selectAll('.sxs-changed', fromHtml(englishPage.html, { fragment: true })).length, page.slug).toBe(page.outdated!.changed);
    }
    expect(changed).toBeGreaterThan(100);
    expect(readdirSync(folder).length).toBeGreaterThan(100);
  });
});
