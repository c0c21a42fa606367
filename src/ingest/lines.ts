/**
 * Streams a file as text (UTF-8 unless another encoding is named), chunk by chunk or line by
 * line, so a large JSON Lines or CSV file is never held whole. Binary content and bytes that
 * do not decode in that encoding end the stream with a DecodeError (the lines before it have
 * been read); an over-long line is cut and flagged.
 */
import { createReadStream } from 'node:fs';
import { binaryReason, firstInvalidByte, isWide, NOT_UTF8_HINT } from './decode.js';

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Longest line kept whole; longer ones are reported, not parsed. */
export const MAX_LINE = 16 * 1024 * 1024;

/** Decoded text chunks of a file (a leading byte order mark dropped). */
export async function* textChunks(path: string, encoding = 'utf-8'): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  const utf8 = encoding === 'utf-8';
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = chunk as Buffer;
    const reason = isWide(encoding) ? null : binaryReason(bytes);
    if (reason && reason.startsWith('binary'))
      throw new DecodeError(`${reason} (near byte ${offset + bytes.indexOf(0)})`);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      if (!utf8)
        throw new DecodeError(
          `not ${encoding} text (a byte sequence near byte ${offset} does not decode); check --encoding`,
        );
      // the text before the bad byte is still read; then the stream ends
      const at = firstInvalidByte(bytes);
      const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
      if (before !== '') yield before;
      throw new DecodeError(
        `not UTF-8 text (invalid byte 0x${(bytes[at] ?? 0).toString(16)} at byte ${offset + at}); ${NOT_UTF8_HINT}`,
      );
    }
    offset += bytes.length;
    if (text !== '') yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } catch {
    throw new DecodeError(
      utf8
        ? `not UTF-8 text (truncated byte sequence at the end); ${NOT_UTF8_HINT}`
        : `not ${encoding} text (truncated byte sequence at the end); check --encoding`,
    );
  }
}

export interface Line {
  /** 1-based */
  number: number;
  text: string;
  /** true when the line exceeded MAX_LINE and `text` is empty */
  tooLong: boolean;
  /** why the line's bytes do not decode (its text then has U+FFFD in their place) */
  bad?: string;
}

/** Lines of a text stream (without their \n or \r\n). */
export async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<Line> {
  let parts: string[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  for await (const chunk of chunks) {
    let from = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', from)) {
      const piece = chunk.slice(from, nl);
      from = nl + 1;
      number++;
      const long = tooLong || size + piece.length > MAX_LINE;
      const text = long ? '' : (parts.join('') + piece).replace(/\r$/, '');
      yield { number, text, tooLong: long };
      parts = [];
      size = 0;
      tooLong = false;
    }
    const rest = chunk.slice(from);
    if (rest === '') continue;
    if (!tooLong && size + rest.length > MAX_LINE) {
      tooLong = true;
      parts = [];
    }
    if (!tooLong) parts.push(rest);
    size += rest.length;
  }
  if (size > 0 || parts.length > 0) {
    number++;
    yield { number, text: tooLong ? '' : parts.join('').replace(/\r$/, ''), tooLong };
  }
}

/**
 * Lines of UTF-8 (or any single-byte encoding) split at the byte level, each decoded on its
 * own: a line with bytes that do not decode is flagged (`bad`, its text decoded with U+FFFD)
 * and the lines after it read on, so one bad byte costs one row, not the rest of the file.
 * Splitting at byte 0x0A is safe in these encodings (no multi-byte sequence contains it);
 * UTF-16 goes through textChunks + linesOf instead.
 */
export class ByteLines {
  private parts: Uint8Array[] = [];
  private size = 0;
  private tooLong = false;
  private number = 0;
  private bad = 0;
  private good = 0;
  private readonly fatal: TextDecoder;
  private readonly lenient: TextDecoder;

  constructor(private readonly encoding = 'utf-8') {
    this.fatal = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    this.lenient = new TextDecoder(encoding, { ignoreBOM: true });
  }

