/** The entities, times and quantities inside a claim's span, by id. */
import type { Entity, Quantity, Span, TimeExpr } from '../../../core/record.js';
import { memoIndex, type SpanIndex } from '../../../core/span-index.js';

type Layer = readonly { id: string; start: number; end: number }[];

const mentionIndexes = new WeakMap<readonly Entity[], SpanIndex<number>>();
const spanIndexes = new WeakMap<Layer, SpanIndex<number>>();

/** ids of the layer's items with an index entry inside `span`, in layer order */
function idsInside(index: SpanIndex<number>, span: Span, ids: (i: number) => string): string[] {
  const at = new Set<number>();
  for (const x of index.within(span.start, span.end)) at.add(x.value);
  return [...at].sort((a, b) => a - b).map(ids);
}

export function linkedIds(
  span: Span,
  layers: {
    entities?: readonly Entity[];
    times?: readonly TimeExpr[];
    quantities?: readonly Quantity[];
  },
): { entities: string[]; times: string[]; quantities: string[] } {
  const entities = layers.entities ?? [];
  const byMention = memoIndex(mentionIndexes, entities, (list) =>
    list.flatMap((e, i) => e.mentions.map((m) => ({ start: m.start, end: m.end, value: i }))),
  );
  const own = (layer: Layer): string[] =>
    idsInside(
      memoIndex(spanIndexes, layer, (list) =>
        list.map((x, i) => ({ start: x.start, end: x.end, value: i })),
      ),
      span,
      (i) => (layer[i] as { id: string }).id,
    );
  return {
    entities: idsInside(byMention, span, (i) => (entities[i] as Entity).id),
    times: own(layers.times ?? []),
    quantities: own(layers.quantities ?? []),
  };
}
