/**
 * A title line at the top of a plain text: short, no final period, followed by a blank line,
 * with body text after it (the BBC workload's layout: "Ad sales boost Time Warner profit").
 */
const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 25;

export interface TitledText {
  title: string | null;
  body: string;
}

/** Splits off a leading title line; returns the text unchanged when it has none. */
export function splitTitle(text: string): TitledText {
  const start = text.search(/\S/);
  if (start < 0) return { title: null, body: text };
  const eol = text.indexOf('\n', start);
  if (eol < 0 || eol - start > MAX_TITLE_CHARS + 2) return { title: null, body: text };
  const line = text.slice(start, eol).trim();
  const blank = /^[ \t]*\r?\n/.exec(text.slice(eol + 1, eol + 200));
  if (!blank) return { title: null, body: text };
  const body = text.slice(eol + 1 + blank[0].length);
  if (!/\S/.test(body)) return { title: null, body: text };
  if (!looksLikeTitle(line)) return { title: null, body: text };
  return { title: line, body };
}

export function looksLikeTitle(line: string): boolean {
  if (line === '' || line.length > MAX_TITLE_CHARS) return false;
  // a final period ends a sentence; an ellipsis ("Rivals of the £400 Apple...") does not
  if (/[,;:]$/.test(line) || (/\.$/.test(line) && !/\.\.\.$/.test(line))) return false;
  return line.split(/\s+/).length <= MAX_TITLE_WORDS;
}
