/**
 * Anchors an event in time and space and attaches its figures:
 * - time: the nearest time expression in the trigger's phrase (nominals) or clause (verbs);
 *   else the controlling verb's ("managed to occupy"); else, for a present or perfect clause,
 *   the publication date (timeSource "published");
 * - place: a place/country entity after a locative preposition in the phrase or clause, or the
 *   arg1 itself when it is a place ("retook Avdiivka"), or the "of" phrase of a nominal attack
 *   ("shelling of Kharkiv"); never a demonym ("Russian shelling" is not in Russia);
 * - quantities: the figures inside the trigger's arguments or phrase ("about 11,000 troops").
 */
import type { Entity, TimeExpr } from '../../../core/record.js';
import type { Window } from '../clause.js';
import { chunkStartingAt } from '../syntax.js';
import type { Links } from '../links.js';
import type { Arg, Candidate, TokenView } from '../types.js';

/** types whose arg1 may itself be the place: "retook Avdiivka", "struck Kharkiv" */
const PLACE_TARGET_TYPES = new Set(['territorial-change', 'attack', 'offensive', 'battle']);
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'into',
  'on',
  'across',
  'inside',
  'outside',
  'around',
  'towards',
  'toward',
  'from',
  'to',
  'throughout',
  'within',
  'over',
]);

export function nearestTime(
  links: Links,
  view: TokenView,
  c: Candidate,
  region: Window,
): TimeExpr | null {
  // durations ("for two weeks") and sets ("every day") measure or repeat, they do not anchor
  const times = links
    .timesIn(region.first, region.last)
    .filter((t) => t.type === 'DATE' || t.type === 'TIME');
  let best: TimeExpr | null = null;
  let bestDistance = Infinity;
  const at = view.tokens[c.first]?.start ?? 0;
  for (const t of times) {
    const d = Math.abs(t.start - at);
    if (d < bestDistance) [best, bestDistance] = [t, d];
  }
  return best;
}

export function findPlace(
  links: Links,
  view: TokenView,
  c: Candidate,
  region: Window,
  args: readonly Arg[],
): Entity | null {
  const arg1 = args.find((a) => a.role === 'arg1');
  if (arg1 && PLACE_TARGET_TYPES.has(c.type)) {
    const e = links.placeAt(arg1.head);
    if (e) return e;
  }
  // a nominal attack names its place with "of": "shelling of Kharkiv", "the bombing of Gaza"
  // (wink tags some -ing nominals as verbs: a verb directly before "of" is one)
  if (PLACE_TARGET_TYPES.has(c.type) && view.lower[c.last + 1] === 'of') {
    const chunk = chunkStartingAt(view, c.last + 2);
    const e = chunk ? links.placeAt(chunk.head) : null;
    if (e) return e;
  }
  const found: { e: Entity; d: number }[] = [];
  for (let i = region.first; i <= region.last; i++) {
    const t = view.tokens[i];
    if (!t || t.pos !== 'ADP' || !LOCATIVE.has(view.lower[i] ?? '')) continue;
    const chunk = chunkStartingAt(view, i + 1);
    if (!chunk) continue;
    // the place must be the phrase's head: "to Ukrainian officials" names no place
    const e = links.placeAt(chunk.head);
    if (e) {
      // after the trigger counts before the same distance before it
      found.push({ e, d: i > c.last ? i - c.last : (c.first - i) * 2 });
    }
  }
  found.sort((a, b) => a.d - b.d);
  return found[0]?.e ?? null;
}

export function findQuantities(
  links: Links,
  c: Candidate,
  args: readonly Arg[],
  phrase: Window | null,
): string[] {
  const ids: string[] = [];
  const add = (first: number, last: number) => {
    for (const q of links.quantitiesIn(first, last)) if (!ids.includes(q.id)) ids.push(q.id);
  };
  add(c.first, c.last);
  for (const a of args) add(a.first, a.last);
  if (phrase) add(phrase.first, phrase.last);
  return ids;
}
