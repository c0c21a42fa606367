/**
 * Stances inside reported words: "Clinton said she thinks America is strongest ...", "He said
 * Obama hopes his successor will ...". A cue whose certainty is listed in cues.json#embedded
 * (beliefs, wishes, appearances, concessions, evaluations) and that stands inside the content of
 * another frame is part of what that frame's source reported, not an attribution of its own.
 * Reporting verbs (say, tell, report, claim ...) inside a content still frame: "X said Y told
 * him ..." names a second speaker.
 */
import type { Certainty } from '../lexicon.js';
import type { Frame } from '../parsers/frames.js';

/** frames are in sentence order; an outer frame is among the neighbours (hostile input stays linear) */
const NEAR = 24;

const inside = (i: number, parts: readonly (readonly [number, number])[]): boolean =>
  parts.some(([a, b]) => a <= i && i <= b);

export function dropEmbeddedStances(
  frames: readonly Frame[],
  embedded: ReadonlySet<Certainty>,
): Frame[] {
  return frames.filter((f, k) => {
    if (!embedded.has(f.certainty)) return true;
    for (let j = Math.max(0, k - NEAR); j <= Math.min(frames.length - 1, k + NEAR); j++) {
      const g = frames[j];
      if (!g || j === k || !inside(f.cue[0], g.content)) continue;
      // not the frame this one governs ("..., he believes, X said" is the other way round)
      if (!inside(g.cue[0], f.content)) return false;
    }
    return true;
  });
}
