// What a translated text run may contain before it is written into a source: no line breaks
// (the source's own line breaks travel as codes), no control characters, no U+FFFD (the mark of
// bytes that were not UTF-8), no lone surrogates; and a whole target within a size bound.

/** A target may be this many times its English source, plus `SIZE_SLACK` bytes. */
export const SIZE_FACTOR = 10;
export const SIZE_SLACK = 1024;

const describe = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text run cannot be written, or undefined when it can. */
export function checkTargetText(text: string): { reason: string; hint: string } | undefined {
  const lineBreak = /[\n\r\u2028\u2029]/.exec(text);
  if (lineBreak) {
    return {
      reason: `Unexpected line break (${describe(lineBreak[0])}) in the target text, expected one line`,
      hint: 'A segment is one sentence: join the lines. Where the source breaks a line, keep its line-break code (<ph>) instead.',
    };
  }
  const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\uFFFE\uFFFF]/.exec(text);
  if (control) return { reason: `Unexpected control character ${describe(control[0])} in the target text, expected printable text`, hint: 'Remove it; the translation tool or a copy and paste put it there.' };
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) return { reason: 'Unexpected U+FFFD (replacement character) in the target text, expected the characters themselves', hint: 'The XLIFF held bytes that are not UTF-8, or a tool lost characters: save it as UTF-8 and check the text.' };
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return { reason: 'Unexpected lone surrogate in the target text, expected whole characters', hint: 'Save the XLIFF again as UTF-8 from the translation tool.' };
  return undefined;
}

/** Why a target's markup is too large for its English source, or undefined. */
export function checkTargetSize(markup: string, source: string): { reason: string; hint: string } | undefined {
  const size = Buffer.byteLength(markup, 'utf8');
  const limit = SIZE_FACTOR * Buffer.byteLength(source, 'utf8') + SIZE_SLACK;
  if (size <= limit) return undefined;
  return { reason: `Unexpected target of ${size} bytes, expected at most ${limit} (${SIZE_FACTOR}× the English source + ${SIZE_SLACK})`, hint: 'A translation this long is not a translation of this segment; check the unit.' };
}
