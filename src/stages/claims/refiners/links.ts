/** The entities, times and quantities inside a claim's span, by id. */
import type { Entity, Quantity, Span, TimeExpr } from '../../../core/record.js';

const inside = (s: Span, x: { start: number; end: number }): boolean =>
  s.start <= x.start && x.end <= s.end;

export function linkedIds(
  span: Span,
  layers: {
    entities?: readonly Entity[];
    times?: readonly TimeExpr[];
    quantities?: readonly Quantity[];
  },
): { entities: string[]; times: string[]; quantities: string[] } {
  return {
    entities: (layers.entities ?? [])
      .filter((e) => e.mentions.some((m) => inside(span, m)))
      .map((e) => e.id),
    times: (layers.times ?? []).filter((t) => inside(span, t)).map((t) => t.id),
    quantities: (layers.quantities ?? []).filter((q) => inside(span, q)).map((q) => q.id),
  };
}
