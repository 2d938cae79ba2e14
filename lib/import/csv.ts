/**
 * CSV as spreadsheets and invoicing tools write it: RFC 4180 quoting (separators, quotes and line breaks inside
 * quoted cells), a comma, semicolon (French Excel) or tab separator found from the header line, and the text
 * encoding found from the bytes: a byte-order mark, else UTF-8 when the bytes are valid UTF-8, else Windows-1252
 * (what Excel on Windows saves as "CSV").
 */

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type CsvSeparator = ',' | ';' | '\t';

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
}

export const decodeCsv = (bytes: Uint8Array): DecodedText => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
};

/** The separator that splits the header line into the most cells, counted outside quotes. */
export const detectSeparator = (text: string): CsvSeparator => {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 10_000; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c as CsvSeparator]++;
  }
  const [best, count] = (Object.entries(counts) as [CsvSeparator, number][]).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
};

export interface ParsedCsv {
  header: string[];
  rows: string[][];
  separator: CsvSeparator;
  /** Rows past `maxRows` were not read. */
  truncated: boolean;
}

/** Parses the whole text; blank lines are dropped. */
export const parseCsv = (text: string, options: { separator?: CsvSeparator; maxRows?: number } = {}): ParsedCsv => {
  const separator = options.separator ?? detectSeparator(text);
  const maxRows = options.maxRows ?? Infinity;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let truncated = false;
  const endRow = () => {
    row.push(cell);
    cell = '';
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      if (rows.length > maxRows) {
        truncated = i + 1 < text.length;
        break;
      }
    } else cell += c;
  }
  if (!truncated && (cell !== '' || row.length > 0)) endRow();
  if (rows.length > maxRows + 1) {
    rows.length = maxRows + 1;
    truncated = true;
  }
  const [header = [], ...body] = rows;
  return { header: header.map((h) => h.trim()), rows: body, separator, truncated };
};
