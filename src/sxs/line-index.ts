// Turns character offsets into line:column places. CR, LF and CRLF each end a line,
// as they do for micromark, so places agree with the mdast positions.
import type { Place } from './types.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** Offset of the first character of a 1-based line (the text's length past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.starts.at(-1)!;
  }

  place(offset: number): Place {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1, offset };
  }
}
