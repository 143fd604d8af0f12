// Link parity: a translated segment links to the same places as its English original,
// the same number of times. A locale path segment (`/en-us/` → `/de-de/`) may be allowed by config.
import type { Rule } from './rule.js';
import { seg } from './rule.js';
import { linkTargets, type LinkTarget } from './segment-text.js';
import { unmatched } from '../util/unmatched.js';

const URL_LOCALE = /\/[a-z]{2}-[a-z]{2}(?=\/|$)/gi;

const key = (t: LinkTarget, allowUrlLocale: boolean) => `${t.kind} ${allowUrlLocale ? t.url.replace(URL_LOCALE, '/{locale}') : t.url}`;

export const linkMismatch: Rule = {
  id: 'link-mismatch',
  severity: 'warning',
  summary: 'The translation links to other targets, or a different number of times, than the English.',
  checkSegment({ segment, config }) {
    const source = linkTargets(segment.source.markup);
    const target = linkTargets(segment.target.markup);
    const sKeys = source.map((t) => key(t, config.allowUrlLocale));
    const tKeys = target.map((t) => key(t, config.allowUrlLocale));
    const lost = unmatched(sKeys, tKeys);
    const added = unmatched(tKeys, sKeys);
    if (!lost.length && !added.length) return [];
    const url = (k: string) => `\`${k.slice(k.indexOf(' ') + 1)}\``;
    if (lost.length && added.length) {
      return [{ reason: `Unexpected link target ${added.map(url).join(', ')} in ${seg(segment)}, expected ${lost.map(url).join(', ')} as in the English`, hint: 'Copy the link target from the English span; only the link text is translated.' }];
    }
    if (lost.length) return [{ reason: `Unexpected ${target.length} link(s) in ${seg(segment)}, expected ${source.length}: ${lost.map(url).join(', ')} is missing`, hint: 'Keep every link of the English span, with the same target.' }];
    return [{ reason: `Unexpected ${target.length} link(s) in ${seg(segment)}, expected ${source.length}: ${added.map(url).join(', ')} is not in the English`, hint: 'Remove the extra link or add it to the English too.' }];
  },
};
