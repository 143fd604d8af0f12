// Word-level difference between an old and a current English sentence (jsdiff's `diffWords`),
// in a shape every reporter reads: the terminal and SARIF as `[-old-]{+new+}`, pages as <del>/<ins>.
import { diffWords } from 'diff';

export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

/** `[-removed-]{+added+}` inline, as `git diff --word-diff` writes it. */
export const formatWordDiff = (changes: WordChange[]): string =>
  changes.map((c) => (c.kind === 'added' ? `{+${c.text}+}` : c.kind === 'removed' ? `[-${c.text}-]` : c.text)).join('');
