// Word-level difference between an old and a current English sentence (jsdiff's `diffArrays`
// over word tokens), in a shape every reporter reads: the terminal and SARIF as `[-old-]{+new+}`,
// pages as <del>/<ins>. A token is a word with its inner punctuation (`2,000`, `19041.1103`,
// `Wi-Fi`, `don't`), a run of spaces, or one punctuation mark, so a changed number reads whole.
import { diffArrays } from 'diff';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.,'’\-/:][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

export function wordDiff(before: string, after: string): WordChange[] {
  const raw = diffArrays(before.match(TOKEN) ?? [], after.match(TOKEN) ?? []);
  const parts: WordChange[] = raw.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') }));
  // Spaces alone between two changes belong to both sides: `[-How to ensure-]`, not `[-How-] [-to-] …`.
  const out: WordChange[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((p, i) => {
    const between = p.kind === 'same' && /^\s+$/.test(p.text) && (removed || added) && parts[i + 1] && parts[i + 1]!.kind !== 'same';
    if (p.kind === 'removed' || between) removed += p.text;
    if (p.kind === 'added' || between) added += p.text;
    if (p.kind === 'same' && !between) {
      flush();
      out.push(p);
    }
  });
  flush();
  return out;
}

/** `[-removed-]{+added+}` inline, as `git diff --word-diff` writes it. */
export const formatWordDiff = (changes: WordChange[]): string =>
  changes.map((c) => (c.kind === 'added' ? `{+${c.text}+}` : c.kind === 'removed' ? `[-${c.text}-]` : c.text)).join('');
