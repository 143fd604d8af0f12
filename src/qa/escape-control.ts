// Content printed to a terminal is text: control characters (ESC, CR, LF, NUL, C1, the line and
// paragraph separators) are shown as `\x1b`-style escapes, never sent, so a source or file name
// cannot move the cursor, recolour the screen or forge a line of the report.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const hex = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
};

/** One line of output with every control character written as its escape. */
export const escapeControl = (text: string): string => text.replace(CONTROL, hex);
