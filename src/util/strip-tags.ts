// `s.replace(/<[^>]*>/g, by)` in one pass: that pattern rescans to the end of the text from
// every `<` without a `>`, which is quadratic; here a `<` with no `>` after it ends the work.

/** Every `<…>` of `s` replaced by `by`, as `/<[^>]*>/g` would, in linear time. */
export function stripTags(s: string, by = ''): string {
  let out = '';
  let from = 0;
  for (let open = s.indexOf('<'); open >= 0; ) {
    const close = s.indexOf('>', open + 1);
    if (close < 0) break;
    out += s.slice(from, open) + by;
    from = close + 1;
    open = s.indexOf('<', from);
  }
  return from === 0 ? s : out + s.slice(from);
}
