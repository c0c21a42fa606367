/**
 * Weapons win over what other parsers made of the same words: the name tagger reads
 * "Russian Su-25" or "HIMARS" as a product or an organisation name, and a capitalised first
 * word of a sentence ("Armoured vehicles") as a guessed name; the weapon-noun parser reads
 * the "drones" of "Bayraktar TB2 drones" as a mention of its own. Tagger candidates
 * overlapping a named weapon, guessed tagger names inside a weapon noun phrase and weapon
 * nouns overlapping a named weapon are dropped (a nationality before the model is a lexicon
 * demonym and stays).
 */
import type { Token } from '../../../core/record.js';
import type { Candidate } from '../types.js';

const TAGGER = 'entities/parsers/proper-names';

function cover(cands: readonly Candidate[], n: number): Uint8Array {
  const covered = new Uint8Array(n + 1);
  for (const c of cands) for (let k = c.first; k <= c.last; k++) covered[k] = 1;
  return covered;
}

const any = (c: Candidate, covered: Uint8Array): boolean => {
  for (let k = c.first; k <= c.last; k++) if (covered[k]) return true;
  return false;
};

const all = (c: Candidate, covered: Uint8Array): boolean => {
  for (let k = c.first; k <= c.last; k++) if (!covered[k]) return false;
  return true;
};

export function preferWeapons(cands: readonly Candidate[], tokens: readonly Token[]): Candidate[] {
  const weapons = cands.filter((c) => c.type === 'weapon');
  if (weapons.length === 0) return [...cands];
  const named = cover(
    weapons.filter((c) => c.form === 'name'),
    tokens.length,
  );
  const nominal = cover(
    weapons.filter((c) => c.form === 'nominal'),
    tokens.length,
  );
  return cands.filter((c) => {
    if (c.rule.startsWith(TAGGER)) return !any(c, named) && !(c.guessed && all(c, nominal));
    if (c.type === 'weapon' && c.form === 'nominal') return !any(c, named);
    return true;
  });
}
