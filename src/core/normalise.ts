/**
 * Text normalisation applied once, before any stage: all offsets in a record point into the
 * normalised text. NFC, newlines as \n, no trailing white space on lines, no NUL or control
 * characters, at most one blank line in a row, trimmed.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // control characters other than \n and \t become spaces
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\v\f\u000E-\u001F\u007F]/g, ' ')
      .replace(/\u00A0/g, ' ')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Single-line fields (titles, outlets): white space folded. */
export function normaliseLine(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const s = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}
