/**
 * Language of a text: English is confirmed by its function words (data/language), which is
 * both faster and more reliable on news copy than character n-grams; a headline, short on
 * function words, is English when most of its words are in wink's English lexicon; anything
 * else is asked of tinyld. Returns ISO 639-1, or null when the text is too short to tell.
 */
import { createRequire } from 'node:module';
import lexicon from '../../data/language/english-function-words.json' with { type: 'json' };
import { isEnglishWord } from './nlp.js';

const FUNCTION_WORDS = new Set(lexicon.words);
/**
 * tinyld, loaded on first use: building its model takes about 0.9 s, and English text (nearly
 * all of it) never reaches it, so a short `sitrep extract` need not wait for it
 */
let tinyld: typeof import('tinyld') | null = null;
function detectAll(text: string): ReturnType<(typeof import('tinyld'))['detectAll']> {
  tinyld ??= createRequire(import.meta.url)('tinyld') as typeof import('tinyld');
  return tinyld.detectAll(text);
}
const SAMPLE = 4000;
const MIN_WORDS = 8;
/** share of function words above which a text is English (news runs at 0.35-0.45) */
const ENGLISH_SHARE = 0.2;
/** below that, a list-like English text (fixtures, results) still runs at 0.1-0.2, and
 * French, German or Spanish prose at about 0.05: there, English wins if tinyld names it at all */
const ENGLISH_POSSIBLE = 0.1;
/**
 * share of words wink's English lexicon knows above which a text is English: CNN's war
 * headlines (12,018, "Russian troops seize Chernobyl nuclear power plant, Ukrainian official
 * says") run at 0.64 or more in 99% of cases, where tinyld named 146 of them Czech, French or
 * Esperanto; French, Spanish, Dutch or Italian prose and headlines stay at or below 0.40
 */
const ENGLISH_LEXICON = 0.6;

export function detectLanguage(text: string): string | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  const share = hits / words.length;
  if (share >= ENGLISH_SHARE) return 'en';
  let known = 0;
  for (const w of words) if (isEnglishWord(w)) known++;
  if (known / words.length >= ENGLISH_LEXICON) return 'en';
  const candidates = detectAll(sample);
  if (share >= ENGLISH_POSSIBLE && candidates.some((c) => c.lang === 'en')) return 'en';
  const best = candidates[0];
  return best && best.lang !== '' ? best.lang : null;
}
