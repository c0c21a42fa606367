/**
 * entities: people, organisations, countries, places, military units, groups and weapons,
 * with canonical names, aliases, roles and coordinates.
 *
 * Parsers propose mentions on the sentence stage's wink tokens (lexicon phrases, the
 * capitalisation/POS name tagger, armed services, numbered units, country groups, places with
 * a place word, weapon nouns and model designations); refiners type guessed names from document context, make a
 * leader's name before "administration", "government" ... one organisation, attach appositive
 * roles, remove overlaps, resolve mentions into entities and add coordinates.
 *
 * @example
 *   const p = createPipeline([sentencesStage, entitiesStage]);
 *   p.run(doc).entities // [{ id: 'e1', name: 'North Korea', type: 'country', aliases: ['North Koreans', 'DPRK'], ... }]
 */
import type { Token } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { forces } from './parsers/forces.js';
import { groups } from './parsers/groups.js';
import { lexiconPhrases } from './parsers/lexicon-phrases.js';
import { nominalPeople } from './parsers/nominal-people.js';
import { nominalPlaces } from './parsers/nominal-places.js';
import { places } from './parsers/places.js';
import { properNames } from './parsers/proper-names.js';
import { units } from './parsers/units.js';
import { weaponNames } from './parsers/weapon-names.js';
import { weaponNouns } from './parsers/weapon-nouns.js';
import { addGeo } from './refiners/geo.js';
import { ledOrganisations } from './refiners/led-organisations.js';
import { markMetonyms } from './refiners/metonymy.js';
import { removeOverlaps } from './refiners/overlap.js';
import { resolve } from './refiners/resolve.js';
import { attachRoles } from './refiners/roles.js';
import { typeNames } from './refiners/typing.js';
import { preferWeapons } from './refiners/weapons.js';
import type { Candidate } from './types.js';

const PARSERS: ((text: string, tokens: readonly Token[]) => Candidate[])[] = [
  lexiconPhrases,
  properNames,
  forces,
  units,
  groups,
  places,
  nominalPlaces,
  nominalPeople,
  weaponNames,
  weaponNouns,
];

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const text = doc.text;
    let cands = PARSERS.flatMap((p) => p(text, tokens));
    cands = preferWeapons(cands, tokens);
    cands = removeOverlaps(cands, tokens);
    cands = typeNames(text, tokens, cands);
    cands = ledOrganisations(text, tokens, cands);
    cands = attachRoles(text, tokens, cands);
    cands = markMetonyms(tokens, cands);
    return { entities: addGeo(resolve(text, tokens, cands)) };
  },
};
