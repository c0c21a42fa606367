/**
 * Organisations named by their leader: a person's name followed by a head noun of
 * data/entities/led-organisations.json ("the Biden administration", "Putin's government",
 * "the Obama White House") is an organisation, named "<surname> <head>" ("Biden
 * administration"; a name not opening with a given name is kept whole) and keyed by surname
 * and head so that "Biden's administration" joins it.
 * The person is not credited with a mention there: the person candidate and anything else
 * inside the phrase (the "White House" organisation, a nominal "Putin's government") give
 * way to the one organisation. Runs after typing, which decides what is a person.
 */
import type { Token } from '../../../core/record.js';
import { lexicon, norm } from '../lexicon.js';
import { candidate, type Candidate } from '../types.js';

const RULE = 'lexicon:data/entities/led-organisations.json';

/** The head after the person candidate `c`: its entry and last token, or null. */
function headAfter(
  text: string,
  tokens: readonly Token[],
  c: Candidate,
): { head: string; last: number } | null {
  const heads = lexicon().ledHeads;
  const sentence = tokens[c.last]?.sentence;
  let k = c.last + 1;
  const possessive = /^['’]s$/.test(tokens[k]?.text ?? '');
  if (possessive) k++;
  for (let n = 2; n >= 1; n--) {
    const b = tokens[k + n - 1];
    if (!b || b.sentence !== sentence) continue;
    const written = text.slice((tokens[k] as Token).start, b.end);
    const e = heads.get(norm(written));
    if (!e || (possessive && !e.possessive)) continue;
    // "White House" is a name: capitalised as written; common heads in either case
    if (/\p{Lu}/u.test(e.head) && written !== e.head) continue;
    return { head: e.head, last: k + n - 1 };
  }
  return null;
}

export function ledOrganisations(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Candidate[] {
  const orgs: Candidate[] = [];
  for (const c of cands) {
    if (c.type !== 'person' || c.form !== 'name') continue;
    const hit = headAfter(text, tokens, c);
    if (!hit) continue;
    // "President George W Bush's administration": a full name is shortened to its surname;
    // a name that does not open with a given name is kept whole ("Lib Dem team")
    const words = text.slice(c.nameStart ?? c.start, c.end).split(/\s+/);
    const given = words.length > 1 && lexicon().givenNames.has((words[0] ?? '').toLowerCase());
    const surname = given ? (words[words.length - 1] ?? '') : words.join(' ');
    const b = tokens[hit.last] as Token;
    orgs.push(
      candidate({
        start: c.start,
        end: b.end,
        first: c.first,
        last: hit.last,
        type: 'organisation',
        form: 'name',
        rule: `${RULE}#${hit.head}`,
        key: `org:led:${norm(surname)}:${norm(hit.head)}`,
        name: `${surname} ${hit.head}`,
        country: c.country,
        priority: 3,
      }),
    );
  }
  if (orgs.length === 0) return [...cands];
  // the phrase's own words give way: the person, "White House", a nominal "Putin's government"
  const inside = (x: Candidate): boolean =>
    orgs.some((o) => o.start <= x.start && x.end <= o.end && x.last <= o.last);
  const covers = (x: Candidate): boolean =>
    orgs.some((o) => x.first <= o.first && o.last <= x.last && x.last === o.last);
  return [...cands.filter((x) => !inside(x) && !covers(x)), ...orgs].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
