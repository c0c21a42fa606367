/**
 * Search snippets (src/store/snippet.ts): words read as the SQLite index reads them (case,
 * accents, Porter stems), phrases marked as one, the text cut with "…" around the best window.
 */
import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../src/store/snippet.js';
import { parseSearch } from '../../src/store/websearch.js';

const snip = (text: string, q: string, title: string | null = null) =>
  snippetOf(text, parseSearch(q), title);

describe('snippetOf', () => {
  it('marks stemmed, case- and accent-folded forms of the query words', () => {
    expect(snip('UK Troops are on standby; one troop left.', 'troops')).toBe(
      'UK [Troops] are on standby; one [troop] left.',
    );
    expect(snip('An internet café opened.', 'cafe')).toBe('An internet [café] opened.');
    expect(snip('Elections were held; the election was close.', 'elected')).toBe(
      '[Elections] were held; the [election] was close.',
    );
  });

  it('does not mark a word that only starts like the query word', () => {
    expect(snip('The street trader sold tropical troops figures.', 'troops')).toBe(
      'The street trader sold tropical [troops] figures.',
    );
    expect(snip('Oilseed prices rose.', 'oil')).toBe('Oilseed prices rose.');
  });

  it('marks a phrase as one, and its words apart only as other terms', () => {
    expect(snip('The general said the general election is near.', '"general election"')).toBe(
      'The general said the [general election] is near.',
    );
    expect(snip('Prime minister, and the minister.', 'prime minister')).toBe(
      '[Prime] [minister], and the [minister].',
    );
  });

  it('cuts a long text to about 16 words around the best window, with ellipses', () => {
    const filler = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const text = `${filler(40, 'alpha')} drones hit Kyiv ${filler(40, 'beta')}`;
    const s = snip(text, 'drones Kyiv');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('[drones] hit [Kyiv]');
    expect(s.replace(/…/g, '').split(/\s+/).length).toBe(16);
    // the window with both words wins over an earlier one with one
    const two = `drones ${filler(30, 'gamma')} drones hit Kyiv ${filler(30, 'delta')}`;
    expect(snip(two, 'drones Kyiv')).toContain('[drones] hit [Kyiv]');
  });

  it('uses the title when it holds more of the query, and the start when nothing matches', () => {
    expect(snip('Nothing here about it.', 'maternity pay', 'Maternity pay rises')).toBe(
      '[Maternity] [pay] rises',
    );
    expect(snip('Short text without the word.', 'absent')).toBe('Short text without the word.');
  });

  it('keeps offsets when lower-casing changes a length (İ) and reads Cyrillic', () => {
    expect(snip('İstanbul hosted talks on drones.', 'drones')).toBe(
      'İstanbul hosted talks on [drones].',
    );
    expect(snip('Київ атакували дрони вночі.', 'дрони')).toBe('Київ атакували [дрони] вночі.');
  });
});
