/**
 * A country's armed services: "Armed Forces of Ukraine", "Ukrainian Armed Forces", "the
 * Russian army", "U.S. Navy" (services from data/entities/armed-forces.json). Typed
 * military-unit with the country; one entity per country and service.
 */
import type { Token } from '../../../core/record.js';
import { lexicon } from '../lexicon.js';
import { isCap, longestPhrase, lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';
import { countryAt } from './shared.js';

const RULE = 'lexicon:data/entities/armed-forces.json';

export function forces(text: string, tokens: readonly Token[]): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ref = countryAt(text, tokens, i);
    if (ref?.country) {
      // "Ukrainian Armed Forces", "Russia's army"
      let k = ref.last + 1;
      if (lower(tokens[k]) === "'s" || lower(tokens[k]) === '’s') k++;
      const hit = longestPhrase(text, tokens, k, lex.forces, 30, 4);
      if (hit) {
        const a = tokens[i] as Token;
        const b = tokens[hit.last] as Token;
        out.push(
          candidate({
            start: a.start,
            end: b.end,
            first: i,
            last: hit.last,
            type: 'military-unit',
            form: isCap(tokens[k]) ? 'name' : 'nominal',
            rule: `${RULE}#${hit.entries}`,
            key: `military:${ref.country}:${hit.entries}`,
            country: ref.country,
            name:
              hit.entries === 'armed-forces'
                ? `Armed Forces of ${lex.countryName.get(ref.country) ?? ref.country}`
                : null,
            priority: 3,
          }),
        );
        i = hit.last;
        continue;
      }
    }
    // "Armed Forces of Ukraine", "Army of the Republic of ..."
    if (!isCap(tokens[i])) continue;
    const hit = longestPhrase(text, tokens, i, lex.forces, 30, 4);
    if (!hit || lower(tokens[hit.last + 1]) !== 'of') continue;
    let k = hit.last + 2;
    if (lower(tokens[k]) === 'the') k++;
    const c = countryAt(text, tokens, k);
    if (!c?.country || c.demonym) continue;
    const a = tokens[i] as Token;
    const b = tokens[c.last] as Token;
    out.push(
      candidate({
        start: a.start,
        end: b.end,
        first: i,
        last: c.last,
        type: 'military-unit',
        form: 'name',
        rule: `${RULE}#${hit.entries}`,
        key: `military:${c.country}:${hit.entries}`,
        country: c.country,
        name:
          hit.entries === 'armed-forces'
            ? `Armed Forces of ${lex.countryName.get(c.country) ?? c.country}`
            : null,
        priority: 3,
      }),
    );
    i = c.last;
  }
  return out;
}
