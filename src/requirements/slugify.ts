// Stable keys for facts in the requirement model (`exam-70-346`, `fast-track-partner`).

/** Lowercase ASCII words joined by `-`; umlauts and accents reduced to their base letter. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
