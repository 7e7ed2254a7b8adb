import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvRow, parseCsv } from '../../src/review/csv.js';

describe('CSV cells (RFC 4180)', () => {
  it('quotes a field with a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('ends rows with CRLF and writes null as an empty field', () => {
    expect(csvRow(['a', null, 3, undefined, true])).toBe('a,,3,,true\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const s of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    // Numbers are the service's own: a negative number stays a number.
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('parses back what it writes, with or without a byte order mark', () => {
    const rows = [
      ['id', 'text', 'n'],
      ['1', 'He said "no", then left\r\nfor good', '2'],
      ['2', '', 'ünïcødé €'],
    ];
    const text = rows.map(csvRow).join('');
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv(BOM + text)).toEqual(rows);
  });
});
