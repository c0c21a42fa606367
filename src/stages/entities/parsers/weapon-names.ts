/**
 * Named weapons and platforms: systems the lexicon knows ("HIMARS", "Storm Shadow",
 * "Bayraktar TB2"; data/entities/weapons.json `models`) and model designations, a listed
 * prefix, a hyphen and a number with optional letters ("Su-25", "S-300", "F-16s", "T-72B3",
 * "Shahed-136"; `prefixes`). A model name that is also a common word or name ("Patriot",
 * "Abrams", "Lancet") counts only before a weapon noun. The mention takes a model name and
 * a weapon noun written after it ("BM-21 Grad", "Su-25 jets", "S-300 systems"); a
 * nationality before it stays a mention of its own. Canonical name: the designation without
 * a plural "s" ("F-16s" -> "F-16"), or the lexicon's name.
 */
import type { Token } from '../../../core/record.js';
import { candidate, type Candidate } from '../types.js';
import { weaponsLexicon, type WeaponModel, type WeaponPrefix } from '../weapons-lexicon.js';
import { weaponNounStartingAt } from './weapon-nouns.js';

/** prefix, hyphen, then digits and capitals ("16", "300", "72B3", "M", "S1"); a plural "s" */
const DESIGNATION = /^(\p{Lu}\p{L}{0,9})-([\dA-Z]{1,8})s?$/u;

interface Named {
  name: string;
  kind: string;
  country: string | null;
  rule: string;
  last: number;
  needsHead: boolean;
}

function designation(t: Token, i: number): Named | null {
  if (!t.text.includes('-')) return null;
  const m = DESIGNATION.exec(t.text);
  if (!m) return null;
  const [, prefix, number] = m as unknown as [string, string, string];
  const p: WeaponPrefix | undefined = weaponsLexicon().prefixes.get(prefix);
  if (!p) return null;
  const lead = /^\d*/.exec(number)?.[0].length ?? 0;
  if (lead < p.digits) return null;
  // "Iskander-M", "Tor-M2", "Shahed-136": after a prefix that takes letters, a capital and at
  // most one more, or digits
  if (lead === 0 && !/^[A-Z]\d{0,2}$|^[A-Z]{2}\d?$/.test(number)) return null;
  return {
    name: `${prefix}-${number}`,
    kind: p.kind,
    country: p.country,
    rule: p.rule,
    last: i,
    needsHead: false,
  };
}

/** The longest lexicon model starting at token i; a plural "s" on one word is allowed. */
function model(text: string, tokens: readonly Token[], i: number): Named | null {
  const lex = weaponsLexicon();
  const t = tokens[i] as Token;
  const bare = t.text.endsWith('s') ? t.text.slice(0, -1) : t.text;
  if (!lex.modelFirstWords.has(t.text) && !lex.modelFirstWords.has(bare)) return null;
  let best: Named | null = null;
  for (let j = i; j < tokens.length && j < i + lex.maxModelWords; j++) {
    const b = tokens[j] as Token;
    if (b.sentence !== t.sentence) break;
    const written = text.slice(t.start, b.end).replace(/\s+/g, ' ');
    const e: WeaponModel | undefined =
      lex.models.get(written) ?? (j === i ? lex.models.get(bare) : undefined);
    if (e)
      best = {
        name: e.name,
        kind: e.kind,
        country: e.country,
        rule: e.rule,
        last: j,
        // aliases are designations ("MIM-104", "M1 Abrams"): only the bare name is ambiguous
        needsHead: e.needsHead && (written === e.name || bare === e.name),
      };
  }
  return best;
}

/** A model or a designation at token i (a capitalised word, glued to nothing before). */
function namedAt(text: string, tokens: readonly Token[], i: number): Named | null {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  // a capital or a digit first ("M777"); other scripts' capitals via the slower test
  if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && (c < 128 || !/^\p{Lu}/u.test(t.text)))
    return null;
  const prev = tokens[i - 1];
  if (prev && prev.end === t.start && prev.sentence === t.sentence) return null;
  return model(text, tokens, i) ?? designation(t, i);
}

export function weaponNames(text: string, tokens: readonly Token[]): Candidate[] {
  const lex = weaponsLexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = namedAt(text, tokens, i);
    if (!found) continue;
    let last = found.last;
    // "BM-21 Grad", "AH-64 Apache": a designation then the system's name
    const then = tokens[last + 1] ? namedAt(text, tokens, last + 1) : null;
    if (then) last = then.last;
    const head = weaponNounStartingAt(text, tokens, last + 1);
    const after = tokens[last + 1];
    if (head) last = head.last;
    else if (after && after.sentence === tokens[i]?.sentence && lex.afterModel.has(after.text))
      last = last + 1;
    else if (found.needsHead && !then) continue;
    out.push(
      candidate({
        start: (tokens[i] as Token).start,
        end: (tokens[last] as Token).end,
        first: i,
        last,
        type: 'weapon',
        form: 'name',
        rule: found.rule,
        key: `weapon-model:${found.name.toLowerCase()}`,
        name: found.name,
        country: found.country,
        kind: found.kind,
        priority: 3,
      }),
    );
    i = last;
  }
  return out;
}
