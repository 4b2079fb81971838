// Lays a text out as fixed-width display rows for the windowed text view: every source line becomes
// one or more rows of at most `columns` characters. Only offsets are stored (no substrings), so a
// 10 MB single-line body costs two number arrays, and rows are sliced from the text on render.

export interface TextRows {
  /** Start offset of each row in the text. */
  starts: number[];
  /** End offset (exclusive, without the line break) of each row. */
  ends: number[];
  /** 1-based source line number for the first row of a line, 0 for wrapped continuation rows. */
  lines: number[];
  lineCount: number;
}

export function layoutTextRows(text: string, columns: number): TextRows {
  const width = Math.max(16, Math.floor(columns));
  const starts: number[] = [];
  const ends: number[] = [];
  const lines: number[] = [];
  let lineNo = 0;
  let pos = 0;
  const length = text.length;
  while (pos <= length) {
    let nl = text.indexOf('\n', pos);
    const atEnd = nl < 0;
    if (atEnd) nl = length;
    lineNo++;
    let lineEnd = nl;
    if (lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13) lineEnd--; // CRLF: hide the CR
    let rowStart = pos;
    let first = true;
    do {
      let rowEnd = Math.min(lineEnd, rowStart + width);
      // Never split a surrogate pair across rows.
      if (rowEnd < lineEnd && (text.charCodeAt(rowEnd) & 0xfc00) === 0xdc00) rowEnd--;
      starts.push(rowStart);
      ends.push(rowEnd);
      lines.push(first ? lineNo : 0);
      first = false;
      rowStart = rowEnd;
    } while (rowStart < lineEnd);
    if (atEnd) break;
    pos = nl + 1;
    if (pos === length) break; // a trailing newline does not make an extra empty row
  }
  return { starts, ends, lines, lineCount: lineNo };
}
