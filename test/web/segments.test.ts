/** The UI's text runs: every character once, in order; innermost mark first; bad spans ignored. */
import { describe, expect, it } from 'vitest';
import { segments, snippetParts, type Mark } from '../../web/src/segments.js';

const mark = (start: number, end: number, kind: string): Mark => ({
  start,
  end,
  kind,
  id: kind,
  label: kind,
});

describe('segments', () => {
  it('cuts nested and overlapping marks into runs that rebuild the text', () => {
    const text = 'General Oleksandr Syrskyi said 11,000 troops left.';
    const marks = [
      mark(0, 25, 'entity'),
      mark(0, 50, 'claim'),
      mark(31, 37, 'figure'),
      mark(20, 35, 'odd'),
    ];
    const runs = segments(text, marks);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    for (const r of runs) expect(r.text).toBe(text.slice(r.start, r.end));
    const at = (i: number) => runs.find((r) => r.start <= i && i < r.end)!;
    expect(at(0).marks.map((m) => m.kind)).toEqual(['entity', 'claim']);
    expect(at(32).marks[0]!.kind).toBe('figure');
    expect(at(49).marks.map((m) => m.kind)).toEqual(['claim']);
  });

  it('ignores spans outside the text or empty, and keeps unmarked text', () => {
    const runs = segments('abc', [mark(-1, 2, 'x'), mark(2, 9, 'y'), mark(1, 1, 'z')]);
    expect(runs).toEqual([{ start: 0, end: 3, text: 'abc', marks: [] }]);
  });

  it('splits a snippet into matched and plain parts', () => {
    expect(snippetParts('…the [troops] left [Kursk]')).toEqual([
      { text: '…the ', match: false },
      { text: 'troops', match: true },
      { text: ' left ', match: false },
      { text: 'Kursk', match: true },
    ]);
    expect(snippetParts('<img onerror=x>')).toEqual([{ text: '<img onerror=x>', match: false }]);
  });
});