  /** The complete lines in `bytes` (the rest is kept for the next push). */
  push(bytes: Uint8Array): Line[] {
    const out: Line[] = [];
    let from = 0;
    for (let nl = bytes.indexOf(10); nl >= 0; nl = bytes.indexOf(10, from)) {
      this.add(bytes.subarray(from, nl));
      from = nl + 1;
      out.push(this.take());
    }
    if (from < bytes.length) this.add(bytes.subarray(from));
    return out;
  }

  /** The last line, when the input does not end with a newline. */
  end(): Line[] {
    return this.size > 0 || this.tooLong ? [this.take()] : [];
  }

  private add(piece: Uint8Array): void {
    if (this.tooLong) return;
    if (this.size + piece.length > MAX_LINE) {
      this.tooLong = true;
      this.parts = [];
      return;
    }
    this.parts.push(piece);
    this.size += piece.length;
  }

  private take(): Line {
    this.number++;
    const number = this.number;
    const tooLong = this.tooLong;
    let bytes = this.parts.length === 1 ? (this.parts[0] as Uint8Array) : concat(this.parts);
    this.parts = [];
    this.size = 0;
    this.tooLong = false;
    if (tooLong) return { number, text: '', tooLong: true };
    if (bytes.at(-1) === 13) bytes = bytes.subarray(0, -1);
    if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
      bytes = bytes.subarray(3);
    try {
      const text = this.fatal.decode(bytes);
      if (text.trim() !== '') this.good++;
      return { number, text, tooLong: false };
    } catch {
      this.bad++;
      if (this.bad >= TOO_MANY_BAD && this.bad > this.good)
        throw new DecodeError(
          `not ${this.encoding === 'utf-8' ? 'UTF-8' : this.encoding} text: ${this.bad} of the first ${number} lines do not decode; ${NOT_UTF8_HINT}`,
        );
      const text = this.lenient.decode(bytes);
      const at = firstInvalidByte(bytes);
      const why =
        at >= bytes.length || cutOff(bytes, at)
          ? 'a byte sequence is cut off at its end'
          : `invalid byte 0x${(bytes[at] ?? 0).toString(16)} at column ${at + 1}`;
      return {
        number,
        text,
        tooLong: false,
        bad: `not ${this.encoding === 'utf-8' ? 'UTF-8' : this.encoding} text (${why}); ${NOT_UTF8_HINT}`,
      };
    }
  }
}

/** Bad lines that end the file when they outnumber the good ones (a binary or mis-encoded file). */
const TOO_MANY_BAD = 20;

/** Whether the sequence starting at `at` is a valid UTF-8 start that the line ends inside. */
function cutOff(bytes: Uint8Array, at: number): boolean {
  const b = bytes[at] ?? 0;
  const n = b >= 0xf0 && b < 0xf5 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : 0;
  if (n === 0 || at + n < bytes.length) return false;
  for (let i = at + 1; i < bytes.length; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) return false;
  return true;
}

function concat(parts: Uint8Array[]): Uint8Array {
  return parts.length === 0 ? new Uint8Array(0) : Buffer.concat(parts);
}

/** Lines of a file, read as a stream; NUL bytes end it with a DecodeError. */
export async function* fileLines(path: string, encoding = 'utf-8'): AsyncGenerator<Line> {
  if (isWide(encoding)) {
    yield* linesOf(textChunks(path, encoding));
    return;
  }
  const split = new ByteLines(encoding);
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const bytes = chunk as Buffer;
    const reason = binaryReason(bytes);
    if (reason && reason.startsWith('binary'))
      throw new DecodeError(`${reason} (near byte ${offset + bytes.indexOf(0)})`);
    offset += bytes.length;
    yield* split.push(bytes);
  }
  yield* split.end();
}

/** Lines of bytes already in memory (standard input, a small file). */
export function bytesLines(bytes: Uint8Array, encoding = 'utf-8'): Line[] {
  const split = new ByteLines(encoding);
  return [...split.push(bytes), ...split.end()];
}
