/**
 * Timelines (src/corpus/timeline/build.ts) on records built by the real pipeline: event time
 * before publication order, unknown times last, roles, one entry per event cluster with its
 * independent-source count, and the date bounds.
 */
import { describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/core/record.js';
import { buildTimeline } from '../../src/corpus/timeline/build.js';
import { article } from '../fixtures/corpus/build.js';

/** the record entity ids named `name` in each record */
const idsOf = (records: SitrepRecord[], name: string) =>
  new Map(
    records.map((r) => [
      r.id,
      new Set(
        r.entities.filter((e) => e.name === name || e.aliases.includes(name)).map((e) => e.id),
      ),
    ]),
  );
const typed = (r: SitrepRecord, type: string) => r.events.find((e) => e.type === type)!;

// published later, but about an earlier strike
const late = article(
  '2025-02-10',
  'Writes BBC.',
  'Russian forces struck Kharkiv with missiles on 5 January 2025, officials said.',
);
const early = article(
  '2025-01-20',
  'Writes Reuters.',
  'Russian forces captured the village of Velyka Novosilka in the Donetsk region on 18 January 2025, officials said.',
);
const undated = article(
  '2025-01-25',
  'Writes UNN.',
  'Russian forces shelled Kherson, the governor said.',
);

describe('timelines', () => {
  it('order events by when they happened, not by publication; unknown times last', () => {
    const records = [early, late, undated];
    const t = buildTimeline({ records, entityIds: idsOf(records, 'Russia') });
    const types = t.map((e) => [e.when, e.type]);
    expect(types[0]).toEqual(['2025-01-05', 'attack']);
    expect(types[1]).toEqual(['2025-01-18', 'territorial-change']);
    expect(t.findIndex((e) => e.when === null)).toBe(
      t.length - t.filter((e) => e.when === null).length,
    );
    expect(t[0]!.whenRule).toBe('event-time');
    expect(t[0]!.firstReport.outlet).toBe('BBC');
  });
  it('record how the entity takes part: actor, place, or mentioned in the sentence', () => {
    const t = buildTimeline({ records: [late], entityIds: idsOf([late], 'Kharkiv') });
    expect(t).toHaveLength(1);
    expect(t[0]!.roles.some((r) => r === 'place' || r === 'target' || r === 'mentioned')).toBe(
      true,
    );
    expect(buildTimeline({ records: [late], entityIds: idsOf([late], 'Donetsk region') })).toEqual(
      [],
    );
  });
  it('give one entry per event cluster, with its independent sources (relays count once)', () => {
    const bbc = article(
      '2025-02-10',
      'Writes BBC.',
      'Russian forces struck Kharkiv with missiles on 5 January 2025, officials said.',
    );
    const relay = article(
      '2025-02-11',
      'Transmits UNN with reference to BBC.',
      'Russian forces struck Kharkiv with missiles on 5 January 2025, officials said.',
    );
    const own = article(
      '2025-02-11',
      'Writes Ukrinform.',
      'Russian missiles struck Kharkiv on 5 January 2025, the regional governor said.',
    );
    const records = [bbc, relay, own];
    const members = records.map((r) => `${r.id}#${typed(r, 'attack').id}`);
    const clusterOf = new Map(members.map((m) => [m, members.slice().sort()[0]!]));
    const t = buildTimeline({ records, entityIds: idsOf(records, 'Kharkiv'), clusterOf });
    expect(t).toHaveLength(1);
    expect(t[0]!.reports).toHaveLength(3);
    expect(t[0]!.independent).toBe(2);
    expect(t[0]!.sources.map((s) => s.path).sort()).toEqual([
      'BBC → officials (anonymous)',
      'Ukrinform → the regional governor',
    ]);
    // without the cluster each report is its own entry with one source
    expect(
      buildTimeline({ records, entityIds: idsOf(records, 'Kharkiv') }).map((e) => e.independent),
    ).toEqual([1, 1, 1]);
  });
  it('keep entries within --since/--until (a month-dated entry counts within its month)', () => {
    const records = [early, late, undated];
    const entityIds = idsOf(records, 'Russia');
    const t = buildTimeline({ records, entityIds, since: '2025-01-10', until: '2025-01-31' });
    expect(t.map((e) => e.when)).not.toContain('2025-01-05');
    expect(t.map((e) => e.when)).toContain('2025-01-18');
  });
});
