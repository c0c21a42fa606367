/**
 * Corpus stage "stories": articles that report the same story, kept as `groups('stories')`
 * (members record ids).
 *
 * Incremental and order-free: each added record's profile (profile.ts) and blocking keys are
 * stored; its candidates are the stored records sharing a key in its publication week or the
 * other week its 3-day date window reaches; each candidate pair is tested on the two profiles alone
 * (test below: dates, cosine, a shared entity, a stricter cosine within one outlet, and for two
 * short reports more in common than one entity; never the groups, which would chain), so
 * the links do not depend on ingest order or batching. The links' connected components
 * (`groups('stories:linked')`) are then split into stories by average link (average-link.ts)
 * over the cosines of all their pairs, each component touched by a batch recomputed whole, so
 * one bridging pair does not join two stories and the stories stay order-free. Copies
 * (`groups('copies')`) always join their original's story.
 *
 * Rows:
 * - `stories:profile` key record id -> StoryProfile
 * - `stories:key` key `<week>|<term>|<term>`, record = the record holding it
 * - `stories:pair` key the smaller record id, record = the other -> PairReason (one row a pair),
 *   every candidate pair at or above `nearSimilarity` (but one outlet's pairs below
 *   `sameOutletSimilarity`): `story` says whether it links the two
 *   stories, `rule` and `similarity` why. Event clustering compares the events of these pairs.
 */
import settings from '../../../data/corpus/cluster-settings.json' with { type: 'json' };
import type { SitrepRecord } from '../../core/record.js';
import type { CorpusRow, Store } from '../../store/store.js';
import { groups } from '../groups.js';
import type { CorpusStage } from '../stage.js';
import { averageLink } from './average-link.js';
import { cosine, foldTerm, storyProfile, termPairs, weekOf, type StoryProfile } from './profile.js';

export const STORIES = groups('stories');
/** the connected components of the pairwise story links, which average link then splits */
const LINKED = groups('stories:linked');
const COPIES = groups('copies');

export const PROFILE = 'stories:profile';
const KEY = 'stories:key';
export const PAIR = 'stories:pair';

export interface PairReason {
  similarity: number;
  /** named entities both articles mention */
  shared: string[];
  /** true when the pair is one story */
  story: boolean;
  rule: string;
}

/** days since 1970-01-01 (a Thursday) -> a week number starting on Mondays */
const isoWeek = (day: number) => Math.floor((day + 3) / 7);

/** The pairwise story test: on the two profiles only (never on what else is stored). */
export function storyTest(a: StoryProfile, b: StoryProfile): PairReason | null {
  const s = settings.stories;
  if ((a.day === null) !== (b.day === null)) return null;
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > s.windowDays) return null;
  const similarity = cosine(a, b);
  if (similarity < s.nearSimilarity) return null;
  // a story spans one calendar week (Monday to Sunday) unless the two reports are very close:
  // single links would otherwise chain months of daily coverage into one story
  const crossWeek = a.day !== null && b.day !== null && isoWeek(a.day) !== isoWeek(b.day);
  if (crossWeek && similarity < s.crossWeekSimilarity) {
    return { similarity, shared: [], story: false, rule: 'stories/other-week' };
  }
  // one outlet's reports share its rubrics, bylines and recurring (live-blog) titles: two of
  // them are one story only when much closer than two outlets' reports, and are not kept as
  // near either (their events would be compared for sharing a rubric; 59% of RUWA's pairs)
  const sameOutlet = a.outlet !== null && a.outlet === b.outlet;
  if (sameOutlet && similarity < s.sameOutletSimilarity) return null;
  const other = new Set(b.entities);
  const shared = a.entities.filter((e) => other.has(e));
  const named = a.entities.length > 0 && b.entities.length > 0;
  if (similarity < s.minSimilarity) {
    return { similarity, shared, story: false, rule: 'stories/near' };
  }
  if (named && shared.length === 0) {
    return { similarity, shared, story: false, rule: 'stories/no-shared-entity' };
  }
  // between short reports (headlines, a lead), one shared name or word (a city, a leader) is
  // a topic, not a story: what the two share beyond it must still reach `minResidual`
  const short = (p: StoryProfile) => p.words !== undefined && p.words < s.shortWords;
  if (short(a) && short(b) && similarity - topShared(a, b) < s.minResidual) {
    return { similarity, shared, story: false, rule: 'stories/one-term' };
  }
  const rule = named ? 'stories/terms+entity' : 'stories/terms';
  return { similarity, shared, story: true, rule };
}

