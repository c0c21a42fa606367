/**
 * Light English morphology for triggers: the lemma candidates of a word form and its verb
 * form (past, participle, gerund, 3rd person), from suffix rules plus the irregular verbs in
 * data/events/irregular-verbs.json. Candidates over-generate on purpose ("needs" -> need,
 * needs); lexicon look-ups pick the ones that exist.
 */
import irregular from '../../../data/events/irregular-verbs.json' with { type: 'json' };
import { isEnglishWord, nlp, readDoc } from '../../core/nlp.js';

const IRREGULAR_FORM = new Map<string, string[]>();
const PAST = new Set<string>();
const PARTICIPLE = new Set<string>();
for (const [base, forms] of Object.entries(irregular.verbs as Record<string, string[]>)) {
  const [past, pp] = forms;
  for (const f of [past, pp]) {
    if (!f) continue;
    const list = IRREGULAR_FORM.get(f) ?? [];
    list.push(base);
    IRREGULAR_FORM.set(f, list);
  }
  if (past) PAST.add(past);
  if (pp) PARTICIPLE.add(pp);
}
for (const [form, lemma] of Object.entries(irregular.nounPlurals as Record<string, string>)) {
  if (form.startsWith('_')) continue;
  IRREGULAR_FORM.set(form, [...(IRREGULAR_FORM.get(form) ?? []), lemma]);
}
PAST.add('were');
PAST.add('was');

const VOWEL = /[aeiou]/;

/** Lemma candidates of a word (lower-cased), the word itself first. */
export function lemmas(word: string): string[] {
  const w = word.toLowerCase();
  // "re-took" is "retook"
  if (w.startsWith('re-') && w.length > 5) return [...new Set([w, ...lemmas(`re${w.slice(3)}`)])];
  const out = new Set<string>([w]);
  for (const l of IRREGULAR_FORM.get(w) ?? []) out.add(l);
  const n = w.length;
  if (n > 3 && w.endsWith('ies')) out.add(w.slice(0, -3) + 'y');
  if (n > 3 && w.endsWith('ied')) out.add(w.slice(0, -3) + 'y');
  if (n > 3 && w.endsWith('es')) out.add(w.slice(0, -2));
  if (n > 2 && w.endsWith('s') && !w.endsWith('ss')) out.add(w.slice(0, -1));
  if (n > 3 && w.endsWith('ed')) addStem(out, w.slice(0, -2));
  if (n > 4 && w.endsWith('ing')) addStem(out, w.slice(0, -3));
  return [...out];
}

/** Chosen lemmas by lower-cased word form (bounded: cleared when it grows past CACHE_SIZE). */
const CHOSEN = new Map<string, string>();
const CACHE_SIZE = 50_000;
/** a stem ending consonant, single vowel, consonant (not w, x, y) */
const CVC = /(?:^|[^aeiou])[aeiou][bcdfghj-np-tvz]$/;

/**
 * The lemma an event is named by: wink's own lemma of the word when it is one of `lemmas`'
 * candidates and not just the word again ("warned" -> warn, "stressed" -> stress,
 * "misdirected" -> misdirect, where suffix stripping alone ended on "warne", "stresse"),
 * else the last candidate as before (irregular forms wink does not know: "retook" -> retake;
 * consonant-vowel-consonant stems wink reads without their e: "fined" -> fine).
 */
export function eventLemma(word: string): string {
  const w = word.toLowerCase();
  const known = CHOSEN.get(w);
  if (known !== undefined) return known;
  const candidates = lemmas(w);
  let pick = candidates.at(-1) ?? w;
  const tokens = readDoc(w).tokens();
  if (tokens.length() === 1) {
    // wink types its.lemma with the model's addons; out() takes it as any item function
    const lemmaOf = nlp().its.lemma as unknown as Parameters<typeof tokens.out>[0];
    const out = tokens.out(lemmaOf) as unknown as string[];
    const wink = String(out[0] ?? '').toLowerCase();
    // an -ed/-ing form of a consonant-vowel-consonant stem doubles its consonant (stop ->
    // stopped), so "fined", "staged", "taped" are fine, stage, tape (words), not wink's fin,
    // stag, tap; "visited" stays visit ("visite" is no word)
    const cvc = CVC.test(wink) && candidates.includes(`${wink}e`) && isEnglishWord(`${wink}e`);
    if (wink !== w && candidates.includes(wink) && !cvc) pick = wink;
  }
  if (CHOSEN.size >= CACHE_SIZE) CHOSEN.clear();
  CHOSEN.set(w, pick);
  return pick;
}

function addStem(out: Set<string>, stem: string): void {
  if (!VOWEL.test(stem)) return;
  out.add(stem);
  out.add(stem + 'e');
  const last = stem[stem.length - 1];
  if (stem.length > 2 && last === stem[stem.length - 2] && last && !'aeioulsz'.includes(last)) {
    out.add(stem.slice(0, -1)); // stopped -> stop
  }
}

export type VerbForm = 'past' | 'participle' | 'gerund' | 'third' | 'base';

/** The form of a verb token, as far as its spelling tells. "past" covers -ed (past or participle). */
export function verbForm(word: string): VerbForm {
  const w = word.toLowerCase();
  if (w.endsWith('ing') && w.length > 4) return 'gerund';
  if (PARTICIPLE.has(w) && !PAST.has(w)) return 'participle';
  if (PAST.has(w) || (w.endsWith('ed') && w.length > 3)) return 'past';
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 2) return 'third';
  return 'base';
}

/**
 * A past or participle form (retook, retaken, withdrew, occupied): wink's lite model tags some
 * unknown ones as nouns or adjectives. Forms equal to their base (cut, hit) do not count.
 */
export function isPastForm(word: string): boolean {
  const lower = word.toLowerCase();
  const w = lower.startsWith('re-') ? `re${lower.slice(3)}` : lower;
  if (w === 'was' || w === 'were') return false;
  if ((PAST.has(w) || PARTICIPLE.has(w)) && !IRREGULAR_FORM.get(w)?.includes(w)) return true;
  return w.length > 4 && w.endsWith('ed');
}
