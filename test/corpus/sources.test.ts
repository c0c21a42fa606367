/**
 * Independent sources (src/corpus/sources): one test per counting rule, on records built by the
 * real pipeline from short articles, so the paths come from real provenance and attributions.
 */
import { describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/core/record.js';
import { independentSources, type Report } from '../../src/corpus/sources/independent.js';
import { formatPath, sourcePath } from '../../src/corpus/sources/path.js';
import { article } from '../fixtures/corpus/build.js';

const CAPTURE = 'Russian forces captured the village of Velyka Novosilka';

/** every typed event of a record as one report */
const reportsOf = (r: SitrepRecord): Report[] =>
  r.events
    .filter((e) => e.type === 'territorial-change')
    .map((e) => ({ record: r, ref: e.id, attributions: e.attributions }));
const count = (records: SitrepRecord[], opts = {}) =>
  independentSources(records.flatMap(reportsOf), opts);

const reuters = article('2025-02-01', `KYIV, Feb 1 (Reuters) - ${CAPTURE}, officials said.`);
const unnRelayingReuters = article(
  '2025-02-01',
  'Transmits UNN with reference to Reuters.',
  `${CAPTURE}, officials said.`,
);
const kyivCitingReuters = article(
  '2025-02-01',
  'Writes Kyiv Independent.',
  `${CAPTURE}, Reuters reported, citing officials.`,
);
const bbcOwn = article('2025-02-01', 'Writes BBC.', `${CAPTURE}, officials said.`);

describe('source paths', () => {
  it('run publisher -> relayed outlet -> source, from provenance and from attributions', () => {
    const [a] = reportsOf(unnRelayingReuters);
    expect(formatPath(sourcePath(unnRelayingReuters, a!.attributions[0] ?? null))).toBe(
      'UNN → Reuters → officials (anonymous)',
    );
    const [b] = reportsOf(kyivCitingReuters);
    expect(formatPath(sourcePath(kyivCitingReuters, b!.attributions[0] ?? null))).toBe(
      'Kyiv Independent → Reuters → officials (anonymous)',
    );
  });
  it('cut a via cycle instead of looping', () => {
    const r = structuredClone(kyivCitingReuters);
    for (const a of r.attributions) a.via = r.attributions.find((b) => b.id !== a.id)?.id ?? null;
    const path = sourcePath(r, r.attributions[0]!.id);
    expect(path.length).toBeLessThanOrEqual(1 + r.attributions.length);
  });
});

describe('independent sources', () => {
  it('an outlet relaying another by a credit line adds no independence (sources#relay)', () => {
    const got = count([reuters, unnRelayingReuters]);
    expect(got.count).toBe(1);
    expect(got.chains[0]!.key).toBe('outlet:reuters');
    expect(got.chains[0]!.rule).toContain('sources#relay');
    expect(got.chains[0]!.records).toEqual([reuters.id, unnRelayingReuters.id].sort());
  });
  it('an attribution to an outlet ("Reuters reported, citing officials") is a relay too', () => {
    expect(count([reuters, kyivCitingReuters]).count).toBe(1);
    expect(count([reuters, unnRelayingReuters, kyivCitingReuters]).count).toBe(1);
  });
  it('anonymous officials count once per outlet reporting independently (sources#unnamed-per-outlet)', () => {
    const got = count([reuters, bbcOwn, unnRelayingReuters, kyivCitingReuters]);
    expect(got.count).toBe(2);
    expect(got.chains.map((c) => c.origin).sort()).toEqual(['BBC', 'Reuters']);
  });
  it('two outlets citing the same named official count once (sources#named)', () => {
    const unn = article('2025-02-01', 'Writes UNN.', `General Oleksandr Syrskyi said ${CAPTURE}.`);
    const ukr = article('2025-02-01', 'Writes Ukrinform.', `${CAPTURE}, Oleksandr Syrskyi said.`);
    const got = count([unn, ukr]);
    expect(got.count).toBe(1);
    expect(got.chains[0]!.rule).toBe('sources#named');
    expect(got.chains[0]!.key).toBe('named:oleksandr syrskyi');
    // a different named official is a second chain, and an outlet's officials a third
    const other = article(
      '2025-02-01',
      'Writes UNN.',
      `Defence Minister Rustem Umerov said ${CAPTURE}.`,
    );
    expect(count([unn, ukr, other, reuters]).count).toBe(3);
  });
  it('a role noun without a name ("the regional governor") is unnamed: once per outlet', () => {
    const a = article('2025-02-01', 'Writes UNN.', `${CAPTURE}, the regional governor said.`);
    const b = article('2025-02-01', 'Writes Ukrinform.', `${CAPTURE}, the regional governor said.`);
    const got = count([a, b]);
    expect(got.count).toBe(2);
    expect(got.chains.every((c) => c.rule.startsWith('sources#unnamed-per-outlet'))).toBe(true);
    // unnamed is not anonymous: the governor did not ask to stay unnamed
    expect(got.chains.map((c) => c.path).sort()).toEqual([
      'UNN → the regional governor',
      'Ukrinform → the regional governor',
    ]);
  });

  it('an institution named through its country ("Russia\'s defence ministry") is named: once', () => {
    const said = `${CAPTURE}, Russia's defence ministry said.`;
    const a = article('2025-02-01', 'Writes UNN.', said);
    const b = article('2025-02-01', 'Writes Ukrinform.', said);
    const got = count([a, b]);
    expect(got.count).toBe(1);
    expect(got.chains[0]!.rule).toMatch(/^sources#named/);
  });
  it('a named source keyed by corpus entity merges spellings the names alone keep apart', () => {
    const a = article('2025-02-01', 'Writes UNN.', `General Oleksandr Syrskyi said ${CAPTURE}.`);
    const b = article('2025-02-01', 'Writes Ukrinform.', `${CAPTURE}, Oleksandr Syrsky said.`);
    expect(count([a, b]).count).toBe(2);
    const person = (r: SitrepRecord, id: string) =>
      r.entities.find((e) => e.id === id)?.type === 'person' ? 'syrskyi' : null;
    const byId = new Map([a, b].map((r) => [r.id, r]));
    const entityKey = (rid: string, eid: string) => person(byId.get(rid)!, eid);
    expect(count([a, b], { entityKey }).count).toBe(1);
  });
  it('a copy adds no independence, even without a credit line (sources#copy)', () => {
    const copy = article('2025-02-01', 'Writes Ukrinform.', `${CAPTURE}, officials said.`);
    expect(count([bbcOwn, copy]).count).toBe(2); // unknown as a copy: two outlets' officials
    const originals = new Map([
      [copy.id, { id: bbcOwn.id, outlet: bbcOwn.outlet, provenance: bbcOwn.provenance }],
    ]);
    const got = count([bbcOwn, copy], { originals });
    expect(got.count).toBe(1);
    expect(got.copies).toEqual([copy.id]);
    expect(got.chains[0]!.rule).toContain('sources#copy');
    expect(got.chains[0]!.path).toBe('BBC → officials (anonymous)');
  });
  it('an outlet reporting on its own is its own chain', () => {
    const own = article('2025-02-01', 'Writes Ukrinform.', `${CAPTURE} on Saturday.`);
    const got = count([own, reuters]);
    expect(got.count).toBe(2);
    expect(got.chains.find((c) => c.origin === 'Ukrinform')!.path).toBe('Ukrinform');
  });
});
