/**
 * The weapons lexicon (data/entities/weapons.json), built once per process on first use and
 * read-only afterwards: weapon and platform nouns ("barrel bomb", "jets"), named systems
 * ("HIMARS", "Storm Shadow") and model designation prefixes ("Su" in "Su-25").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { norm } from './lexicon.js';

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/entities/weapons.json',
);
const RULE = 'lexicon:data/entities/weapons.json';

export interface WeaponNoun {
  /** canonical name: the singular phrase ("barrel bomb") */
  name: string;
  key: string;
  kind: string;
  /** the phrase must be written exactly so (acronyms: "IED", "UAV") */
  caseSensitive: boolean;
  /** modifiers before which the noun names no weapon ("think tank", "passenger jet") */
  notAfter: ReadonlySet<string> | null;
  rule: string;
}

export interface WeaponModel {
  /** canonical name ("HIMARS", "Bayraktar") */
  name: string;
  kind: string;
  country: string | null;
  /** a common word or name as well: a weapon only before a weapon noun ("Patriot missiles") */
  needsHead: boolean;
  rule: string;
}

export interface WeaponPrefix {
  kind: string;
  country: string | null;
  /** digits the designation must start with after the hyphen (0: letters allowed) */
  digits: number;
  rule: string;
}

export interface WeaponsLexicon {
  /** normalised phrase, singular and plural -> noun entry */
  nouns: Map<string, WeaponNoun>;
  /** longest noun phrase in words */
  maxNounWords: number;
  /** the last word of every noun phrase, lower case, to skip tokens quickly */
  nounLastWords: Set<string>;
  /** every alias as written -> model */
  models: Map<string, WeaponModel>;
  /** first word of every alias, to skip tokens quickly */
  modelFirstWords: Set<string>;
  /** longest alias in words */
  maxModelWords: number;
  /** designation prefix as written ("Su", "MiG") -> entry; model names are prefixes too */
  prefixes: Map<string, WeaponPrefix>;
  /** nouns a model may take after it ("S-300 system", "Patriot batteries") */
  afterModel: ReadonlySet<string>;
  /** nouns of attack after a weapon noun ("missile strike", "car bomb blast") */
  attackNouns: ReadonlySet<string>;
}

interface File {
  heads: {
    phrase: string;
    plural: string | null;
    key: string;
    kind: string;
    caseSensitive?: boolean;
    notAfter?: string;
    pluralOnly?: boolean;
  }[];
  notAfter: Record<string, { words: string[] }>;
  models: {
    name: string;
    aliases: string[];
    kind: string;
    country: string | null;
    needsHead?: boolean;
  }[];
  prefixes: { prefix: string; kind: string; country: string | null; digits?: number }[];
  afterModel: { words: string[] };
  attackNouns: { words: string[] };
}

let cached: WeaponsLexicon | null = null;

export function weaponsLexicon(): WeaponsLexicon {
  cached ??= build(JSON.parse(readFileSync(FILE, 'utf8')) as File);
  return cached;
}

const words = (s: string): number => s.split(/\s+/).length;

function build(f: File): WeaponsLexicon {
  const notAfter = new Map(
    Object.entries(f.notAfter).map(([k, v]) => [k, new Set(v.words.map((w) => norm(w)))]),
  );
  const nouns = new Map<string, WeaponNoun>();
  const nounLastWords = new Set<string>();
  let maxNounWords = 1;
  for (const h of f.heads) {
    const entry: WeaponNoun = {
      name: h.phrase,
      key: h.key,
      kind: h.kind,
      caseSensitive: h.caseSensitive ?? false,
      notAfter: h.notAfter ? (notAfter.get(h.notAfter) ?? null) : null,
      rule: `${RULE}#${h.phrase}`,
    };
    for (const form of [h.pluralOnly ? null : h.phrase, h.plural]) {
      if (!form) continue;
      nouns.set(norm(form), entry);
      nounLastWords.add(norm(form).split(' ').pop() as string);
      maxNounWords = Math.max(maxNounWords, words(form));
    }
  }
  const models = new Map<string, WeaponModel>();
  const modelFirstWords = new Set<string>();
  const prefixes = new Map<string, WeaponPrefix>();
  let maxModelWords = 1;
  for (const m of f.models) {
    const entry: WeaponModel = {
      name: m.name,
      kind: m.kind,
      country: m.country,
      needsHead: m.needsHead ?? false,
      rule: `${RULE}#${m.name}`,
    };
    for (const a of [m.name, ...m.aliases]) {
      models.set(a, entry);
      modelFirstWords.add(a.split(' ')[0] as string);
      maxModelWords = Math.max(maxModelWords, words(a));
    }
    // "Shahed-136", "Iskander-M", "Orlan-10": a one-word model name takes designations
    if (!m.name.includes(' ') && /^\p{Lu}\p{Ll}/u.test(m.name))
      prefixes.set(m.name, { kind: m.kind, country: m.country, digits: 0, rule: entry.rule });
  }
  for (const p of f.prefixes) {
    prefixes.set(p.prefix, {
      kind: p.kind,
      country: p.country,
      // one capital alone ("F", "T", "S") is a prefix only before a digit: "F-16", not "T-Mobile"
      digits: p.digits ?? (p.prefix.length === 1 ? 1 : 0),
      rule: `${RULE}#prefix-${p.prefix}`,
    });
  }
  return {
    nouns,
    maxNounWords,
    nounLastWords,
    models,
    modelFirstWords,
    maxModelWords,
    prefixes,
    afterModel: new Set(f.afterModel.words),
    attackNouns: new Set(f.attackNouns.words),
  };
}
