/**
 * Reading corpus entities: by record entity, by name, by id. Every read is by key (link rows,
 * alias rows, group members); nothing scans the corpus.
 *
 * @example
 * const ids = await corpusEntityIds(store, [{ record: r.id, entity: 'e1' }]);
 * ids.get(`${r.id}#e1`); // 'country:kp'
 * (await findEntities(store, 'DPRK'))[0]?.name; // 'North Korea'
 */
import type { Store } from '../../store/store.js';
import {
  ALIAS,
  ENTITIES,
  EVIDENCE,
  linksOf,
  MENTION,
  SURNAME,
  SURNAME_ONLY,
  aliasForms,
  fullNames,
  type Evidence,
  type MentionRow,
} from './rows.js';
import { resolveAnchors, storySurnames, type SurnameRef } from './surnames.js';

export interface CorpusMention extends MentionRow {
  record: string;
  /** the key this record entity is filed under */
  anchor: string;
}

export interface CorpusEntity {
  id: string;
  /** the most frequent name among its record entities */
  name: string;
  /** every name and alias written, most frequent first */
  aliases: string[];
  /** entity types with how many record entities had each */
  types: Record<string, number>;
  /** the keys joined in it (data/corpus/entity-merge.json) */
  keys: string[];
  /** one per record entity filed in it, by (published, record) */
  mentions: CorpusMention[];
  /** how surname-only persons were joined to it */
  evidence: Evidence[];
  firstSeen: string | null;
  lastSeen: string | null;
}

/** the corpus entity id of each record entity, keyed `${record}#${entity}` (absent when unknown) */
export async function corpusEntityIds(
  store: Store,
  refs: readonly { record: string; entity: string }[],
): Promise<Map<string, string>> {
  const keys = [...new Set(refs.map((r) => `${r.record}#${r.entity}`))];
  const anchors = new Map([...(await linksOf(store, keys))].map(([ref, l]) => [ref, l.anchor]));
  const groupOf = await resolveAnchors(store, [...anchors.values()]);
  const out = new Map<string, string>();
  for (const [ref, anchor] of anchors) out.set(ref, groupOf.get(anchor) ?? anchor);
  return out;
}

const count = <T>(items: readonly T[]) => {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
};

/** surname-only persons (local anchors) that story evidence joins to the entity `id` */
async function storyJoined(
  store: Store,
  id: string,
  keys: readonly string[],
): Promise<Map<string, Evidence>> {
  const surnames = [
    ...new Set(
      keys.filter((k) => k.startsWith('person:')).map((k) => k.split(' ').pop() as string),
    ),
  ].map((s) => s.replace(/^person:/, ''));
  if (surnames.length === 0) return new Map();
  const candidates: { record: string; anchor: string; surname: string }[] = [];
  for (const row of await store.corpus.get(SURNAME_ONLY, surnames))
    for (const anchor of row.value as string[])
      if (!keys.includes(anchor)) candidates.push({ record: row.record, anchor, surname: row.key });
  const country = new Map<string, string | null>();
  for (const link of (
    await linksOf(
      store,
      candidates.map((c) => c.anchor.slice(1)),
    )
  ).values())
    country.set(link.anchor, link.country ?? null);
  const refs: SurnameRef[] = candidates.map((c) => ({
    ...c,
    country: country.get(c.anchor) ?? null,
  }));
  const alone = await ENTITIES.groupsOf(
    store,
    refs.map((r) => r.anchor),
  );
  const evidence = await storySurnames(
    store,
    refs.filter((r) => alone.get(r.anchor) === r.anchor),
  );
  const target = await ENTITIES.groupsOf(store, [
    ...new Set([...evidence.values()].map((e) => e.to)),
  ]);
  return new Map([...evidence].filter(([, e]) => (target.get(e.to) ?? e.to) === id));
}

/** one corpus entity with its mentions, or null when the id names none */
export async function corpusEntity(store: Store, id: string): Promise<CorpusEntity | null> {
  if (id.startsWith('~')) {
    // a surname alone that its story now gives to a full name is read as that person
    const to = (await resolveAnchors(store, [id])).get(id);
    if (to && to !== id) return corpusEntity(store, to);
  }
  const keys = await ENTITIES.members(store, id);
  // people named by surname alone whose story gives them one of this entity's full names
  const joined = await storyJoined(store, id, keys);
  const rows = [
    ...(await store.corpus.get(MENTION, keys)),
    ...(await store.corpus.get(MENTION, [...joined.keys()])).filter(
      (row) => joined.get(row.key)?.record === row.record,
    ),
  ];
  if (rows.length === 0) return null;
  const mentions: CorpusMention[] = [];
  for (const row of rows)
    for (const m of row.value as MentionRow[])
      mentions.push({ ...m, record: row.record, anchor: row.key });
  mentions.sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      a.record.localeCompare(b.record) ||
      a.entity.localeCompare(b.entity),
  );
  const names = count(mentions.map((m) => m.name));
  const written = count(mentions.flatMap((m) => [m.name, ...m.aliases])).map(([n]) => n);
  const dates = mentions.map((m) => m.published).filter((d): d is string => d !== null);
  const evidence = [
    ...(await store.corpus.get(EVIDENCE, keys)).flatMap((row) => row.value as Evidence[]),
    ...joined.values(),
  ];
  return {
    id,
    name: names[0]?.[0] ?? id,
    aliases: written.filter((n) => n !== names[0]?.[0]),
    types: Object.fromEntries(count(mentions.map((m) => m.type))),
    keys,
    mentions,
    evidence,
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
  };
}

/**
 * Corpus entities with an alias matching `name` (case-insensitive, also after the normalisation
 * of entity-merge.json: titles, 'the', place words), or people with it as surname, most
 * mentioned first.
 */
export async function findEntities(
  store: Store,
  name: string,
  opts: { maxLocal?: number } = {},
): Promise<CorpusEntity[]> {
  const forms = aliasForms(name);
  if (forms.length === 0) return [];
  const anchors = new Set<string>();
  for (const row of await store.corpus.get(ALIAS, forms))
    for (const a of row.value as string[]) anchors.add(a);
  // one word may be a surname: the people with that surname in full ('Syrskyi')
  const words = forms.filter((f) => !f.includes(' '));
  for (const row of await store.corpus.get(SURNAME, words))
    for (const f of fullNames(row.value)) anchors.add(f.key);
  const all = [...new Set((await resolveAnchors(store, [...anchors])).values())].sort();
  // entities of one article each ('officials', a surname alone) can be thousands: the first
  // maxLocal of them only, after every entity named across articles
  const ids = [
    ...all.filter((id) => !id.startsWith('~')),
    ...all.filter((id) => id.startsWith('~')).slice(0, opts.maxLocal ?? 50),
  ];
  const out: CorpusEntity[] = [];
  for (const id of ids) {
    const e = await corpusEntity(store, id);
    if (e) out.push(e);
  }
  return out.sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id));
}
