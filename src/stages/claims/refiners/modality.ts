/**
 * Modality of a claim: the cue words inside its span (data/attribution/modality.json) and the
 * certainty of the attribution cue that frames it (deny -> negated, suggest -> hedged ...).
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

export function claimModality(
  span: Span,
  tokens: readonly Token[],
  range: [number, number],
  frame: { certainty?: unknown; cue: Annotation } | null,
): ModalityResult {
  const { order } = lexicon().modality;
  const byFirst = cuesByFirstWord();
  const found: { kind: Modality; cue: Annotation }[] = [];
  const low = (i: number): string => (tokens[i]?.text ?? '').toLowerCase().replace(/’/g, "'");
  for (let i = range[0]; i <= range[1]; i++) {
    for (const c of byFirst.get(low(i)) ?? []) {
      let ok = true;
      for (let k = 0; k < c.words.length && ok; k++)
        ok = low(i + k) === c.words[k] && i + k <= range[1];
      if (!ok) continue;
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
  let best: { kind: Modality; cue: Annotation } | null = null;
  for (const f of found) {
    if (!best || order.indexOf(f.kind) < order.indexOf(best.kind)) best = f;
  }
  return best ? { modality: best.kind, cue: best.cue } : { modality: 'asserted', cue: null };
}
