/**
 * Drops typed candidates whose trigger needs a military context (taxonomy `context:
 * "military"`) when neither their sentence nor the one before holds a context word
 * (data/events/context.json). The same token still counts as a generic event when a
 * generic parser proposed it.
 */
import { CONTEXT_WORDS } from '../lexicon.js';
import type { Candidate, TokenView } from '../types.js';

export function requireContext(view: TokenView, candidates: readonly Candidate[]): Candidate[] {
  const military = new Set<number>();
  view.tokens.forEach((t, i) => {
    if ((view.lemmas[i] ?? []).some((l) => CONTEXT_WORDS.has(l))) military.add(t.sentence);
  });
  return candidates.filter((c) => {
    if (c.context !== 'military') return true;
    const s = view.tokens[c.first]?.sentence ?? -1;
    return military.has(s) || military.has(s - 1);
  });
}
