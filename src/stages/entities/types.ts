/**
 * Types shared by the entities stage's parsers and refiners.
 */
import type { EntityType, Mention } from '../../core/record.js';

/** How a mention names its entity: a proper name, an acronym, a demonym ("North Korean"),
 * or a nominal phrase ("Ukrainian troops", "the regime"). */
export type MentionForm = 'name' | 'acronym' | 'demonym' | 'nominal';

export interface EntityMention extends Mention {
  form: MentionForm;
  /** a country named as an actor ("Syria has accused Israel", "Belgium beat Japan") or its
   * people in the plural ("Syrians"): the mention stands for a government, team or people */
  metonym?: 'organisation';
}

/** A proposed mention, before overlap removal and resolution into entities. */
export interface Candidate {
  start: number;
  end: number;
  /** token indices, inclusive */
  first: number;
  last: number;
  type: EntityType;
  form: MentionForm;
  rule: string;
  /** canonical key when a lexicon knows the entity: "country:KP", "org:nato", "group:UA:military" */
  key: string | null;
  /** canonical name when known */
  name: string | null;
  country: string | null;
  /** for places: admin level ("country", "region", "city", "front" ...) */
  admin: string | null;
  /** titles and offices written with the mention ("General", "Commander-in-Chief of ...") */
  titles: string[];
  /** higher wins in overlap removal at equal length */
  priority: number;
  /** lexicon kind, e.g. "outlet" */
  kind?: string;
  metonym?: 'organisation';
  /** where the name starts when the mention starts with a title ("General Oleksandr Syrskyi") */
  nameStart?: number;
  /** the tagger could not type the name from its own words: typing refiners may retype it */
  guessed?: boolean;
}

export function candidate(
  c: Partial<Candidate> &
    Pick<Candidate, 'start' | 'end' | 'first' | 'last' | 'type' | 'form' | 'rule'>,
): Candidate {
  return { key: null, name: null, country: null, admin: null, titles: [], priority: 0, ...c };
}
