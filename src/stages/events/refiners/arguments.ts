/**
 * Arguments of each trigger, PropBank-style: arg0 (the doer) and arg1 (the one acted on or
 * moving). Verbs: subject and object, passive swapped, unaccusative subjects as arg1, "by NP"
 * as agent. Nominals: "of NP" (arg1), "on/against NP" (arg1), "by NP" and premodifiers
 * ("Russian attack", "Russia's attack") as arg0, and the subject of a support verb
 * ("launched an offensive", "suffered casualties"; data/events/generic.json#supportVerbs).
 */
import { SUPPORT_VERBS, UNACCUSATIVE } from '../lexicon.js';
import {
  governingVerb,
  isPassive,
  objectOf,
  premodifierAgent,
  prepObject,
  subjectOf,
  type Chunk,
} from '../syntax.js';
import type { Arg, Candidate, Role, TokenView } from '../types.js';

const RULE = 'events/refiners/arguments';

export function findArguments(view: TokenView, c: Candidate): Arg[] {
  return c.pos === 'verb' ? verbArgs(view, c) : nounArgs(view, c);
}

function arg(role: Role, chunk: Chunk | null, how: string): Arg[] {
  return chunk
    ? [{ role, first: chunk.first, last: chunk.last, head: chunk.head, rule: `${RULE}#${how}` }]
    : [];
}

function verbArgs(view: TokenView, c: Candidate): Arg[] {
  const subject = subjectOf(view, c.first);
  const lemma = c.lemma.split(' ')[0] ?? c.lemma;
  if (isPassive(view, c.first)) {
    return [
      ...arg('arg1', subject, 'passive-subject'),
      ...arg('arg0', prepObject(view, c.last, ['by'], 3), 'passive-by'),
    ];
  }
  const object = objectOf(view, c.last);
  const unaccusative = UNACCUSATIVE.has(lemma) && !object;
  return [
    ...arg(unaccusative ? 'arg1' : 'arg0', subject, 'subject'),
    ...arg('arg1', object, 'object'),
  ];
}

function nounArgs(view: TokenView, c: Candidate): Arg[] {
  const out: Arg[] = [];
  out.push(...arg('arg1', prepObject(view, c.last, ['of', 'on', 'against'], 1), 'of'));
  out.push(...arg('arg0', prepObject(view, c.last, ['by'], 1), 'by'));
  out.push(...arg('arg0', premodifierAgent(view, c.first), 'premodifier'));
  const v = governingVerb(view, c.first);
  if (v >= 0) {
    const role = (view.lemmas[v] ?? [])
      .map((l) => SUPPORT_VERBS.get(l))
      .find((r) => r !== undefined);
    if (role && !out.some((a) => a.role === role))
      out.push(...arg(role, subjectOf(view, v), 'support-verb'));
  }
  // one argument per role: the first found is the most local
  return out.filter((a, i) => out.findIndex((b) => b.role === a.role) === i);
}
