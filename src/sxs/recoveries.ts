// The rule ids of the shapes the parser reads the way the author meant rather than the way
// CommonMark does (each reported as a note at its place), for the build's census to count.
export const RECOVERY_RULES: ReadonlySet<string> = new Set([
  'sxs-markup-in-code',
  'sxs-heading-without-space',
  'sxs-lone-span-opener',
  'sxs-glued-heading',
  'sxs-unclosable-emphasis',
  'sxs-emphasis-across-segments',
]);
