/**
 * The reference reading of a gold span's value. Neither dataset gives values, only spans, so
 * the harness derives one from the span text with this small reader, written separately
 * from the stage's parsers (it shares no code or data with src/stages/quantities) so that
 * value accuracy is not the stage grading itself:
 *
 * - digits with thousands commas and decimals: "11,000" 11000, "2.10" 2.1;
 * - a scale word or suffix: thousand/million/billion/trillion, k, bn, mn; a glued "m" or
 *   "b" is million/billion only when the span holds a currency ("$100m"), else "m" is
 *   metres ("50m" = 50);
 * - number words one..nineteen, the tens, hundred; "a"/"an" = 1 before a scale; "half a
 *   million" = 500,000;
 * - two numbers joined by "to", "-", "–" or "and" make a range {low, high};
 * - no value (span left out of value accuracy, counted as "no gold value"): vague amounts
 *   ("hundreds", "a few thousand", "millions"), dimensions ("320x240"), spans with no
 *   numeral, and spans with more than two numbers.
 */
export type GoldValue = { value: number } | { low: number; high: number } | null;

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  half: 0.5,
  dozen: 12,
};
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  tn: 1e12,
};
const VAGUE =
  /\b(?:few|several|some|many|dozens|hundreds|thousands|millions|billions|scores|tens)\b/i;
const CURRENCY = /[$£€¥₴₽]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds?|dinars?)\b/i;

/** Splits "11,000" "2.5bn" "$100m" "eleven thousand" into number/scale atoms. */
function atoms(span: string): string[] {
  return span
    .toLowerCase()
    .replace(/(\d)([a-z])/g, '$1 $2')
    .split(/[^a-z0-9.,]+/)
    .map((a) => a.replace(/^[.,]+|[.,]+$/g, ''))
    .filter(Boolean);
}

function isScale(p: string | undefined, money: boolean): boolean {
  return p !== undefined && (p in SCALE || p === 'dozen' || ((p === 'm' || p === 'b') && money));
}

function readOne(parts: string[], money: boolean): number | null {
  let total = 0;
  let current: number | null = null;
  let seen = false;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as string;
    // "a"/"an" is 1 only before a scale ("a million"), and not after "half" ("half a million")
    if ((p === 'a' || p === 'an') && (!isScale(parts[i + 1], money) || current !== null)) continue;
    if (/^\d[\d,]*(?:\.\d+)?$/.test(p)) {
      if (current !== null) return null;
      current = Number(p.replace(/,/g, ''));
      seen = true;
    } else if (p in SMALL) {
      const v = SMALL[p] as number;
      if (p === 'half') current = (current ?? 1) * 0.5;
      else if (p === 'dozen') current = (current ?? 1) * 12;
      else {
        // two numbers in a row are a compound only as tens + units or hundreds + rest
        const compound =
          current === null ||
          (current % 10 === 0 && current >= 20 && current < 100 && v < 10) ||
          (current % 100 === 0 && v < 100);
        if (!compound) return null;
        current = (current ?? 0) + v;
      }
      seen = true;
    } else if (p in SCALE || ((p === 'm' || p === 'b') && money)) {
      const s = p === 'm' ? 1e6 : p === 'b' ? 1e9 : (SCALE[p] as number);
      if (s === 100) current = (current ?? 1) * 100;
      else {
        total += (current ?? 1) * s;
        current = null;
      }
      seen = true;
    }
  }
  if (!seen) return null;
  return total + (current ?? 0);
}

export function goldValue(span: string): GoldValue {
  if (VAGUE.test(span)) return null;
  if (/\d\s?[x×]\s?\d/.test(span)) return null;
  const money = CURRENCY.test(span);
  const parts = atoms(span).filter((p) => p !== 'of');
  const joint = parts.findIndex((p) => p === 'to' || p === 'and');
  const dash = /\d\s?[-–]\s?\d/.test(span) ? span.search(/[-–]/) : -1;
  if (joint > 0) {
    const a = readOne(parts.slice(0, joint), money);
    const b = readOne(parts.slice(joint + 1), money);
    if (a === null || b === null) return null;
    const tail = parts.slice(joint + 1).find((p) => p in SCALE && p !== 'hundred');
    const scale = tail ? (SCALE[tail] as number) : 1;
    return { low: a < b / scale ? a * scale : a, high: b };
  }
  if (dash > 0) {
    const a = readOne(atoms(span.slice(0, dash)), money);
    const b = readOne(atoms(span.slice(dash + 1)), money);
    if (a !== null && b !== null && b > a) return { low: a, high: b };
  }
  const numbers = parts.filter((p) => /^\d/.test(p) || p in SMALL);
  if (numbers.length > 2) return null;
  const v = readOne(parts, money);
  return v === null ? null : { value: v };
}

/** Equal within a relative 1e-6 (floating point from scales). */
export function sameNumber(a: number | null, b: number): boolean {
  if (a === null) return false;
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
}
