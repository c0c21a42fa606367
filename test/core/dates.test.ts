import { describe, expect, it } from 'vitest';
import { isValidIsoDate, toIsoDate } from '../../src/core/dates.js';

describe('toIsoDate', () => {
  it('keeps ISO dates and normalises date-times with zones to UTC', () => {
    expect(toIsoDate('2025-01-31')).toBe('2025-01-31');
    expect(toIsoDate('2025-01-31T10:00:00+02:00')).toBe('2025-01-31T08:00:00Z');
    expect(toIsoDate('2025-01-31 10:00')).toBe('2025-01-31T10:00');
  });
  it('reads RFC 822 feed dates', () => {
    expect(toIsoDate('Fri, 31 Jan 2025 14:05:00 GMT')).toBe('2025-01-31T14:05:00Z');
  });
  it('rejects dates that do not exist instead of rolling them over', () => {
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate('2025-13-01')).toBeNull();
    expect(toIsoDate('yesterday')).toBeNull();
    expect(toIsoDate('')).toBeNull();
  });
});
