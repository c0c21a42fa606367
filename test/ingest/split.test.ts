/** A text over the article cap is read as parts cut at paragraph, line or sentence ends. */
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import { readText } from '../../src/ingest/index.js';
import { MAX_ARTICLE_CHARS, partEnds, splitLong } from '../../src/ingest/split.js';
import { pipelineFor } from '../../src/presets/default.js';

const origin = { path: 'long.txt', url: null, format: 'text' };

describe('splitLong', () => {
  it('keeps a text within the cap whole, without part numbers', () => {
    const a = { origin, text: 'Short text.' };
    expect(splitLong(a, 100)).toEqual([a]);
  });

  it('cuts at the last paragraph break of each window; the parts give back the text', () => {
    const para = 'One sentence here. Another one there.\n\n'; // 40 characters
    const text = para.repeat(10);
    const parts = splitLong({ origin, text }, 100);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(100);
      expect(p.text.endsWith('\n\n')).toBe(true);
    }
    // two paragraphs (80 characters) fit in each window of 100
    expect(parts.map((p) => [p.origin.part, p.origin.parts])).toEqual(
      [1, 2, 3, 4, 5].map((k) => [k, 5]),
    );
  });

  it('falls back to a line break, a sentence end, a space, then the cap', () => {
    expect(partEnds('a'.repeat(70) + '\n' + 'b'.repeat(60), 100)).toEqual([71, 131]);
    expect(partEnds('a'.repeat(70) + '. ' + 'b'.repeat(60), 100)).toEqual([72, 132]);
    expect(partEnds('a'.repeat(70) + ' ' + 'b'.repeat(60), 100)).toEqual([71, 131]);
    expect(partEnds('a'.repeat(250), 100)).toEqual([100, 200, 250]);
    // a break in the first half of the window is not used: parts stay near the cap
    expect(partEnds('a'.repeat(10) + '\n\n' + 'b'.repeat(150), 100)).toEqual([100, 162]);
  });

  it('never cuts a surrogate pair', () => {
    const text = 'a'.repeat(99) + '😀' + 'b'.repeat(50);
    const ends = partEnds(text, 100);
    expect(ends[0]).toBe(99);
    expect(
      splitLong({ origin, text }, 100)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('drops white space left after the last break', () => {
    const text = 'x'.repeat(90) + '\n\n' + ' '.repeat(20);
    expect(splitLong({ origin, text }, 100).map((p) => p.text)).toEqual(['x'.repeat(90) + '\n\n']);
  });

  it('is linear: a text of many caps is cut in one pass over it', () => {
    const text = 'word '.repeat(2_000_000); // 10 MB, no paragraph or line breaks
    const t0 = performance.now();
    const ends = partEnds(text);
    expect(ends.length).toBe(Math.ceil(text.length / MAX_ARTICLE_CHARS));
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('readers split long texts', () => {
  it('a plain text over the cap becomes numbered parts, each a record with a note', () => {
    const para = 'The council met on Monday. It agreed the budget.\n\n';
    const text = para.repeat(Math.ceil((MAX_ARTICLE_CHARS * 1.5) / para.length));
    const results = readText(text, { path: 'long.txt' }, { date: '2025-01-31' });
    const articles = results.flatMap((r) => ('article' in r ? [r.article] : []));
    expect(articles.map((a) => [a.origin.part, a.origin.parts])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(articles.every((a) => a.text.length <= MAX_ARTICLE_CHARS)).toBe(true);
    const record = buildRecord(
      { ...(articles[1] as (typeof articles)[1]), text: para },
      pipelineFor('minimal'),
    );
    expect(record.notes).toEqual([
      'part 2 of 2: the text is longer than one article may be, so it was read in parts cut where a paragraph or sentence ends',
    ]);
    expect(record.origin).toMatchObject({ part: 2, parts: 2 });
  });
});
