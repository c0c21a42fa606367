/**
 * Nominal cues with a possessive source: "Trump's criticism of the deal", "her call for calm",
 * "the senator's claim that ...". Source: the possessor; cue: the noun; content: the phrase the
 * noun governs (of/for/on/about/against/to/that ...) up to the next comma or the clause end.
 * Only framed when the possessor is there: a bare "the criticism" names no one.
 */
import type { Lexicon } from '../lexicon.js';
import type { Frame } from './frames.js';
import { trimEnd } from './frames.js';
import { npLeft, type Range } from './np.js';
import { POSSESSIVE_PRON, type TokenView } from './tokens.js';

const GOVERNS = new Set([
  'of',
  'for',
  'on',
  'about',
  'against',
  'to',
  'that',
  'over',
  'toward',
  'towards',
]);
const STOP = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')']);

export function nominalCues(v: TokenView, sent: Range, lex: Lexicon): Frame[] {
  const [s0, s1] = sent;
  const out: Frame[] = [];
  for (let i = s0 + 1; i < s1; i++) {
    const entry = lex.nouns.get(v.low[i] ?? '');
    if (!entry || v.quoted[i] || v.tokens[i]?.pos !== 'NOUN') continue;
    if (!GOVERNS.has(v.low[i + 1] ?? '')) continue;
    // possessor: "X's [ADJ]* NOUN" or "his/her/their [ADJ]* NOUN"
    let k = i - 1;
    while (k > s0 && v.tokens[k]?.pos === 'ADJ') k--;
    let source: Range | null = null;
    const low = v.low[k] ?? '';
    if (POSSESSIVE_PRON.has(low)) source = [k, k];
    else if ((low === "'s" || low === "'") && k - 1 >= s0) {
      const np = npLeft(v, k - 1, s0);
      if (np) source = [np[0], k - 1];
    }
    if (!source) continue;
    let end = i + 2;
    while (end <= s1 && !STOP.has(v.low[end] ?? '') && end - i < 40) end++;
    const last = trimEnd(v, i + 1, end - 1);
    if (last <= i + 1 && v.low[i + 1] !== 'that') continue;
    out.push({
      cue: [i, i],
      source,
      content: [[i + 1, last]],
      rule: `lexicon:data/attribution/cues.json#noun-${entry.lemma}`,
      frame: 'nominal',
      certainty: entry.certainty,
      direct: false,
      nested: false,
    });
  }
  return out;
}
