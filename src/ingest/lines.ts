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