/**
 * the largest contribution to the cosine of two profiles of one shared thing: a term, or a
 * shared entity together with its own words ("@donetsk region", "donetsk", "region")
 */
function topShared(a: StoryProfile, b: StoryProfile): number {
  const part = new Map<string, number>();
  for (const [t, w] of Object.entries(a.terms)) {
    const v = w * (b.terms[t] ?? 0);
    if (v > 0) part.set(t, v);
  }
  let top = 0;
  for (const [t, v] of part) {
    let sum = v;
    if (t.startsWith('@')) {
      for (const w of t.slice(1).split(/[\s-]+/)) {
        const f = foldTerm(w);
        if (f !== t) sum += part.get(f) ?? 0;
      }
    }
    top = Math.max(top, sum);
  }
  return top;
}

/** the blocking keys a profile is stored under */
export const storedKeys = (p: StoryProfile) => termPairs(p).map((k) => `${weekOf(p.day)}|${k}`);

/**
 * the keys to look candidates up by: those of the weeks its date window (`windowDays` either
 * side) reaches, two weeks at most; a record farther away would fail the date test anyway
 */
export function candidateKeys(p: StoryProfile): string[] {
  if (p.day === null) return storedKeys(p);
  const weeks = new Set<string>();
  const w = settings.stories.windowDays;
  for (let d = p.day - w; d <= p.day + w; d++) weeks.add(weekOf(d));
  const pairs = termPairs(p);
  const out: string[] = [];
  for (const week of weeks) for (const k of pairs) out.push(`${week}|${k}`);
  return out;
}

export const storiesStage: CorpusStage = {
  name: 'stories',
  async update(store, added) {
    const records = added.filter((r) => r && typeof r.id === 'string');
    if (records.length === 0) return;
    const profiles = new Map<string, StoryProfile>();
    for (const r of records) profiles.set(r.id, safeProfile(r));
    const ids = [...profiles.keys()];
    const put: CorpusRow[] = [];
    for (const [id, p] of profiles) {
      put.push({ kind: PROFILE, key: id, record: id, value: p });
      for (const k of storedKeys(p)) put.push({ kind: KEY, key: k, record: id, value: null });
    }
    await store.corpus.apply({ remove: [{ kind: PROFILE, keys: ids }], put });

    // candidates: stored records (this batch included) sharing a key
    const wanted = new Map<string, Set<string>>();
    const allKeys = new Set<string>();
    const lookups = new Map<string, string[]>();
    for (const [id, p] of profiles) {
      const keys = candidateKeys(p);
      lookups.set(id, keys);
      for (const k of keys) allKeys.add(k);
    }
    const holders = new Map<string, string[]>();
    for (const row of await store.corpus.get(KEY, [...allKeys])) {
      const list = holders.get(row.key) ?? [];
      list.push(row.record);
      holders.set(row.key, list);
    }
    for (const id of profiles.keys()) {
      const set = new Set<string>();
      for (const k of lookups.get(id) ?? [])
        for (const other of holders.get(k) ?? []) set.add(other);
      set.delete(id);
      wanted.set(id, set);
    }
    const need = [...new Set([...wanted.values()].flatMap((s) => [...s]))].filter(
      (id) => !profiles.has(id),
    );
    const stored = new Map(profiles);
    for (const row of await store.corpus.get(PROFILE, need)) {
      stored.set(row.key, row.value as StoryProfile);
    }
    const pairRows: CorpusRow[] = [];
    const links: [string, string][] = [];
    for (const [id, set] of wanted) {
      const p = profiles.get(id) as StoryProfile;
      for (const other of set) {
        // a pair within the batch is tested once, from its smaller id
        if (profiles.has(other) && other < id) continue;
        const q = stored.get(other);
        if (!q) continue;
        const reason = storyTest(p, q);
        if (!reason) continue;
        const [lo, hi] = id < other ? [id, other] : [other, id];
        pairRows.push({ kind: PAIR, key: lo, record: hi, value: reason });
        if (reason.story) links.push([id, other]);
      }
    }
    if (pairRows.length > 0) await store.corpus.apply({ put: pairRows });
    // a copy is in its original's story
    for (const [id, group] of await COPIES.groupsOf(store, ids)) {
      if (group !== id) links.push([id, group]);
      else for (const m of await COPIES.members(store, group)) if (m !== id) links.push([id, m]);
    }
    await LINKED.link(store, links, ids);
    // each linked component touched is split into stories by average link, recomputed whole
    // from its stored pairs, so the stories do not depend on the order the links came in
    // (a record with no link now and in no component of two or more is its own story: it
    // has no rows to rewrite, so it is skipped: most records of a batch)
    const linked = new Set(links.flat());
    const components = new Set<string>();
    for (const [id, component] of await LINKED.groupsOf(store, ids)) {
      if (linked.has(id) || component !== id) components.add(component);
    }
    for (const component of [...components].sort()) {
      const members = await LINKED.members(store, component);
      await STORIES.assign(store, members, await splitComponent(store, members, stored));
    }
  },
};

