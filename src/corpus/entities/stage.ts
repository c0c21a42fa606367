/**
 * Corpus stage "entities": one corpus entity per real actor or place across articles. Each
 * record entity is filed under its keys (keys.ts: ISO country, full name, normalised name or
 * alias, GeoNames position) and the keys are joined in groups('entities'), so the same keys in
 * any order or batching give the same corpus entities with the same ids. A person named by
 * surname alone joins a full name only with evidence (data/corpus/entity-merge.json#people):
 * exactly one full name with that surname in the same record (joined here), or in the same
 * story cluster (groups('stories'), read at lookup time: surnames.ts, so that the story clusters
 * built after this stage count and a later second full name undoes the join). A record that cannot be read is
 * skipped with a warning, never failing the batch.
 */
import type { Entity, SitrepRecord } from '../../core/record.js';
import type { CorpusRow, Store } from '../../store/store.js';
import type { CorpusStage } from '../stage.js';
import { entityKeys, type EntityKeys } from './keys.js';
import {
  ALIAS,
  ENTITIES,
  EVIDENCE,
  LINK,
  MENTION,
  SURNAME,
  SURNAME_ONLY,
  aliasForms,
  type Evidence,
  type FullName,
  type LinkRow,
  type MentionRow,
} from './rows.js';

interface Filed {
  record: SitrepRecord;
  entity: Entity;
  keys: EntityKeys;
}

function fileRecord(record: SitrepRecord): Filed[] {
  const out: Filed[] = [];
  for (const entity of Array.isArray(record.entities) ? record.entities : []) {
    if (!entity || typeof entity.id !== 'string' || typeof entity.name !== 'string') continue;
    out.push({ record, entity, keys: entityKeys(record.id, entity) });
  }
  return out;
}

/** rows (kind, key, record) whose values are lists, merged per row */
class RowSet {
  private rows = new Map<string, CorpusRow>();
  add(kind: string, key: string, record: string, item: unknown): void {
    const id = `${kind}\u0000${key}\u0000${record}`;
    const row = this.rows.get(id) ?? { kind, key, record, value: [] };
    const list = row.value as unknown[];
    const s = JSON.stringify(item);
    if (!list.some((x) => JSON.stringify(x) === s)) list.push(item);
    this.rows.set(id, row);
  }
  set(kind: string, key: string, record: string, value: unknown): void {
    this.rows.set(`${kind}\u0000${key}\u0000${record}`, { kind, key, record, value });
  }
  all(): CorpusRow[] {
    return [...this.rows.values()];
  }
}

function mentionRow(f: Filed): MentionRow {
  const e = f.entity;
  const first = Array.isArray(e.mentions) ? e.mentions[0] : undefined;
  return {
    entity: e.id,
    name: e.name,
    type: e.type,
    aliases: Array.isArray(e.aliases) ? e.aliases : [],
    role: typeof e.role === 'string' ? e.role : null,
    country: typeof e.country === 'string' ? e.country : null,
    mentions: Array.isArray(e.mentions) ? e.mentions.length : 0,
    first: first
      ? { start: first.start, end: first.end, text: first.text, rule: first.rule }
      : null,
    outlet: f.record.outlet,
    published: f.record.published,
    rule: f.keys.rule,
  };
}

/** surname-only persons of one record joined to the one full name of that surname in it */
function sameRecordEvidence(filed: readonly Filed[]): [string, Evidence][] {
  const full = new Map<string, Set<string>>();
  for (const f of filed)
    for (const [surname, key] of f.keys.fullNames) {
      const set = full.get(surname) ?? new Set<string>();
      set.add(key);
      full.set(surname, set);
    }
  const out: [string, Evidence][] = [];
  for (const f of filed) {
    const s = f.keys.surnameOnly;
    const keys = s ? full.get(s) : undefined;
    if (keys?.size === 1)
      out.push([
        f.keys.anchor,
        { to: [...keys][0] as string, rule: 'same-record-surname', record: f.record.id },
      ]);
  }
  return out;
}

export async function updateEntities(store: Store, added: readonly SitrepRecord[]): Promise<void> {
  const rows = new RowSet();
  const links: [string, string][] = [];
  const members: string[] = [];
  const evidence: [string, Evidence][] = [];
  for (const record of added) {
    let filed: Filed[];
    try {
      filed = fileRecord(record);
    } catch (err) {
      console.warn(`entities: record ${record.id} skipped: ${(err as Error).message}`);
      continue;
    }
    const linkOf: Record<string, LinkRow> = {};
    for (const f of filed) {
      const { anchor, keys } = f.keys;
      members.push(anchor);
      for (const k of keys.slice(1)) links.push([anchor, k]);
      const link: LinkRow = {
        anchor,
        rule: f.keys.rule,
        ...(f.keys.surnameOnly
          ? {
              surname: f.keys.surnameOnly,
              country: typeof f.entity.country === 'string' ? f.entity.country : null,
            }
          : {}),
      };
      linkOf[f.entity.id] = link;
      rows.add(MENTION, anchor, record.id, mentionRow(f));
      // common nouns ('officials', 'the front') are not looked up by name across articles
      if (f.keys.rule !== 'local:nominal')
        for (const alias of new Set([f.entity.name, ...(f.entity.aliases ?? [])]))
          for (const form of aliasForms(alias, f.entity.type))
            rows.add(ALIAS, form, record.id, anchor);
      if (f.keys.surnameOnly) {
        rows.add(SURNAME_ONLY, f.keys.surnameOnly, record.id, anchor);
      }
      const country = typeof f.entity.country === 'string' ? f.entity.country : null;
      for (const [surname, key] of f.keys.fullNames) {
        const item: FullName = { key, country };
        rows.add(SURNAME, surname, record.id, item);
      }
    }
    if (filed.length > 0) rows.set(LINK, record.id, record.id, linkOf);
    evidence.push(...sameRecordEvidence(filed));
  }
  await store.corpus.apply({ put: rows.all() });
  const ev = new RowSet();
  for (const [anchor, e] of evidence) {
    links.push([anchor, e.to]);
    ev.add(EVIDENCE, anchor, e.record, e);
  }
  if (evidence.length > 0) await store.corpus.apply({ put: ev.all() });
  await ENTITIES.link(store, links, members);
}

export const entitiesStage: CorpusStage = { name: 'entities', update: updateEntities };
