/**
 * Resolution: mentions become entities. Mentions with a lexicon key (countries, demonyms,
 * outlets, armed services, groups) join by key; a one-word person mention joins the person
 * named in full whose surname (or given name) it is; an acronym joins the name whose initials
 * it spells ("NYT" and "New York Times") or which it follows in brackets; other names join by
 * their normalised text. Ids are e1, e2 ... in order of first mention.
 */
import type { Entity, EntityType, Token } from '../../../core/record.js';
import { lexicon, norm } from '../lexicon.js';
import { lower } from '../match.js';
import type { Candidate, EntityMention } from '../types.js';

const MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', '&', 'de', 'al']);

function initials(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => w && !MINOR.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** a person mention whose name part is one word ("President Assad") */
function bareOneWord(tokens: readonly Token[], c: Candidate): boolean {
  return c.nameStart !== undefined && tokens[c.last]?.start === c.nameStart;
}

interface Cluster {
  key: string;
  cands: Candidate[];
}

export function resolve(
  text: string,
  tokens: readonly Token[],
  cands: readonly Candidate[],
): Entity[] {
  const clusters = new Map<string, Cluster>();
  const order: Cluster[] = [];
  const join = (key: string, c: Candidate): void => {
    let cl = clusters.get(key);
    if (!cl) {
      cl = { key, cands: [] };
      clusters.set(key, cl);
      order.push(cl);
    }
    cl.cands.push(c);
  };
  /** initials of name mentions -> cluster key, for acronyms */
  const byInitials = new Map<string, string>();
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  // full names first, so that a surname before its full name still finds it
  const fullPersons = new Map<string, string>();
  for (const c of sorted) {
    if (c.type === 'person' && c.last > c.first && c.form === 'name') {
      const key = `name:${norm(text.slice(c.nameStart ?? c.start, c.end))}`;
      fullPersons.set(lower(tokens[c.last]), fullPersons.get(lower(tokens[c.last])) ?? key);
    }
  }
  for (const c of sorted) {
    const written = text.slice(c.nameStart ?? c.start, c.end);
    if (c.key) {
      join(c.key, c);
      continue;
    }
    if (c.type === 'person' && (c.first === c.last || bareOneWord(tokens, c))) {
      const full = fullPersons.get(lower(tokens[c.first]));
      if (full) {
        join(full, c);
        continue;
      }
    }
    if (c.form === 'acronym') {
      const target = byInitials.get(written.replace(/\./g, ''));
      if (target) {
        join(target, c);
        continue;
      }
    }
    const key = `name:${norm(written)}`;
    join(key, c);
    if (c.form === 'name' && c.last > c.first) {
      const ini = initials(written);
      if (ini.length >= 2 && !byInitials.has(ini)) byInitials.set(ini, key);
    }
  }
  // "Korean Central News Agency (KCNA)": an acronym in brackets right after a name joins it
  const clusterOf = new Map<Candidate, Cluster>();
  for (const cl of order) for (const c of cl.cands) clusterOf.set(c, cl);
  const nameEndingAt = new Map<number, Candidate>();
  for (const c of sorted) if (c.form === 'name') nameEndingAt.set(c.last, c);
  for (const c of sorted) {
    if (c.form !== 'acronym' || tokens[c.first - 1]?.text !== '(') continue;
    const before = nameEndingAt.get(c.first - 2);
    if (!before) continue;
    const from = clusterOf.get(c);
    const into = clusterOf.get(before);
    if (!from || !into || from === into || from.key.startsWith('country:')) continue;
    for (const x of from.cands) clusterOf.set(x, into);
    into.cands.push(...from.cands);
    from.cands = [];
  }
  const entities: Entity[] = [];
  for (const cl of order) {
    if (cl.cands.length === 0) continue;
    cl.cands.sort((a, b) => a.start - b.start);
    entities.push(toEntity(`e${entities.length + 1}`, cl, text));
  }
  return entities;
}

/** The country a role names ("Commander-in-Chief of the Armed Forces of Ukraine": UA). */
function countryIn(role: string): string | null {
  const phrases = lexicon().phrases;
  const words = role.split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const w = words
        .slice(i, i + n)
        .join(' ')
        .replace(/['’]s$|[,.;:]$/g, '');
      const e = phrases
        .get(norm(w))
        ?.find((x) => x.type === 'country' && (!x.caseSensitive || x.phrase === w));
      if (e?.country) return e.country;
    }
  }
  return null;
}

function pickType(cands: readonly Candidate[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const c of cands) {
    const w = c.guessed ? 0.5 : c.form === 'nominal' ? 1 : 2;
    votes.set(c.type, (votes.get(c.type) ?? 0) + w);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

function toEntity(id: string, cl: Cluster, text: string): Entity {
  const mentions: EntityMention[] = cl.cands.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    rule: c.rule,
    form: c.form,
    ...(c.metonym ? { metonym: c.metonym } : {}),
  }));
  const type = pickType(cl.cands);
  const fixed = cl.cands.find((c) => c.name)?.name;
  const names = cl.cands
    .filter((c) => c.form === 'name')
    .map((c) => text.slice(c.nameStart ?? c.start, c.end));
  const longest = [...names].sort((a, b) => b.length - a.length)[0];
  const name = fixed ?? longest ?? mentions[0]?.text.replace(/^(?:the|The) /, '') ?? '';
  const aliases = [...new Set(mentions.map((m) => m.text))].filter((a) => a !== name);
  const titles = [...new Set(cl.cands.flatMap((c) => c.titles))];
  const role = [...titles].sort((a, b) => b.length - a.length)[0] ?? null;
  const country =
    cl.cands.find((c) => c.country)?.country ??
    (type === 'person' && role ? countryIn(role) : null);
  const admin = cl.cands.find((c) => c.admin)?.admin ?? null;
  const kind = cl.cands.find((c) => c.kind)?.kind;
  const e: Entity = { id, name, type, aliases, mentions, role, country, geo: null };
  if (titles.length > 0) e['titles'] = titles;
  if (admin) e['admin'] = admin;
  if (kind) e['kind'] = kind;
  return e;
}