/**
 * the stories of one linked component: average link over the cosines of all its pairs (a pair
 * below `nearSimilarity` counts 0), copies kept together. Above `maxAverageLink` members the
 * cosines of the stored candidate pairs only (the component is then too large to compare all
 * pairs; its size, not the order of ingest, decides which)
 */
export async function splitComponent(
  store: Store,
  members: readonly string[],
  known: ReadonlyMap<string, StoryProfile> = new Map(),
): Promise<string[][]> {
  if (members.length < 2) return [[...members]];
  const s = settings.stories;
  const pairs: [string, string, number][] = [];
  if (members.length <= s.maxAverageLink) {
    const missing = members.filter((m) => !known.has(m));
    const profiles = [
      ...members.flatMap((m) => {
        const p = known.get(m);
        return p ? [[m, p] as const] : [];
      }),
      ...(await store.corpus.get(PROFILE, missing)).map(
        (r) => [r.key, r.value as StoryProfile] as const,
      ),
    ];
    // each profile's terms listed once (cosine() lists them at every call)
    const terms = profiles.map(([, p]) => Object.entries(p.terms));
    for (let i = 0; i < profiles.length; i++) {
      const [a] = profiles[i] as readonly [string, StoryProfile];
      const ta = terms[i] as [string, number][];
      for (let j = i + 1; j < profiles.length; j++) {
        const [b, pb] = profiles[j] as readonly [string, StoryProfile];
        let dot = 0;
        for (const [t, w] of ta) dot += w * (pb.terms[t] ?? 0);
        // rounded as cosine() rounds, so a pair weighs the same here as in the pair test
        const sim = Math.round(dot * 1e6) / 1e6;
        if (sim >= s.nearSimilarity) pairs.push([a, b, sim]);
      }
    }
  } else {
    const inside = new Set(members);
    const rows = [
      ...(await store.corpus.get(PAIR, members)),
      ...(await store.corpus.ofRecords(PAIR, members)),
    ];
    for (const row of rows) {
      if (!inside.has(row.key) || !inside.has(row.record)) continue;
      pairs.push([row.key, row.record, (row.value as PairReason).similarity]);
    }
  }
  const copies = new Map<string, string[]>();
  for (const [m, g] of await COPIES.groupsOf(store, members)) {
    copies.set(g, [...(copies.get(g) ?? []), m]);
  }
  return averageLink(members, pairs, settings.stories.averageSimilarity, [...copies.values()]);
}

/** a record whose layers are damaged still gets a (possibly empty) profile */
function safeProfile(r: SitrepRecord): StoryProfile {
  try {
    return storyProfile(r);
  } catch {
    return {
      terms: {},
      entities: [],
      day: null,
      outlet: r.outlet ?? null,
      published: null,
      title: null,
    };
  }
}
