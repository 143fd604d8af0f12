// A locale tag as sources write it (`de-de`, `de_DE`, `de-DE-`), read into a well-formed BCP 47
// tag every `Intl` API accepts. A tag `Intl` refuses would stop the build at the first number it
// formats, so a malformed one is read as its longest well-formed start, and the caller says so.

/** The canonical tag (`de-de` → `de-DE`), or undefined when `Intl` does not accept the tag. */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The longest start of `tag`, subtag by subtag, that is a well-formed tag (`de-DE-` → `de-DE`), canonical; undefined when none is. */
export function readLocale(tag: string): string | undefined {
  const subtags = tag.trim().replace(/_/g, '-').split('-');
  for (let n = subtags.length; n > 0; n--) {
    const locale = canonicalLocale(subtags.slice(0, n).join('-'));
    if (locale) return locale;
  }
  return undefined;
}
