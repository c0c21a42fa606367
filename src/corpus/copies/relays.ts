/**
 * The provenance chain link: the outlets a record relays, read from its `provenance` layer
 * (the `source` steps: "Transmits UNN with reference to The New York Times", "Source:
 * Reuters"). Each relay keeps the step's span and rule; its key is the outlet's normalised
 * name (lower-case, no punctuation, no leading "the", aliases from
 * data/corpus/copies-outlets.json), so `relayedBy(store, 'the NYT')` finds every record that
 * relays The New York Times however it was written.
 *
 * @example
 * relaysOf(seed); // [{ key: 'new york times', name: 'The New York Times', start: 342, ... }]
 */
import outlets from '../../../data/corpus/copies-outlets.json' with { type: 'json' };
import type { SitrepRecord } from '../../core/record.js';

export interface Relay {
  /** normalised outlet name: the `copies:relays` row key */
  key: string;
  /** the outlet's name as the provenance step gives it */
  name: string;
  /** the step's span in the record's text */
  start: number;
  end: number;
  text: string;
  /** the provenance rule that found the step, then this stage's */
  rule: string;
}

const RULE = 'corpus/copies/relays#provenance-source';
const ALIAS_RULE = '+lexicon:data/corpus/copies-outlets.json#';

function plainKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const ALIASES = new Map<string, { outlet: string; name: string }>(
  outlets.aliases.map((a) => [plainKey(a.name), { outlet: plainKey(a.outlet), name: a.name }]),
);

/** the key an outlet's relays are stored under; "" when the name has no letter or digit */
export function outletKey(name: string): string {
  const key = plainKey(name);
  return ALIASES.get(key)?.outlet ?? key;
}

/** the outlets `record` relays, first stated first (pure: reads only the record) */
export function relaysOf(record: Pick<SitrepRecord, 'provenance' | 'outlet'>): Relay[] {
  const own = record.outlet ? outletKey(record.outlet) : null;
  const out: Relay[] = [];
  const seen = new Set<string>();
  for (const step of record.provenance ?? []) {
    if (step.role !== 'source' || typeof step.name !== 'string') continue;
    const key = outletKey(step.name);
    // an outlet does not relay itself ("Transmits UNN citing UNN sources")
    if (key === '' || key === own || seen.has(key)) continue;
    seen.add(key);
    const alias = ALIASES.get(plainKey(step.name));
    out.push({
      key,
      name: step.name,
      start: step.start,
      end: step.end,
      text: step.text,
      rule: `${step.rule}+${RULE}${alias ? ALIAS_RULE + alias.name : ''}`,
    });
  }
  return out;
}
