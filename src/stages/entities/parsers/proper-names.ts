/**
 * The name tagger: runs of capitalised tokens on wink tokens, joined through hyphens
 * ("al-Assad", "Kim Jong-un"), name particles ("Osama bin Laden") and "of"/"for" after a
 * head word that takes them ("Ministry of Defence", "Armed Forces of Ukraine"). A title at the
 * front ("General", "Prime Minister") is split off and kept for the role. Sentence-initial
 * words count only when wink tags them PROPN. Types come from the name's own words here
 * (org and unit head words, place words, titles, given names); names with no such evidence
 * are proposed as guessed and typed by refiners/typing.ts with document context.
 */
import type { EntityType, Token } from '../../../core/record.js';
import { lexicon, norm } from '../lexicon.js';
import { glued, isAllCaps, isCap, lower } from '../match.js';
import { candidate, type Candidate } from '../types.js';
import { countryAt } from './shared.js';
import { gazetteer } from '../gazetteer.js';

const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'ul',
]);
/** head words that take "of": "Republic of Korea", "Isle of Man" (plus org and place words) */
const OF_HEADS = new Set([
  'republic',
  'kingdom',
  'emirate',
  'state',
  'states',
  'isle',
  'statue',
  'museum',
  'house',
  'people',
  'bureau',
  'palace',
  'cathedral',
  'gulf',
  'strait',
  'straits',
  'bay',
  'sea',
  'cape',
  'city',
  'province',
  'region',
  'oblast',
  'district',
  'county',
  'duke',
  'prince',
  'king',
  'queen',
  'mayor',
  'governor',
  'minister',
  'secretary',
  'president',
  'chief',
  'head',
  'commander',
  'commander-in-chief',
]);
/** first words that make a name a region: "Middle East", "Southern Indiana", "North Caucasus" */
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'middle',
  'upper',
  'lower',
  'greater',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
]);
const UNIT_AFTER_NUMBER = /^\d/;
/** months that are also surnames; never names on their own (data/entities/not-names.json) */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);
const OPENERS = new Set(['"', '“', "'", '‘', '(', '[', ':', '-', '—', '–']);
/** surnames written with a capital inside ("McCain", "DeGeneres", "LaRue", "DiCaprio",
 * "O'Neill"): a person's shape, not a product's ("iPhone", "PlayStation") */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}{2,}$/u;
/** last words that make a name after a person something else: an institution or a venue */
const NOT_PERSON_HEADS = new Set(['center', 'centre']);
/** endings of nouns for a person's occupation or part ("comedian", "actor", "singer",
 * "journalist", "defendant", "resident"): such a word capitalised before a given name (at the
 * start of a sentence, or in a headline) is the person's description, not part of the name */
const PERSON_NOUN_END = /(?:ian|er|or|ist|ant|ent|ee)$/;

/** "Indianapolis Colts": a known place, then one or two capitalised words, the last a
 * plural common noun ("colts", "chiefs", "sox") that is no place word ("Islands", "Heights") */
function teamAt(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const lex = lexicon();
  const tail = lower(tokens[last]);
  if (!/[^s]s$|^sox$/.test(tail) || lex.placeWords.has(tail) || lex.orgWords.has(tail))
    return false;
  if (lex.givenNames.has(tail) || lex.surnames.has(tail)) return false;
  for (let k = last - 1; k >= first && k >= last - 2; k--) {
    const home = norm(text.slice((tokens[first] as Token).start, (tokens[k] as Token).end));
    const known = lex.phrases.get(home)?.some((e) => e.type === 'place' || e.type === 'country');
    if (known || gazetteer().byName.has(home)) return true;
  }
  return false;
}

/** "Comedian Ellen DeGeneres", "Actor Tom Hanks": a person noun before a given name */
function describedAt(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const lex = lexicon();
  const w = lower(tokens[first]);
  return (
    first < last &&
    PERSON_NOUN_END.test(w) &&
    lex.commonWords.has(w) &&
    !lex.givenNames.has(w) &&
    !lex.titles.has(w) &&
    lex.givenNames.has(lower(tokens[first + 1]))
  );
}

function sentenceStart(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const p = tokens[i - 1];
  if (!p || p.sentence !== t.sentence) return true;
  if (OPENERS.has(p.text)) return sentenceStart(text, tokens, i - 1) || p.text !== '-';
  return text.slice(p.end, t.start).includes('\n');
}

