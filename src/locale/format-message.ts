// The one message formatter for UI strings: `{name}` placeholders and plural forms. Plurals
// are sibling keys named by `Intl.PluralRules` categories (`search.results.one`,
// `search.results.other`): asking for `search.results` with a numeric `count` picks the form
// the language needs, falling back to `.other`. Tiny on purpose: the checker island ships it.

export type MessageVars = Record<string, string | number>;

/** Fills `{name}` placeholders from `vars`; a placeholder without a value stays as written. */
export function formatMessage(template: string, vars?: MessageVars): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (vars && name in vars ? String(vars[name]) : m));
}

/** The key of the plural form for `count` in `locale` among `messages` (`x.one`, else `x.other`). */
export function pluralKey(messages: Record<string, string>, key: string, count: number, locale: string): string {
  const form = `${key}.${new Intl.PluralRules(locale).select(count)}`;
  return form in messages ? form : `${key}.other`;
}

/**
 * A translator over a flat catalogue. A key with plural forms takes a numeric `count`, shown in
 * the locale's number format; a missing key shows as itself.
 */
export function translator(messages: Record<string, string>, locale = 'en') {
  return (key: string, vars?: MessageVars): string => {
    const count = vars?.count;
    if (!(key in messages) && typeof count === 'number') {
      return formatMessage(messages[pluralKey(messages, key, count, locale)] ?? key, { ...vars, count: new Intl.NumberFormat(locale).format(count) });
    }
    return formatMessage(messages[key] ?? key, vars);
  };
}
