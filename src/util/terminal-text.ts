// Text from content (file names, excerpts, link targets) on its way to a terminal: every
// character a terminal would act on instead of showing is written as its escape, so an ESC in
// a source can never recolour, move or retitle the terminal, and a line break or a bidi control
// in a file name can never start or disguise a line of the report.

// C0 controls (line breaks included), DEL, C1 controls, the Unicode line and paragraph
// separators, and the bidi marks and overrides that reorder what a reader sees.
const CONTROLS = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const UNSHOWABLE = new RegExp(`[${CONTROLS}]`, 'g');
const HOLDS_CONTROL = new RegExp(`[${CONTROLS}]`);

const escape = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every control character shown as its escape (`\x1b`, `\x0a`, `\u202e`): one line, shown as written. */
export const terminalText = (text: string): string => text.replace(UNSHOWABLE, escape);

/** Whether `text` holds a character `terminalText` would escape. */
export const holdsControl = (text: string): boolean => HOLDS_CONTROL.test(text);
