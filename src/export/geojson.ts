/**
 * Events as GeoJSON (RFC 7946): one Point feature per event whose place has coordinates,
 * [longitude, latitude] as the RFC orders them. Properties keep the event's provenance: record
 * and event ids, the trigger as written and its rule, the outlet and the place's gazetteer.
 *
 * @example
 * const fc = featureCollection(records.flatMap(eventRows).map(eventFeature).filter(Boolean));
 */
import type { EventRow } from './events.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string | number | string[] | null>;
}

/** The feature of one event row, or null when its place has no coordinates. */
export function eventFeature(row: EventRow): EventFeature | null {
  const p = row.place;
  if (p === null || p.lat === null || p.lon === null) return null;
  return {
    type: 'Feature',
    id: `${row.record}#${row.event}`,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      record: row.record,
      event: row.event,
      type: row.type,
      variant: row.variant,
      top: row.top,
      date: row.date,
      precision: row.precision,
      place: p.name,
      country: p.country,
      admin: p.admin,
      geoSource: p.geoSource,
      actors: row.actors,
      targets: row.targets,
      fatalities: row.fatalities,
      modality: row.modality,
      trigger: row.trigger.text,
      rule: row.trigger.rule,
      sentence: row.sentence,
      outlet: row.outlet,
      published: row.published,
      title: row.title,
    },
  };
}

export function featureCollection(features: EventFeature[]) {
  return { type: 'FeatureCollection' as const, features };
}
