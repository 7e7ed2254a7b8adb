// CSV as RFC 4180 writes it: CRLF line ends, a field quoted when it holds a
// comma, a quote, CR or LF, quotes inside doubled. Spreadsheets run a cell that
// starts with = + - @ (or a tab or CR) as a formula, and reply text is written by
// strangers: such cells get a leading apostrophe (OWASP's "CSV injection").

export type Cell = string | number | boolean | null | undefined;

/** Excel reads a file as UTF-8 only when it starts with this byte order mark. */
export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  // Numbers are the service's own figures, never text from a reply: a negative number stays a number.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const csvRow = (cells: readonly Cell[]): string => cells.map(csvCell).join(',') + '\r\n';

/** A CSV text back into rows (RFC 4180), for tests and for people checking an export. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith(BOM) ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