/** Can token i start or continue a name? */
function nameToken(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!isCap(t)) return false;
  const lex = lexicon();
  if (lex.notNames.has(t.text)) return false;
  if (/^\p{Lu}\p{Ll}*['’]\p{Ll}/u.test(t.text) && !/^[OD]['’]/.test(t.text)) return false; // "It's"
  if (sentenceStart(text, tokens, i)) {
    return (
      t.pos === 'PROPN' || isAllCaps(t) || lex.givenNames.has(lower(t)) || lex.titles.has(lower(t))
    );
  }
  return t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ';
}

function breakBetween(text: string, tokens: readonly Token[], i: number): boolean {
  const a = tokens[i] as Token;
  const b = tokens[i + 1];
  return !b || b.sentence !== a.sentence || text.slice(a.end, b.start).includes('\n');
}

/** Extends a run from token i; returns the last token index. */
function runEnd(text: string, tokens: readonly Token[], i: number): number {
  const lex = lexicon();
  let last = i;
  for (;;) {
    if (breakBetween(text, tokens, last)) break;
    const n = tokens[last + 1] as Token;
    // glued hyphen chains: "al-Assad", "Jong-un", "Commander-in-Chief"
    if ((n.text === '-' || n.text === '‑') && glued(tokens, last) && glued(tokens, last + 1)) {
      const m = tokens[last + 2];
      // not into a participle or after an acronym: "US-led", "IS-controlled", "Kremlin-backed"
      const participle =
        !!m && !isCap(m) && (/(?:ed|ing)$/.test(m.text) || isAllCaps(tokens[last]));
      if (m && !participle && /^[\p{L}\p{N}]/u.test(m.text)) {
        last += 2;
        continue;
      }
      break;
    }
    if (nameToken(text, tokens, last + 1)) {
      last++;
      continue;
    }
    // a month as a surname right after a given name: "Theresa May", "Brian May" (a date
    // follows a month with a number: "in May 2016", "Theresa May 5" is not read this way)
    if (
      MONTH_SURNAMES.has(n.text) &&
      lex.givenNames.has(lower(tokens[last])) &&
      !/^\d/.test(tokens[last + 2]?.text ?? '')
    ) {
      last++;
      continue;
    }
    const ln = lower(n);
    if (PARTICLES.has(ln) && isCap(tokens[last + 2]) && !breakBetween(text, tokens, last + 1)) {
      last += 1;
      continue;
    }
    // "Haider al-Abadi": a particle glued to the next name by a hyphen
    if (
      PARTICLES.has(ln) &&
      tokens[last + 2]?.text === '-' &&
      glued(tokens, last + 1) &&
      glued(tokens, last + 2) &&
      isCap(tokens[last + 3])
    ) {
      last += 3;
      continue;
    }
    if ((ln === 'of' || ln === 'for') && !breakBetween(text, tokens, last + 1)) {
      const head = lower(tokens[last]);
      const takesOf =
        OF_HEADS.has(head) ||
        lex.orgWords.has(head) ||
        lex.placeWords.has(head) ||
        lex.forces.has(head);
      if (!takesOf) break;
      let k = last + 2;
      if (lower(tokens[k]) === 'the') k++;
      if (isCap(tokens[k]) && !lex.notNames.has((tokens[k] as Token).text)) {
        last = k;
        continue;
      }
    }
    if (n.text === '&' && isCap(tokens[last + 2])) {
      last += 2;
      continue;
    }
    break;
  }
  return last;
}

/** Longest title at token i (up to 6 tokens): "General", "Prime Minister", "Lt. Gen.". */
export function titleAt(text: string, tokens: readonly Token[], i: number, limit: number): number {
  const lex = lexicon();
  const a = tokens[i];
  if (!a) return -1;
  let best = -1;
  for (let j = i; j <= limit && j < tokens.length && j < i + 6; j++) {
    const b = tokens[j] as Token;
    if (lex.titles.has(norm(text.slice(a.start, b.end)))) best = j;
  }
  return best;
}

