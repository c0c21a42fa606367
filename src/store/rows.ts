/**
 * A record flattened into the rows the layer tables hold, shared by every Store backend so
 * SQLite and PostgreSQL index the same things. The record itself is kept whole as JSON; these
 * rows exist only for the queries later issues need (by entity, time value, quantity, source,
 * event type, cited outlet).
 */
import { LAYER_NAMES, TRANSIENT_LAYERS, type SitrepRecord } from '../core/record.js';

export interface EntityRow {
  id: string;
  type: string;
  name: string;
  role: string | null;
  country: string | null;
}
export interface MentionRow {
  entity: string;
  start: number;
  end: number;
  text: string;
}
export interface TimeRow {
  id: string;
  type: string;
  value: string;
  mod: string | null;
  start: number;
  end: number;
  text: string;
}
export interface QuantityRow {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  counted: string | null;
  start: number;
  end: number;
  text: string;
}
export interface AttributionRow {
  id: string;
  source: string | null;
  entity: string | null;
  kind: string | null;
  direct: boolean;
  cue: string;
  start: number;
  end: number;
  via: string | null;
}
export interface EventRow {
  id: string;
  type: string;
  trigger: string;
  time: string | null;
  place: string | null;
  modality: string;
  attribution: string | null;
  start: number;
  end: number;
}
export interface ProvenanceRow {
  step: number;
  name: string;
  role: string;
}

export interface RecordRows {
  entities: EntityRow[];
  mentions: MentionRow[];
  times: TimeRow[];
  quantities: QuantityRow[];
  attributions: AttributionRow[];
  events: EventRow[];
  provenance: ProvenanceRow[];
  /** annotations per stored layer, zero counts left out */
  counts: [layer: string, n: number][];
}

/** The layers a record stores (every layer but the transient ones). */
export const STORED_LAYERS: readonly string[] = LAYER_NAMES.filter(
  (l) => !TRANSIENT_LAYERS.includes(l),
);

/** The columns of the `records` table, in the order both schemas declare them. */
export const RECORD_COLUMNS =
  'id, published, outlet, title, language, origin_path, origin_url, origin_format, text, json';

/** One record's values for the `records` table, in RECORD_COLUMNS order. */
export function recordColumns(r: SitrepRecord): unknown[] {
  return [
    r.id,
    r.published,
    r.outlet,
    r.title,
    r.language,
    r.origin.path,
    r.origin.url,
    r.origin.format,
    r.text,
    JSON.stringify(r),
  ];
}

export function recordRows(r: SitrepRecord): RecordRows {
  const counts: [string, number][] = [];
  for (const layer of STORED_LAYERS) {
    const value = (r as unknown as Record<string, unknown>)[layer];
    if (Array.isArray(value) && value.length > 0) counts.push([layer, value.length]);
  }
  return {
    entities: r.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      role: e.role ?? null,
      country: e.country ?? null,
    })),
    mentions: r.entities.flatMap((e) =>
      e.mentions.map((m) => ({ entity: e.id, start: m.start, end: m.end, text: m.text })),
    ),
    times: r.times.map((t) => ({
      id: t.id,
      type: t.type,
      value: t.value,
      mod: t.mod,
      start: t.start,
      end: t.end,
      text: t.text,
    })),
    quantities: r.quantities.map((q) => ({
      id: q.id,
      value: q.value,
      low: q.low,
      high: q.high,
      unit: q.unit,
      counted: q.counted,
      start: q.start,
      end: q.end,
      text: q.text,
    })),
    attributions: r.attributions.map((a) => ({
      id: a.id,
      source: a.source?.text ?? null,
      entity: a.source?.entity ?? null,
      kind: a.source?.kind ?? null,
      direct: a.direct,
      cue: a.cue.text,
      start: a.content.start,
      end: a.content.end,
      via: a.via,
    })),
    events: r.events.map((e) => ({
      id: e.id,
      type: e.type,
      trigger: e.trigger.text,
      time: e.time,
      place: e.place,
      modality: e.modality,
      attribution: e.attribution,
      start: e.trigger.start,
      end: e.trigger.end,
    })),
    provenance: r.provenance.map((p, step) => ({ step, name: p.name, role: p.role })),
    counts,
  };
}
