// An sxs source as the plain markdown a documentation tool without sxs support would build: one
// file per language, each segment pair replaced by that language's markup and everything around
// the pairs (headings, lists, tables, links, raw HTML) kept as written. The bench's peer projects
// are made from it, so they build the same pages as the project.
import { parseSxs } from '../../src/sxs/parse-sxs.ts';

/** One language's page of a source. */
export interface SourceSide {
  /** BCP 47 tag of the page's language (`de-DE`, or the source's English locale). */
  locale: string;
  title: string;
  description: string;
  /** The markdown body, front matter left out. */
  body: string;
}

export interface SplitSource {
  /** The translation's page. */
  target: SourceSide;
  /** The English original's page; missing when the source has no segment pair (published in its own language only). */
  source?: SourceSide;
}

export interface SplitOptions {
  /** Path used by the parser. Default: `<input>`. */
  file?: string;
  /** Locale of a source without `ms.contentlocale`. Default: none (`und`). */
  fallbackLocale?: string;
}

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an sxs source into its translated and its English markdown. */
export function splitSource(input: string, options: SplitOptions = {}): SplitSource {
  const doc = parseSxs(input, { ...(options.file ? { file: options.file } : {}), ...(options.fallbackLocale ? { fallbackLocale: options.fallbackLocale } : {}) });
  const bodyStart = FRONT_MATTER.exec(doc.text)?.[0].length ?? 0;
  const pairs = doc.segments.filter((s) => s.context !== 'front-matter' && s.range.start.offset >= bodyStart);
  const body = (side: 'target' | 'source'): string => {
    let out = '';
    let at = bodyStart;
    for (const pair of pairs) {
      out += doc.text.slice(at, pair.range.start.offset) + pair[side].markup;
      at = pair.range.end.offset;
    }
    return out + doc.text.slice(at);
  };
  const page = (side: 'target' | 'source'): SourceSide => ({
    locale: doc.locales[side],
    title: doc.title[side] || doc.title.target,
    description: doc.description[side],
    body: body(side),
  });
  return doc.segments.length === 0 ? { target: page('target') } : { target: page('target'), source: page('source') };
}

/**
 * Relative image addresses of a body made site-absolute (`![a](images/x.png)` → `![a](/images/x.png)`):
 * Astro reads a relative image in markdown as a file to bundle and fails the build when it is
 * missing, where the project reports it and builds the page.
 */
export const absoluteImages = (body: string): string => body.replace(/(!\[(?:[^[\]]|\[[^[\]]*\])*\]\()\s*(?:\.\/)?(?![a-z]+:|\/|#)/gi, '$1/');
