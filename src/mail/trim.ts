// Trimming spaces and tabs off a line end. /[ \t]+$/ looks linear but is not: on a
// long run of blanks followed by a letter V8 retries from every blank and walks to
// the letter each time, so 40,000 spaces cost seconds. A backwards scan is linear.

/** The line without the spaces and tabs at its end. */
export function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}
