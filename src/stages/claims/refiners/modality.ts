/**
 * Modality of a claim: the cue words inside its own clause (data/attribution/modality.json; not
 * inside a nested clause, and a modal only as a verb: "by May 9" is a date), the certainty of
 * the attribution cue that frames it (deny -> negated, suggest -> hedged ...), and a negated
 * cue ("did not recommend charges be brought": the claim is negated, not asserted).
 * When several apply, the precedence list in the data decides (negation first).
 */
import type { Annotation, Modality, Span, Token } from '../../../core/record.js';
import { lexicon, type ModalityCue } from '../../attribution/lexicon.js';

const FROM_CERTAINTY: Record<string, Modality> = {
  deny: 'negated',
  suggest: 'hedged',
  seem: 'hedged',
  believe: 'hedged',
  ask: 'speculative',
  want: 'speculative',
  promise: 'future',
};

let index: Map<string, ModalityCue[]> | null = null;

/** Modality cues keyed by their first word, built once per thread. */
function cuesByFirstWord(): Map<string, ModalityCue[]> {
  if (index) return index;
  index = new Map();
  for (const c of lexicon().modality.cues) {
    const k = c.words[0] ?? '';
    index.set(k, [...(index.get(k) ?? []), c]);
  }
  return index;
}

export interface ModalityResult {
  modality: Modality;
  cue: Annotation | null;
}

const NEGATORS = new Set(['not', "n't", 'never']);
/** tokens looked at before a cue for its negation ("did not publicly recommend") */
const NEGATION_REACH = 4;

/** index of the token starting at character `at` (binary search), or -1 */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid]?.start ?? 0;
    if (s === at) return mid;
    if (s < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** "did not recommend", "has never said": the negator of the cue's verb group, or null */
function negatedCue(text: string, tokens: readonly Token[], cue: Annotation): Annotation | null {
  const c = tokenAt(tokens, cue.start);
  for (let i = c - 1; i >= Math.max(0, c - NEGATION_REACH); i--) {
    const t = tokens[i];
    if (!t || t.sentence !== tokens[c]?.sentence) break;
    const low = t.text.toLowerCase().replace(/’/g, "'");
    if (NEGATORS.has(low)) {
      // "not only said": adds, does not deny
      if ((tokens[i + 1]?.text ?? '').toLowerCase() === 'only') return null;
      return {
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        rule: 'claims/refiners/modality#negated-cue',
      };
    }
    // only the cue's own verb group: auxiliaries and adverbs
    if (!/^(?:AUX|ADV|PART)$/.test(t.pos)) break;
  }
  return null;
}

/** a modal used as a noun or a name ("the will of the people", "by May 9", "Theresa May") */
function notAuxiliary(tokens: readonly Token[], i: number, first: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  if (i > first && /^[A-Z]/.test(t.text)) return true;
  return /^\d/.test(tokens[i + 1]?.text ?? '');
}

/** The last token of the claim's own clause: before a nested clause once a verb was seen. */
function ownClauseEnd(tokens: readonly Token[], range: [number, number]): number {
  const nested = lexicon().modality.nested;
  let verb = false;
  for (let i = range[0]; i <= range[1]; i++) {
    const t = tokens[i];
    if (!t) break;
    const low = t.text.toLowerCase();
    if (verb && i > range[0] && nested.has(low)) return i - 1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return range[1];
}

export function claimModality(
  span: Span,
  tokens: readonly Token[],
  range: [number, number],
  frame: { certainty?: unknown; cue: Annotation } | null,
  text = '',
): ModalityResult {
  const { order } = lexicon().modality;
  const byFirst = cuesByFirstWord();
  const found: { kind: Modality; cue: Annotation }[] = [];
  const low = (i: number): string => (tokens[i]?.text ?? '').toLowerCase().replace(/’/g, "'");
  const last = ownClauseEnd(tokens, range);
  for (let i = range[0]; i <= last; i++) {
    for (const c of byFirst.get(low(i)) ?? []) {
      let ok = true;
      for (let k = 0; k < c.words.length && ok; k++)
        ok = low(i + k) === c.words[k] && i + k <= last;
      if (!ok) continue;
      if (c.auxiliary && notAuxiliary(tokens, i, range[0])) continue;
      // "not only ... but also" adds, it does not deny
      if (c.kind === 'negated' && low(i + 1) === 'only') continue;
      const a = tokens[i];
      const b = tokens[i + c.words.length - 1];
      if (!a || !b) continue;
      const text = span.text.slice(a.start - span.start, b.end - span.start);
      found.push({
        kind: c.kind,
        cue: {
          start: a.start,
          end: b.end,
          text,
          rule: `lexicon:data/attribution/modality.json#${c.words.join('-')}`,
        },
      });
    }
  }
  const fromFrame =
    frame && typeof frame.certainty === 'string' ? FROM_CERTAINTY[frame.certainty] : undefined;
  if (fromFrame && frame) found.push({ kind: fromFrame, cue: frame.cue });
  const negator = frame && text ? negatedCue(text, tokens, frame.cue) : null;
  if (negator) found.push({ kind: 'negated', cue: negator });
  let best: { kind: Modality; cue: Annotation } | null = null;
  for (const f of found) {
    if (!best || order.indexOf(f.kind) < order.indexOf(best.kind)) best = f;
  }
  return best ? { modality: best.kind, cue: best.cue } : { modality: 'asserted', cue: null };
}
