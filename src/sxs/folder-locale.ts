// Which locale a source is in when its front matter does not say: the one its folder's other
// files declare, else a locale-named folder (`de-de`). Shared by the parser's folder reader and
// the site's locale discovery, so a page's route and the site's languages always agree.
import { dirname, resolve, sep } from 'node:path';
import { canonicalLocale, readLocale } from './read-locale.js';

const LOCALE_LINE = /^ms\.contentlocale:\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)["']?\s*$/m;
/** Folder names that carry a locale as localization repositories name them: `de-de`, `fr`, `partner-center-pr.ja-jp`. */
const LOCALE_FOLDER = /(?:^|\.)([a-z]{2,3}-[a-z]{2})$|^([a-z]{2})$/i;

const folderLocale = (name: string): string | undefined => {
  const m = LOCALE_FOLDER.exec(name);
  return m ? (m[1] ?? m[2]) : undefined;
};

/** The `ms.contentlocale` a source declares in its front matter, as written (`de-de` → `de-de`). */
export function declaredLocale(text: string): string | undefined {
  // Front matter comes first: callers may pass only the first 8,000 bytes of a file.
  const m = LOCALE_LINE.exec(text.slice(0, 4000));
  // A malformed tag (`de-DE-x-`) counts as its well-formed start, as the parser reads it.
  const tag = m?.[1]?.replace(/_/g, '-');
  return tag === undefined || canonicalLocale(tag) ? tag : readLocale(tag);
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.toLowerCase(), (counts.get(v.toLowerCase()) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best === undefined ? undefined : values.find((v) => v.toLowerCase() === best);
}

/**
 * The locale for each file of a folder: its own, else the most common one of the files in its
 * directory, else the nearest locale-named directory above it, else the most common one of the
 * whole folder. Files with none of these are left out.
 */
export function folderLocales(declared: Map<string, string | undefined>): Map<string, { locale: string; inherited: boolean }> {
  const out = new Map<string, { locale: string; inherited: boolean }>();
  const all = [...declared.values()].filter((l): l is string => l !== undefined);
  for (const [file, own] of declared) {
    if (own) {
      out.set(file, { locale: own, inherited: false });
      continue;
    }
    const dir = dirname(file);
    const siblings = [...declared].filter(([f, l]) => l && dirname(f) === dir).map(([, l]) => l!);
    const folders = resolve(dir).split(sep).filter(Boolean).reverse();
    const locale = mostCommon(siblings) ?? folders.map(folderLocale).find(Boolean) ?? mostCommon(all);
    if (locale) out.set(file, { locale, inherited: true });
  }
  return out;
}