function localType(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  titled: boolean,
): { type: EntityType; admin: string | null; rule: string } | null {
  const lex = lexicon();
  const words: string[] = [];
  for (let k = first; k <= last; k++) words.push(lower(tokens[k]));
  const head = words[words.length - 1] ?? '';
  const ofAt = words.indexOf('of');
  const pre = ofAt > 0 ? (words[ofAt - 1] ?? '') : head;
  const span = norm(text.slice((tokens[first] as Token).start, (tokens[last] as Token).end));
  // "Chapter 7", "Article 5", "Resolution 2254": a numbered part of a text, not a name
  if (first === last && /^\d/.test(tokens[last + 1]?.text ?? ''))
    return { type: 'other', admin: null, rule: 'entities/parsers/proper-names#numbered' };
  for (const f of lex.forces.keys()) {
    if (span.includes(f))
      return {
        type: 'military-unit',
        admin: null,
        rule: 'entities/parsers/proper-names#armed-force',
      };
  }
  const orgHead =
    lex.orgWords.get(pre) ??
    lex.orgWords.get(head) ??
    (ofAt < 0 ? lex.orgWords.get(words[0] ?? '') : undefined);
  if (orgHead)
    return { type: orgHead, admin: null, rule: 'entities/parsers/proper-names#org-word' };
  const place = lex.placeWords.get(pre) ?? lex.placeWords.get(head);
  if (place && words.length > 1)
    return { type: 'place', admin: place, rule: 'entities/parsers/proper-names#place-word' };
  if (titled) return { type: 'person', admin: null, rule: 'entities/parsers/proper-names#title' };
  if (DIRECTIONS.has(words[0] ?? '') && words.length > 1)
    return { type: 'place', admin: 'region', rule: 'entities/parsers/proper-names#directional' };
  // a team: a place and a plural ("Indianapolis Colts", "Kansas City Chiefs", "Boston Red
  // Sox"): the place names the club's home, the plural its players
  if (words.length >= 2 && teamAt(text, tokens, first, last))
    return { type: 'organisation', admin: null, rule: 'entities/parsers/proper-names#team' };
  for (let k = first; k <= last; k++) {
    const w = (tokens[k] as Token).text;
    if (/\d/.test(w) || (/^\p{L}*\p{Ll}\p{Lu}/u.test(w) && !SURNAME_PREFIX.test(w)))
      return { type: 'other', admin: null, rule: 'entities/parsers/proper-names#product-shape' };
  }
  // "Betty Ford Center", "Moscone Center": named after a person, but an institution or a
  // venue; the context types it (refiners/typing: "at the Moscone Center" is a place)
  if (NOT_PERSON_HEADS.has(head)) return null;
  const nameWords = words.filter((w) => !PARTICLES.has(w) && w !== '-');
  if (nameWords.length >= 2 && nameWords.length <= 4 && lex.givenNames.has(nameWords[0] ?? '')) {
    return { type: 'person', admin: null, rule: 'entities/parsers/proper-names#given-name' };
  }
  return null;
}

/** Where a person's name starts at the end of "of/for <complement> <Name>", or -1. */
function complementSplit(tokens: readonly Token[], from: number, last: number): number {
  const lex = lexicon();
  let s = last;
  while (s - 1 > from && isCap(tokens[s - 1]) && lex.titles.has(lower(tokens[s - 1])) === false)
    s--;
  // s..last: the trailing run of capitalised words; the name is its last two or three words
  for (let j = Math.max(s, last - 2); j < last; j++) {
    if (lex.givenNames.has(lower(tokens[j])) && j > s) return j;
  }
  if (last - s + 1 >= 3) {
    const j = last - 1;
    const w = [lower(tokens[j]), lower(tokens[last])];
    if (!w.some((x) => lex.commonWords.has(x) || lex.orgWords.has(x) || lex.placeWords.has(x)))
      return j;
  }
  return -1;
}

function emit(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  titles: string[],
  out: Candidate[],
  titleFrom = -1,
): void {
  // trailing glue never ends a name
  while (last > first && !/[\p{L}\p{N}]/u.test((tokens[last] as Token).text)) last--;
  const a = tokens[first] as Token;
  const b = tokens[last] as Token;
  const typed = localType(text, tokens, first, last, titles.length > 0);
  const acronym = first === last && isAllCaps(a);
  const withTitle =
    titleFrom >= 0 && typed?.type === 'person' ? (tokens[titleFrom] as Token) : null;
  out.push(
    candidate({
      start: withTitle ? withTitle.start : a.start,
      ...(withTitle ? { nameStart: a.start } : {}),
      end: b.end,
      first: withTitle ? titleFrom : first,
      last,
      type: typed?.type ?? (acronym ? 'organisation' : 'other'),
      form: acronym ? 'acronym' : 'name',
      rule:
        typed?.rule ??
        (acronym
          ? 'entities/parsers/proper-names#acronym'
          : 'entities/parsers/proper-names#capitalised'),
      admin: typed?.admin ?? null,
      titles,
      priority: 1,
      guessed: !typed,
    }),
  );
}

