import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quantities } from './helpers.js';

const SEED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus/seed/000_8968b0838309d791.txt',
);

describe.skipIf(!existsSync(SEED))(
  'quantities: the seed article (skipped: ../shared/corpus/seed absent)',
  () => {
    const text = existsSync(SEED) ? readFileSync(SEED, 'utf8') : '';
    const qs = quantities(text);

    it('holds "about 11,000 ... troops"', () => {
      const q = qs.find((x) => x.value === 11000);
      expect(q).toMatchObject({ text: '11,000', approx: 'about', counted: 'troops' });
    });

    it('holds "more than 800 km"', () => {
      const q = qs.find((x) => x.value === 800);
      expect(q).toMatchObject({ text: '800 km', approx: 'more than', unit: 'km' });
    });

    it('holds "halved" as change 0.5', () => {
      expect(qs.find((x) => x.text === 'halved')).toMatchObject({
        change: 0.5,
        value: null,
        counted: 'North Koreans',
      });
    });

    it('leaves durations and dates to the time stage', () => {
      const texts = qs.map((q) => q.text);
      for (const t of ['two', 'three', 'two weeks', 'three months', '2024', '2025', '31'])
        expect(texts).not.toContain(t);
      expect(texts.sort()).toEqual(['11,000', '800 km', 'halved']);
    });

    it('every span is text.slice(start, end) and carries a rule', () => {
      for (const q of qs) {
        expect(q.text).toBe(text.slice(q.start, q.end));
        expect(q.rule).toMatch(/^quantities\//);
        const a = q.approxSpan as { start: number; end: number; text: string } | null;
        if (a) expect(a.text).toBe(text.slice(a.start, a.end));
      }
    });
  },
);
