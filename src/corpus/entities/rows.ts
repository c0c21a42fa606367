/**
 * The corpus entities' rows and groups, in one place. Every lookup is by key:
 * - groups('entities'): members are entity keys (keys.ts); a corpus entity's id is its group id
 *   (the smallest key: `country:kp`, `person:oleksandr syrsky`, or `~<record>#<entity>`).
 * - `entities:links` key record id -> {<entity id>: LinkRow} (the anchor key each of the record's
 *   entities is filed under; one row a record: `linksOf` reads them).
 * - `entities:mention` key anchor, record -> MentionRow[] (the record entities filed there).
 * - `entities:alias` key alias form (see aliasForms) -> anchors[] per record.
 * - `entities:surname` key surname -> FullName[] (key, country) of that surname per record;
 *   `entities:surname-only` key surname -> anchors of persons named by that surname alone.
 * - `entities:evidence` key local anchor -> Evidence[] (a surname joined to a full name in the
 *   same record; story evidence is read at lookup time, surnames.ts).
 * Anchors are stored, not corpus ids, because a group's id changes when groups merge; the id
 * is read from the groups at lookup time.
 */
import type { CorpusRow, Store } from '../../store/store.js';
import { groups } from '../groups.js';
import { plain } from './rules.js';
import { normaliseName } from './normalise.js';

export const ENTITIES = groups('entities');

/** one row a record (stores written before kept `entities:link` rows, one a record entity) */
export const LINK = 'entities:links';
export const MENTION = 'entities:mention';
export const ALIAS = 'entities:alias';
export const SURNAME = 'entities:surname';
export const SURNAME_ONLY = 'entities:surname-only';
export const EVIDENCE = 'entities:evidence';

export interface LinkRow {
  anchor: string;
  /** the rule that chose the anchor (keys.ts) */
  rule: string;
  /** a person named by surname alone: the surname (story evidence is read by it, surnames.ts) */
  surname?: string;
  /** and the country the record gives that person, if any */
  country?: string | null;
}

/** one full name of a surname in one record (`entities:surname` rows hold a list of them) */
export interface FullName {
  key: string;
  country: string | null;
}

/** rows written before the country was kept hold bare keys */
export const fullNames = (value: unknown): FullName[] =>
  (Array.isArray(value) ? value : []).map((x) =>
    typeof x === 'string' ? { key: x, country: null } : (x as FullName),
  );

export interface MentionRow {
  entity: string;
  name: string;
  type: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  /** how many mentions the record entity has, and its first span (provenance) */
  mentions: number;
  first: { start: number; end: number; text: string; rule: string } | null;
  outlet: string | null;
  published: string | null;
  rule: string;
}

export interface Evidence {
  /** the full-name key a surname-only person was joined to */
  to: string;
  rule: 'same-record-surname' | 'same-story-surname';
  record: string;
  /** the story cluster, for same-story evidence */
  story?: string;
}

/** the forms an alias is indexed (and looked up) under: as written, lower case, and normalised */
export function aliasForms(alias: string, type?: string): string[] {
  const lite = plain(alias)
    .replace(/^the /, '')
    .replace(/'s$|'$/, '');
  const out = new Set<string>([lite]);
  if (type) out.add(normaliseName(alias, type));
  else for (const t of ['person', 'place', 'organisation']) out.add(normaliseName(alias, t));
  out.delete('');
  return [...out];
}

/** the LinkRow of each `<record>#<entity>` ref found (records read once each) */
export async function linksOf(
  store: Store,
  refs: readonly string[],
): Promise<Map<string, LinkRow>> {
  const records = [...new Set(refs.map((r) => r.slice(0, r.lastIndexOf('#'))))];
  const wanted = new Set(refs);
  const out = new Map<string, LinkRow>();
  for (const { ref, link } of linkRows(await store.corpus.get(LINK, records)))
    if (wanted.has(ref)) out.set(ref, link);
  return out;
}

/** every record entity's LinkRow in these `entities:links` rows, with its record */
export function linkRows(
  rows: readonly CorpusRow[],
): { ref: string; record: string; link: LinkRow }[] {
  const out: { ref: string; record: string; link: LinkRow }[] = [];
  for (const row of rows) {
    const value = (row.value ?? {}) as Record<string, LinkRow>;
    for (const entity of Object.keys(value).sort())
      out.push({
        ref: `${row.record}#${entity}`,
        record: row.record,
        link: value[entity] as LinkRow,
      });
  }
  return out;
}
