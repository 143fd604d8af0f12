// The bench's peers build the same pages as the project: each sxs source split into its
// translation's markdown and its English markdown, nothing dropped, each segment on its side.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSxs } from '../../../src/sxs/parse-sxs.ts';
import { absoluteImages, splitSource } from '../../../scripts/bench/split-source.ts';
import { corpusFiles, hasCorpus, SEED } from '../../helpers/shared.ts';

const SOURCE = `---
title: <span data-ttu-id="a-1">Kompetenzen</span><span class="sxs-lookup"><span data-stu-id="a-1">Competencies</span></span>
ms.contentlocale: de-DE
---

# <a name="top"></a><span data-ttu-id="a-2">Übersicht</span><span class="sxs-lookup"><span data-stu-id="a-2">Overview</span></span>

- <span data-ttu-id="a-3">Partner müssen **2.000** Benutzer haben.</span><span class="sxs-lookup"><span data-stu-id="a-3">Partners must have **2,000** users.</span></span> [Link](other.md)
`;

describe('splitSource', () => {
  it('gives each language its segments in place, with the markup around them kept', () => {
    const { target, source } = splitSource(SOURCE);
    expect(target).toEqual({
      locale: 'de-DE',
      title: 'Kompetenzen',
      description: expect.any(String),
      body: '\n# <a name="top"></a>Übersicht\n\n- Partner müssen **2.000** Benutzer haben. [Link](other.md)\n',
    });
    expect(source).toMatchObject({
      locale: 'en-US',
      title: 'Competencies',
      body: '\n# <a name="top"></a>Overview\n\n- Partners must have **2,000** users. [Link](other.md)\n',
    });
  });

  it('gives a source without any segment pair one page, in its own language', () => {
    const { target, source } = splitSource('---\ntitle: Nur Deutsch\nms.contentlocale: de-DE\n---\n\nKein Paar hier.\n');
    expect(source).toBeUndefined();
    expect(target.body).toBe('\nKein Paar hier.\n');
  });

  const sources = [SEED, ...(hasCorpus ? corpusFiles() : [])];
  it.each(sources)('drops nothing of %s and puts every segment on its side', (file) => {
    const text = readFileSync(file, 'utf8');
    const doc = parseSxs(text, { file });
    const { target, source } = splitSource(text, { file });
    const pairs = doc.segments.filter((s) => s.context !== 'front-matter');
    expect(pairs.length).toBeGreaterThan(0);
    // Each side is the text around the pairs, as written, with every pair's span replaced by
    // that side's markup; what precedes the first pair is the text after the front matter.
    for (const [page, side] of [[target, 'target'], [source!, 'source']] as const) {
      const rest = pairs.map((p, i) => p[side].markup + doc.text.slice(p.range.end.offset, pairs[i + 1]?.range.start.offset)).join('');
      expect(page.body.endsWith(rest), side).toBe(true);
      const before = page.body.slice(0, page.body.length - rest.length);
      expect(doc.text.slice(0, pairs[0]!.range.start.offset).endsWith(before)).toBe(true);
      expect(before).not.toMatch(/^---/);
      expect(page.body).not.toMatch(/data-ttu-id|data-stu-id|sxs-lookup/);
    }
    expect(target.title).toBe(doc.title.target);
    expect(source!.title).toBe(doc.title.source);
  });
});

describe('absoluteImages', () => {
  it.each([
    ['![a](images/x.png)', '![a](/images/x.png)'],
    ['![a](./images/x.png)', '![a](/images/x.png)'],
    ['![[Profil erstellen] enthält HoloLens](./images/x.png)', '![[Profil erstellen] enthält HoloLens](/images/x.png)'],
    ['![a](/media/x.png)', '![a](/media/x.png)'],
    ['![a](https://example.com/x.png)', '![a](https://example.com/x.png)'],
    ['[not an image](images/x.png)', '[not an image](images/x.png)'],
  ])('makes %s site-absolute where it is relative', (input, expected) => {
    expect(absoluteImages(input)).toBe(expected);
  });
});
