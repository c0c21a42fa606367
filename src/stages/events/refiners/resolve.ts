/**
 * Sub-type resolution by argument kind. A taxonomy trigger with a `target` hint keeps its type
 * only when its arg1 is of that kind (a person/force, a place, a weapon: from the linked
 * entity's type, else the head noun in data/events/argument-kinds.json); "thing" means "not a
 * person" (fire missiles, not fire an official). Among same-span alternatives (capture), the
 * one whose hint fits wins; a hinted trigger without fitting argument falls back to generic.
 */
import kinds from '../../../../data/events/argument-kinds.json' with { type: 'json' };
import { kindOfEntity, type Kind, type Links } from '../links.js';
import type { Arg, Candidate, TokenView } from '../types.js';

const HEADS = new Map<string, Kind>();
for (const k of ['person', 'place', 'weapon'] as const)
  for (const e of kinds[k]) HEADS.set(e.lemma, k);

export function argumentKind(view: TokenView, links: Links, a: Arg | undefined): Kind {
  if (!a) return null;
  const entity = links.entityAt(a.head);
  const fromEntity = entity ? kindOfEntity(entity.type) : null;
  if (fromEntity) return fromEntity;
  for (const l of view.lemmas[a.head] ?? []) {
    const k = HEADS.get(l);
    if (k) return k;
  }
  // an unknown name as the object of a hinted trigger is most often a place ("captured Avdiivka")
  return view.tokens[a.head]?.pos === 'PROPN' ? 'place' : null;
}

export function fitsTarget(kind: Kind, target: string | null): boolean {
  if (!target || target === 'none') return true;
  if (target === 'thing') return kind !== 'person';
  return kind === target;
}

/** Keep, per trigger span, the typed alternatives whose hint fits; `null` type = fall back to generic. */
export function resolveTypes(
  view: TokenView,
  links: Links,
  items: readonly { c: Candidate; args: Arg[] }[],
): { c: Candidate; args: Arg[] }[] {
  const out: { c: Candidate; args: Arg[] }[] = [];
  const bySpan = new Map<string, { c: Candidate; args: Arg[] }[]>();
  for (const item of items) {
    const key = `${item.c.first}:${item.c.last}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), item]);
  }
  for (const same of bySpan.values()) {
    const item = same[0];
    if (!item) continue;
    const kind = argumentKind(
      view,
      links,
      item.args.find((a) => a.role === 'arg1'),
    );
    const fitting = same.filter((o) => fitsTarget(kind, o.c.target));
    // with several fitting alternatives, the one whose hint matched exactly is more specific
    const best = fitting.find((o) => o.c.target === kind) ?? fitting[0];
    if (best) out.push(best);
    else
      out.push({
        c: {
          ...item.c,
          type: 'other',
          variant: null,
          rule: `${item.c.rule}>events/refiners/resolve#generic`,
        },
        args: item.args,
      });
  }
  return out;
}
