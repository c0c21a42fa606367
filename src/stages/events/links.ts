/**
 * Links between token positions and the other layers (entities, times, quantities, claims,
 * attributions), built once per document so refiners look them up by token index.
 */
import type {
  Attribution,
  Claim,
  Entity,
  EntityType,
  Quantity,
  TimeExpr,
  Token,
} from '../../core/record.js';

export interface Links {
  /** token index -> entity id (the first entity whose mention covers the token) */
  entityAt: (i: number) => Entity | null;
  /**
   * the place or country named at token i, or null; a demonym ("Russian" in "Russian shelling")
   * or an adjective names the actor's country, never where the event happened
   */
  placeAt: (i: number) => Entity | null;
  timesIn: (first: number, last: number) => TimeExpr[];
  quantitiesIn: (first: number, last: number) => Quantity[];
  claimAt: (i: number) => Claim | null;
  attributionAt: (i: number) => Attribution | null;
}

export function buildLinks(
  tokens: readonly Token[],
  layers: {
    entities?: readonly Entity[];
    times?: readonly TimeExpr[];
    quantities?: readonly Quantity[];
    claims?: readonly Claim[];
    attributions?: readonly Attribution[];
  },
): Links {
  const n = tokens.length;
  const entityOf: (Entity | null)[] = new Array<Entity | null>(n).fill(null);
  const demonym: boolean[] = new Array<boolean>(n).fill(false);
  for (const e of layers.entities ?? []) {
    for (const m of e.mentions) {
      const isDemonym = (m as { form?: string }).form === 'demonym';
      for (const i of covered(tokens, m.start, m.end)) {
        if (entityOf[i] === null) {
          entityOf[i] = e;
          demonym[i] = isDemonym;
        }
      }
    }
  }
  const byToken = <T extends { start: number; end: number }>(items: readonly T[] | undefined) => {
    const at: (T | null)[] = new Array<T | null>(n).fill(null);
    for (const it of items ?? []) for (const i of covered(tokens, it.start, it.end)) at[i] ??= it;
    return at;
  };
  const timeOf = byToken(layers.times);
  const quantityOf = byToken(layers.quantities);
  // the innermost claim/attribution content holding a token wins: sort longest first, later overwrite
  const innermost = <T>(
    items: readonly T[] | undefined,
    span: (t: T) => { start: number; end: number },
  ) => {
    const at: (T | null)[] = new Array<T | null>(n).fill(null);
    const sorted = [...(items ?? [])].sort(
      (a, b) => span(b).end - span(b).start - (span(a).end - span(a).start),
    );
    for (const it of sorted)
      for (const i of covered(tokens, span(it).start, span(it).end)) at[i] = it;
    return at;
  };
  const claimOf = innermost(layers.claims, (c) => c);
  const attributionOf = innermost(layers.attributions, (a) => a.content);
  const collect = <T>(at: (T | null)[], first: number, last: number) => {
    const out: T[] = [];
    for (let i = Math.max(0, first); i <= last && i < n; i++) {
      const v = at[i];
      if (v && !out.includes(v)) out.push(v);
    }
    return out;
  };
  return {
    entityAt: (i) => entityOf[i] ?? null,
    placeAt: (i) => {
      const e = entityOf[i];
      if (!e || kindOfEntity(e.type) !== 'place' || demonym[i]) return null;
      return tokens[i]?.pos === 'ADJ' ? null : e;
    },
    timesIn: (a, b) => collect(timeOf, a, b),
    quantitiesIn: (a, b) => collect(quantityOf, a, b),
    claimAt: (i) => claimOf[i] ?? null,
    attributionAt: (i) => attributionOf[i] ?? null,
  };
}

/** Token indices overlapping [start, end) (binary search on sorted tokens). */
function* covered(tokens: readonly Token[], start: number, end: number): Generator<number> {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && (tokens[i]?.start ?? end) < end; i++) yield i;
}

export type Kind = 'person' | 'place' | 'weapon' | null;

export function kindOfEntity(type: EntityType): Kind {
  if (type === 'place' || type === 'country') return 'place';
  if (type === 'weapon') return 'weapon';
  if (type === 'person' || type === 'group' || type === 'military-unit' || type === 'organisation')
    return 'person';
  return null;
}
