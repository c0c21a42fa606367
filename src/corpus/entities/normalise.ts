/**
 * Alias normalisation for corpus entity keys: one string per way of writing a name, so that
 * "General Oleksandr Syrskyi", "Oleksandr Syrsky" and "Mr. Syrskyi's" meet on their words.
 * See data/corpus/entity-merge.json for the steps and why each is there.
 *
 * @example
 * normaliseName('General Oleksandr Syrskyi', 'person'); // 'oleksandr syrsky'
 * normaliseName('Kursk Oblast', 'place'); // 'kursk region'
 */
import { mergeRules, plain } from './rules.js';

function stripTitles(words: string[], titles: readonly string[][]): string[] {
  let out = words;
  for (let changed = true; changed && out.length > 1;) {
    changed = false;
    for (const t of titles) {
      if (t.length < out.length && t.every((w, i) => out[i] === w)) {
        out = out.slice(t.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function fold(word: string, rules: readonly { from: string; to: string }[]): string {
  for (const r of rules) {
    if (word.length > r.from.length + 2 && word.endsWith(r.from))
      return word.slice(0, -r.from.length) + r.to;
  }
  return word;
}

const memo = new Map<string, string>();

/** the normalised words of a name as the entity type reads it ('' when nothing is left) */
export function normaliseName(name: string, type: string): string {
  const id = `${type}\u0000${name}`;
  let out = memo.get(id);
  if (out === undefined) {
    // names repeat across articles: a bounded memo saves most of the work
    if (memo.size > 50_000) memo.clear();
    out = normalise(name, type);
    memo.set(id, out);
  }
  return out;
}

function normalise(name: string, type: string): string {
  const rules = mergeRules();
  const group = rules.groupOf.get(type) ?? type;
  let s = plain(name);
  s = s.replace(/'s$|'$/, '').replace(/'/g, '');
  let words = s.split(' ').filter((w) => w !== '');
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  if (group === 'person') words = stripTitles(words, rules.titles);
  if (group === 'org') {
    while (words.length > 1 && rules.corporateSuffixes.has(words[words.length - 1] as string))
      words = words.slice(0, -1);
  }
  if (group === 'place' && words.length > 1) {
    for (const n of [2, 1]) {
      if (words.length <= n) continue;
      const admin = rules.placeWords.get(words.slice(-n).join(' '));
      // only administrative words fold ('Kursk Oblast' = 'Kursk region'); 'Mosul Dam' and
      // 'Mosul bridge' are different places
      if (admin === 'region' || admin === 'district') {
        words = [...words.slice(0, -n), admin];
        break;
      }
    }
  }
  return words.map((w) => fold(w, rules.transliteration)).join(' ');
}
