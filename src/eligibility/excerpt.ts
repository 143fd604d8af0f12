// What a notice may quote of what a reader's link or file held: a short excerpt, never the whole.
export const EXCERPT_CHARS = 24;

export const excerpt = (v: unknown): string => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > EXCERPT_CHARS ? `${s.slice(0, EXCERPT_CHARS - 1)}…` : s;
};
