// Before parsing: bytes → text. Sources arrive as bytes so that a file that is not UTF-8 is
// named (with the place of every bad sequence) instead of being decoded into silent U+FFFD.

/** A decoding problem, at a character offset of the returned text (after the BOM). */
export interface DecodeProblem {
  offset: number;
  /** Where the bad sequence starts in the file, in bytes, and its first byte. */
  byteOffset: number;
  byte: number;
}

export interface DecodedSource {
  /** The text, a leading byte-order mark removed, invalid sequences as U+FFFD. */
  text: string;
  bom: boolean;
  /** Every invalid UTF-8 sequence, in order (at most `limit`). */
  invalid: DecodeProblem[];
  /** How many invalid sequences there are in all. */
  invalidCount: number;
}

export interface DecodeOptions {
  /** Most invalid sequences listed one by one. Default: 20. */
  limit?: number;
}

/**
 * Finds invalid sequences the way the WHATWG UTF-8 decoder does (one U+FFFD per maximal
 * invalid subpart), counting UTF-16 code units so each problem has the offset it has in the
 * decoded text. Only run when a strict decode already failed.
 */
function findInvalid(bytes: Uint8Array, limit: number): { invalid: DecodeProblem[]; count: number } {
  const invalid: DecodeProblem[] = [];
  let count = 0;
  let units = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let startByte = 0;
  const fail = (byteOffset: number) => {
    if (invalid.length < limit) invalid.push({ offset: units, byteOffset, byte: bytes[byteOffset]! });
    count++;
    units++;
    needed = seen = 0;
    lower = 0x80;
    upper = 0xbf;
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      startByte = i;
      if (b <= 0x7f) units++;
      else if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else fail(i);
      continue;
    }
    if (b < lower || b > upper) {
      fail(startByte);
      i--; // the byte that broke the sequence starts the next one
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      units += needed === 3 ? 2 : 1;
      needed = seen = 0;
    }
  }
  if (needed !== 0) fail(startByte);
  return { invalid, count };
}

/** Decodes a source given as text or bytes. Never throws. */
export function decodeSource(input: string | Uint8Array, options: DecodeOptions = {}): DecodedSource {
  let text: string;
  let invalid: DecodeProblem[] = [];
  let invalidCount = 0;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
      ({ invalid, count: invalidCount } = findInvalid(input, options.limit ?? 20));
    }
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  if (!bom) return { text, bom, invalid, invalidCount };
  return { text: text.slice(1), bom, invalid: invalid.map((p) => ({ ...p, offset: p.offset - 1 })), invalidCount };
}
