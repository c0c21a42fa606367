/**
 * Tense and local modality of a verb trigger from its auxiliaries and form: "have launched"
 * (perfect), "is fighting" (present), "will return" (future), "may return" (speculative),
 * "have not been seen" (negated). Read from the auxiliary chain left of the verb only.
 */
import type { Modality } from '../../../core/record.js';
import { verbForm } from '../morph.js';
import type { TokenView } from '../types.js';

export type Tense = 'present' | 'perfect' | 'past' | 'modal' | 'nonfinite';

const MODAL_SPECULATIVE = new Set(['may', 'might', 'could', 'can']);
const MODAL_FUTURE = new Set(['will', "'ll", 'shall']);
const MODAL_HEDGED = new Set(['would', 'should', 'must']);
const NEGATION = new Set(['not', "n't", 'never', 'no']);
const PERFECT = new Set(['has', 'have', "'ve", 'having']);
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'do', 'does']);
const PAST = new Set(['was', 'were', 'had', 'did', "'d"]);

export interface VerbFrame {
  tense: Tense;
  modality: Modality | null;
  cue: { index: number; word: string } | null;
}

export function verbFrame(view: TokenView, i: number): VerbFrame {
  const s = view.tokens[i]?.sentence;
  let tense: Tense | null = null;
  let modality: Modality | null = null;
  let cue: VerbFrame['cue'] = null;
  for (let j = i - 1, steps = 0; j >= 0 && steps < 6; j--, steps++) {
    const t = view.tokens[j];
    if (!t || t.sentence !== s) break;
    const w = view.lower[j] ?? '';
    if (t.pos === 'AUX' || NEGATION.has(w) || (t.pos === 'PART' && w !== 'to') || t.pos === 'ADV') {
      if (NEGATION.has(w) && !modality) [modality, cue] = ['negated', { index: j, word: t.text }];
      else if (MODAL_SPECULATIVE.has(w) && modality !== 'negated')
        [modality, cue, tense] = ['speculative', { index: j, word: t.text }, 'modal'];
      else if (MODAL_FUTURE.has(w) && modality !== 'negated')
        [modality, cue, tense] = ['future', { index: j, word: t.text }, 'modal'];
      else if (MODAL_HEDGED.has(w) && modality !== 'negated')
        [modality, cue, tense] = ['hedged', { index: j, word: t.text }, 'modal'];
      else if (tense === null && PERFECT.has(w)) tense = 'perfect';
      else if (tense === null && PRESENT.has(w)) tense = 'present';
      else if (tense === null && PAST.has(w)) tense = 'past';
      else if (tense === 'present' && PERFECT.has(w)) tense = 'perfect'; // "has been"
      continue;
    }
    if (w === 'to' && t.pos === 'PART') {
      tense ??= 'nonfinite';
    }
    break;
  }
  // "going to" future
  if (!modality && view.lower[i - 1] === 'to' && view.lower[i - 2] === 'going') {
    [modality, cue, tense] = [
      'future',
      { index: i - 2, word: view.tokens[i - 2]?.text ?? '' },
      'modal',
    ];
  }
  if (tense === null) {
    const form = verbForm(view.lower[i] ?? '');
    tense =
      form === 'past' || form === 'participle'
        ? 'past'
        : form === 'gerund'
          ? 'nonfinite'
          : 'present';
  }
  return { tense, modality, cue };
}

/** Negation or hedging written on a nominal trigger itself: "no casualties". */
export function nounModality(view: TokenView, first: number): VerbFrame['cue'] {
  for (let j = first - 1, steps = 0; j >= 0 && steps < 3; j--, steps++) {
    const t = view.tokens[j];
    if (!t || t.sentence !== view.tokens[first]?.sentence) break;
    if ((view.lower[j] ?? '') === 'no') return { index: j, word: t.text };
    if (!(t.pos === 'ADJ' || t.pos === 'ADV')) break;
  }
  return null;
}
