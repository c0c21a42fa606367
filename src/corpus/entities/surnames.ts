/**
 * Story evidence for people named by surname alone, read at lookup time. A surname-only person
 * ('Syrskyi') is the person of the one full name with that surname ('Oleksandr Syrskyi') in the
 * records of its story cluster (groups('stories'), kept by src/corpus/clusters); with no story,
 * none or two such full names ('Anna Syrskyi' too), or a country on both sides that differs, it
 * stays its own entity. It is decided
 * on every read from the rows as they are, never stored as a union, so a full name that arrives
 * later and makes the surname ambiguous undoes the join: the result is the same in any ingest
 * order (a union, once made, could not be undone). Same-record evidence, fixed by the record
 * alone, is joined at ingest (stage.ts).
 */
import type { Store } from '../../store/store.js';
import { ENTITIES, SURNAME, fullNames, linksOf, type Evidence } from './rows.js';

export interface SurnameRef {
  record: string;
  /** the local key of the surname-only record entity */
  anchor: string;
  surname: string;
  /** the country its record gives it, if any */
  country: string | null;
}

/** local anchor -> the full-name key its story gives it (absent when none or ambiguous) */
export async function storySurnames(
  store: Store,
  refs: readonly SurnameRef[],
): Promise<Map<string, Evidence>> {
  const out = new Map<string, Evidence>();
  if (refs.length === 0) return out;
  const storyOf = new Map<string, string>();
  // records in a story of two or more (groups.ts: one `stories:group` row per member)
  for (const row of await store.corpus.ofRecords('stories:group', [
    ...new Set(refs.map((r) => r.record)),
  ]))
    storyOf.set(row.record, row.key);
  if (storyOf.size === 0) return out;
  const memberOf = new Map<string, string>();
  for (const row of await store.corpus.get('stories:group', [...new Set(storyOf.values())]))
    memberOf.set(row.record, row.key);
  // story|surname -> full-name key -> the countries its records give it
  const fullKeys = new Map<string, Map<string, Set<string>>>();
  for (const row of await store.corpus.get(SURNAME, [...new Set(refs.map((r) => r.surname))])) {
    const story = memberOf.get(row.record);
    if (!story) continue;
    const id = `${story}|${row.key}`;
    const keys = fullKeys.get(id) ?? new Map<string, Set<string>>();
    for (const f of fullNames(row.value)) {
      const countries = keys.get(f.key) ?? new Set<string>();
      if (f.country) countries.add(f.country);
      keys.set(f.key, countries);
    }
    fullKeys.set(id, keys);
  }
  for (const ref of refs) {
    const story = storyOf.get(ref.record);
    const keys = story ? fullKeys.get(`${story}|${ref.surname}`) : undefined;
    const countries = keys?.size === 1 ? ([...keys.values()][0] as Set<string>) : null;
    // a country on both sides that differs is evidence of another person
    const clash = !!ref.country && !!countries && countries.size > 0 && !countries.has(ref.country);
    if (story && keys?.size === 1 && !clash)
      out.set(ref.anchor, {
        to: [...keys.keys()][0] as string,
        rule: 'same-story-surname',
        record: ref.record,
        story,
      });
  }
  return out;
}

/**
 * The corpus entity id of each anchor key: its group, or for a surname-only person still on its
 * own, the group of the full name its story gives it.
 */
export async function resolveAnchors(
  store: Store,
  anchors: readonly string[],
): Promise<Map<string, string>> {
  const out = await ENTITIES.groupsOf(store, [...new Set(anchors)]);
  const alone = [...out].filter(([a, g]) => a === g && a.startsWith('~')).map(([a]) => a);
  if (alone.length === 0) return out;
  const refs: SurnameRef[] = [];
  for (const [ref, link] of await linksOf(
    store,
    alone.map((a) => a.slice(1)),
  )) {
    if (link.surname)
      refs.push({
        record: ref.slice(0, ref.lastIndexOf('#')),
        anchor: link.anchor,
        surname: link.surname,
        country: link.country ?? null,
      });
  }
  const evidence = await storySurnames(store, refs);
  if (evidence.size === 0) return out;
  const target = await ENTITIES.groupsOf(store, [
    ...new Set([...evidence.values()].map((e) => e.to)),
  ]);
  for (const [anchor, e] of evidence) out.set(anchor, target.get(e.to) ?? e.to);
  return out;
}
