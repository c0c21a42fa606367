import { describe, expect, it } from 'vitest';
import { isValidIsoDate, toIsoDate } from '../../src/core/dates.js';

describe('toIsoDate', () => {
  it('keeps ISO dates, and date-times with their own clock and offset (the local date first)', () => {
    expect(toIsoDate('2025-01-31')).toBe('2025-01-31');
    expect(toIsoDate('2025-01-31T10:00:00+02:00')).toBe('2025-01-31T10:00:00+02:00');
    // one in the morning in Kyiv is still 2 June in UTC: the article's day is 3 June
    expect(toIsoDate('2024-06-03T01:00:00+03:00')).toBe('2024-06-03T01:00:00+03:00');
    expect(toIsoDate('2024-06-03T01:00:00.5-0530')).toBe('2024-06-03T01:00:00-05:30');
    expect(toIsoDate('2022-02-24T09:26:03+00:00')).toBe('2022-02-24T09:26:03Z');
    expect(toIsoDate('2025-01-31 10:00')).toBe('2025-01-31T10:00');
  });
  it('reads RFC 822 feed dates', () => {
    expect(toIsoDate('Fri, 31 Jan 2025 14:05:00 GMT')).toBe('2025-01-31T14:05:00Z');
    expect(toIsoDate('Mon, 03 Jun 2024 01:00:00 +0300')).toBe('2024-06-03T01:00:00+03:00');
    expect(toIsoDate('Sun, 02 Jun 2024 20:00:00 EST')).toBe('2024-06-02T20:00:00-05:00');
  });
  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate('2025-13-01')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
});