export function properNames(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const particleStart =
      PARTICLES.has(lower(t)) &&
      tokens[i + 1]?.text === '-' &&
      glued(tokens, i) &&
      isCap(tokens[i + 2]);
    if (!particleStart && !nameToken(text, tokens, i)) continue;
    const last = runEnd(text, tokens, particleStart ? i + 2 : i);
    let first = i;
    // split titles off the front; the mention keeps them ("General Oleksandr Syrskyi"), the
    // name does not
    const titleStart = first;
    const titles: string[] = [];
    for (;;) {
      const tEnd = titleAt(text, tokens, first, last);
      if (tEnd < 0) break;
      titles.push(text.slice((tokens[first] as Token).start, (tokens[tEnd] as Token).end));
      first = tEnd + 1;
    }
    if (first > last) {
      // a title alone after "the": a nominal mention of the office holder ("the Foreign
      // Secretary said"), one entity per title in the article
      if (lower(tokens[titleStart - 1]) === 'the' && tokens[titleStart]?.pos !== 'ADJ') {
        const a = tokens[titleStart] as Token;
        const b = tokens[last] as Token;
        out.push(
          candidate({
            start: a.start,
            end: b.end,
            first: titleStart,
            last,
            type: 'person',
            form: 'nominal',
            rule: 'lexicon:data/entities/titles.json#the-title',
            key: `role:${norm(text.slice(a.start, b.end))}`,
            titles: [text.slice(a.start, b.end)],
            priority: 0,
          }),
        );
      }
      i = last;
      continue;
    }
    if (lower(tokens[first]) === 'of' || lower(tokens[first]) === 'for') {
      // "Minister for the Middle East Tobias Ellwood": the complement belongs to the role;
      // a person's name may close the run
      const split = complementSplit(tokens, first, last);
      if (split < 0) {
        i = first;
        continue;
      }
      const role = text.slice(
        (tokens[titleStart] as Token).start,
        (tokens[split - 1] as Token).end,
      );
      let c = first + 1;
      if (lower(tokens[c]) === 'the') c++;
      if (c < split) emit(text, tokens, c, split - 1, [], out);
      emit(text, tokens, split, last, [role], out);
      i = last;
      continue;
    }
    if (titles.length === 0 && describedAt(text, tokens, first, last)) first++;
    let titleFrom = titles.length > 0 ? titleStart : -1;
    // a run that ends in a title: "the Iraqi Foreign Minister", "the State Department
    // Spokesperson": a nominal mention of the office holder (the name lane keeps the rest)
    if (titles.length === 0) {
      for (let p = first + 1; p <= last; p++) {
        if (titleAt(text, tokens, p, last) !== last) continue;
        const a = tokens[first] as Token;
        const b = tokens[last] as Token;
        const role = text.slice(a.start, b.end);
        out.push(
          candidate({
            start: a.start,
            end: b.end,
            first,
            last,
            type: 'person',
            form: 'nominal',
            rule: 'lexicon:data/entities/titles.json#title-phrase',
            key: `role:${norm(role)}`,
            titles: [role],
            priority: 0,
          }),
        );
        break;
      }
    }
    // a title inside the run: "Foreign Office Minister Tobias Ellwood", "U.S. President Donald Trump"
    if (titles.length === 0) {
      for (let p = first + 1; p < last; p++) {
        const tEnd = titleAt(text, tokens, p, last - 1);
        if (tEnd < 0 || !isCap(tokens[tEnd + 1])) continue;
        const role = text.slice((tokens[first] as Token).start, (tokens[tEnd] as Token).end);
        // "US President Barack Obama": a country before the title belongs to the mention
        const ref = countryAt(text, tokens, first);
        if (ref && ref.last === p - 1) titleFrom = first;
        else emit(text, tokens, first, p - 1, [], out);
        first = tEnd + 1;
        titles.push(role);
        break;
      }
    }
    // a unit after a number is not a name: "8 GB", "3 MW"
    if (
      first === last &&
      UNIT_AFTER_NUMBER.test(tokens[first - 1]?.text ?? '') &&
      isAllCaps(tokens[first])
    ) {
      i = last;
      continue;
    }
    emit(text, tokens, first, last, titles, out, titleFrom);
    i = last;
  }
  return out;
}
