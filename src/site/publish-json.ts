// JSON as the site publishes it: `<`, `>` and `&` escaped as \u sequences, so no text
// from a source can ever be read as markup, even by a client that sniffs the type.
export function publishJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
