/**
 * Bytes to text: UTF-8 unless the user names another encoding (`--encoding windows-1252`).
 * Binary files (NUL bytes) and text that does not decode are reported, never guessed at, so
 * a Latin-1 or UTF-16 file cannot silently become mojibake in a record.
 */

/** What to do about text that is not UTF-8, appended to the error. */
export const NOT_UTF8_HINT =
  'convert it to UTF-8 or give its encoding, e.g. --encoding windows-1252';

/** Why these bytes are not readable text, or null when they are. Checks the bytes given only. */
export function binaryReason(bytes: Uint8Array): string | null {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return `not UTF-8 text (UTF-16 byte order mark); ${NOT_UTF8_HINT.replace('windows-1252', 'utf-16le')}`;
  if (bytes.indexOf(0) !== -1) return 'binary file (contains NUL bytes), not text';
  return null;
}

export type Decoded = { text: string } | { error: string };

/** Decodes a whole file: empty, binary and invalid UTF-8 come back as an error message. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { error: 'empty file' };
  const reason = binaryReason(bytes);
  if (reason) return { error: reason };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = bytes.indexOf(10); i >= 0 && i < at; i = bytes.indexOf(10, i + 1)) line++;
    return {
      error: `not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16)} at line ${line}, byte ${at}); ${NOT_UTF8_HINT}`,
    };
  }
  if (text.trim() === '') return { error: 'empty file (only white space)' };
  return { text };
}

/** UTF-16 text is full of NUL bytes: only its decoded text is checked for NUL characters. */
export function isWide(encoding: string): boolean {
  return encoding.startsWith('utf-16');
}

/**
 * Decodes a whole file in `encoding` (a canonical name from encodingOf: "utf-8",
 * "windows-1252", "utf-16le" ...); errors as decodeUtf8.
 */
export function decodeText(bytes: Uint8Array, encoding = 'utf-8'): Decoded {
  if (encoding === 'utf-8') return decodeUtf8(bytes);
  if (bytes.length === 0) return { error: 'empty file' };
  if (!isWide(encoding) && bytes.indexOf(0) !== -1)
    return { error: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { error: `not ${encoding} text (a byte sequence does not decode); check --encoding` };
  }
  if (text.trim() === '') return { error: 'empty file (only white space)' };
  return { text };
}

/** Offset of the first byte that breaks UTF-8, for the message (linear scan). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const n =
      b < 0x80
        ? 0
        : b >= 0xc2 && b < 0xe0
          ? 1
          : b >= 0xe0 && b < 0xf0
            ? 2
            : b >= 0xf0 && b < 0xf5
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}
