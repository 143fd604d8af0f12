// The one text form in which an old English sentence and the current English are compared:
// white space folded to single spaces, typographic quotes and spaces as plain ones. Anything
// else (a word, a number, punctuation) that differs is a change a reader would see.

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"' };
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/u;

export interface Normalized {
  text: string;
  /** For each character of `text`, the offset it came from. */
  offsets: number[];
  /** Indexes of the spaces of `text` that stand for a line break: a sentence ends there. */
  breaks: Set<number>;
}

/** Normalizes pieces of text, each starting at a known offset, into one string with its offset map. */
export function normalizeWithOffsets(pieces: ReadonlyArray<readonly [string, number]>): Normalized {
  let text = '';
  const offsets: number[] = [];
  const breaks = new Set<number>();
  let pendingSpace = -1;
  let pendingBreak = false;
  for (const [value, at] of pieces) {
    let i = 0;
    for (const ch of value) {
      const offset = at + i;
      i += ch.length;
      if (SPACE.test(ch)) {
        if (text && pendingSpace < 0) pendingSpace = offset;
        if (ch === '\n' || ch === '\r') pendingBreak = true;
        continue;
      }
      if (pendingSpace >= 0) {
        if (pendingBreak) breaks.add(text.length);
        text += ' ';
        offsets.push(pendingSpace);
        pendingSpace = -1;
      }
      pendingBreak = false;
      const mapped = QUOTES[ch] ?? ch;
      text += mapped;
      for (let k = 0; k < mapped.length; k++) offsets.push(offset);
    }
  }
  return { text, offsets, breaks };
}

/** `normalizeWithOffsets` for one string, its text only. */
export const normalizeText = (value: string): string => normalizeWithOffsets([[value, 0]]).text;

/** The words of a text, for similarity: letters and digits runs, lower-cased. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? [];
