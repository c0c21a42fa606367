/**
 * Drops typed candidates whose trigger needs a military context (taxonomy `context:
 * "military"`) when neither their sentence nor the one before holds a context word
 * (data/events/context.json) or a military-unit/weapon entity. The same token still counts as a generic event when a
 * generic parser proposed it.
 */
import { CONTEXT_WORDS } from '../lexicon.js';
import type { Links } from '../links.js';
import type { Candidate, TokenView } from '../types.js';

const CONTEXT_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

export function requireContext(
  view: TokenView,
  candidates: readonly Candidate[],
  links?: Links,
): Candidate[] {
  // sentence -> count of its context words (nouns and adjectives only: "forced" is no force)
  const military = new Map<number, number>();
  const isContext = new Set<number>();
  view.tokens.forEach((t, i) => {
    if (!CONTEXT_POS.has(t.pos)) return;
    // a military unit or weapon found by the entities stage is context too ("the 47th Brigade")
    const type = links?.entityAt(i)?.type;
    const armed = type === 'military-unit' || type === 'weapon';
    if (!armed && !(view.lemmas[i] ?? []).some((l) => CONTEXT_WORDS.has(l))) return;
    isContext.add(i);
    military.set(t.sentence, (military.get(t.sentence) ?? 0) + 1);
  });
  // the trigger itself is no evidence: "prisoners" does not put "prisoners" in a war
  const outside = (c: Candidate, s: number) => {
    let inside = 0;
    for (let i = c.first; i <= c.last; i++)
      if (isContext.has(i) && view.tokens[i]?.sentence === s) inside++;
    return (military.get(s) ?? 0) > inside;
  };
  return candidates.filter((c) => {
    if (c.context !== 'military') return true;
    const s = view.tokens[c.first]?.sentence ?? -1;
    return outside(c, s) || outside(c, s - 1);
  });
}
