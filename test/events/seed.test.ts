/**
 * The seed article (published 2025-01-31), run through the default preset, holds the events
 * issue 6 lists. Checks on linked ids (actors, place, time expression, figures, attribution)
 * apply when the layer they point into is in the preset; the argument phrases are checked always.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRecord } from '../../src/core/build.js';
import type { EventRecord, SitrepRecord } from '../../src/core/record.js';
import { readInputs } from '../../src/ingest/index.js';
import { defaultStages, pipelineFor } from '../../src/presets/default.js';
import { formatEvents } from '../../src/stages/events/format.js';
import { ROOT, shared, spansOf } from '../helpers.js';

const SHARED_SEED = shared('corpus/seed/000_8968b0838309d791.txt');
const LOCAL_SEED = path.join(ROOT, 'test/golden/seed/article.txt');
const file = existsSync(SHARED_SEED) ? SHARED_SEED : LOCAL_SEED;
const has = (layer: string) => defaultStages.some((s) => s.assigns.includes(layer as never));

async function seedRecord(): Promise<SitrepRecord> {
  for await (const r of readInputs([file], {})) {
    if ('article' in r) return buildRecord(r.article, pipelineFor('default'));
  }
  throw new Error(`${file}: no article`);
}

interface P {
  role: string;
  text: string;
}
const args = (e: EventRecord, role?: string) =>
  ((e.participants ?? []) as P[]).filter((p) => !role || p.role === role).map((p) => p.text);

describe.skipIf(!existsSync(file))('seed article events (published 2025-01-31)', () => {
  let record: SitrepRecord;
  let events: EventRecord[] = [];
  beforeAll(async () => {
    record = await seedRecord();
    events = record.events;
  });
  const find = (type: string, trigger: string) => {
    const e = events.find((x) => x.type === type && x.mentions.some((m) => m.text === trigger));
    if (!e) throw new Error(`no ${type} event with mention "${trigger}": ${formatEvents(record)}`);
    return e;
  };
  const entityName = (id: string | null) => record.entities.find((x) => x.id === id)?.name ?? '';
  const timeValue = (id: string | null) => record.times.find((x) => x.id === id)?.value ?? '';

  it('the arrival of about 11,000 North Korean troops in Russia in November 2024 (asserted)', () => {
    const e = find('deployment', 'arrival');
    expect(e.modality).toBe('asserted');
    expect(args(e).join(' | ')).toMatch(/about 11,000 North Korean troops/);
    if (has('times')) {
      expect(e.timeSource).toBe('expression');
      expect(timeValue(e.time)).toBe('2024-11');
    }
    if (has('quantities')) {
      const q = record.quantities.filter((x) => e.quantities.includes(x.id));
      expect(q.map((x) => x.value)).toContain(11000);
    }
    if (has('entities')) {
      expect(e.actors.length).toBeGreaterThan(0);
      expect(entityName(e.place)).toMatch(/Russia/);
    }
    if (has('attributions')) {
      // the outlet reports the arrival; the officials' "they arrived" is a later mention
      expect(e.attribution).toBeNull();
      const sources = e.attributions.map(
        (id) => record.attributions.find((a) => a.id === id)?.source?.text,
      );
      expect(sources).toEqual(['Ukrainian officials and troops on the front lines']);
      const line =
        formatEvents(record)
          .split('\n')
          .find((l) => l.includes('"arrival"')) ?? '';
      expect(line).toContain('source: UNN → The New York Times  also: Ukrainian officials');
    }
  });

  it('heavy casualties suffered by North Korean soldiers (asserted)', () => {
    const e = find('casualties', 'casualties');
    expect(e.modality).toBe('asserted');
    expect(args(e, 'arg1').join(' | ')).toMatch(/North Korean soldiers/);
    if (has('entities')) expect(e.targets.length).toBeGreaterThan(0);
  });

  it('North Korean troops withdrawn from the front line (asserted, reported by the NYT citing officials)', () => {
    const e = find('withdrawal', 'withdrawn');
    expect(e.variant).toBe('withdrawal');
    expect(e.modality).toBe('asserted');
    expect(args(e).join(' | ')).toMatch(/North Korean soldiers/);
    if (has('attributions')) {
      const a = record.attributions.find((x) => x.id === e.attribution);
      expect(a).toBeDefined();
      // the officials, reported through the NYT (via) or the NYT itself
      const chain = [a, record.attributions.find((x) => x.id === a?.via)]
        .map((x) => x?.source?.text ?? '')
        .join(' / ');
      expect(chain).toMatch(/officials|NYT|New York Times/);
    }
  });

  it('a possible return of North Korean troops after training (speculative)', () => {
    const e = find('withdrawal', 'return');
    expect(e.variant).toBe('redeployment');
    expect(e.modality).toBe('speculative');
    expect(args(e).join(' | ')).toMatch(/North Koreans/);
    expect(events.some((x) => x.type === 'training')).toBe(true);
  });

  it('a new offensive by Ukrainian troops in the Kursk region (asserted)', () => {
    const e = find('offensive', 'offensive');
    expect(e.modality).toBe('asserted');
    expect(args(e, 'arg0')).toContain('Ukrainian troops');
    if (has('entities')) expect(entityName(e.place)).toMatch(/Kursk/);
  });

  it('territory occupied in 2024, part of it retaken by Russian troops (territorial change, twice)', () => {
    const occupied = find('territorial-change', 'occupy');
    expect(occupied.variant).toBe('occupied');
    expect(args(occupied, 'arg0').join(' | ')).toMatch(/Ukrainian Armed Forces/);
    expect(args(occupied, 'arg1').join(' | ')).toMatch(/800 km/);
    if (has('times')) expect(timeValue(occupied.time)).toBe('2024');
    const retook = find('territorial-change', 'retake');
    expect(retook.variant).toBe('retook');
    expect(args(retook, 'arg0')).toContain('Russian troops');
    expect(retook).not.toBe(occupied);
  });

  it('every event span is a slice of the text; pretty output lists events in time order', () => {
    for (const s of spansOf(events)) expect(record.text.slice(s.start, s.end)).toBe(s.text);
    const lines = formatEvents(record).split('\n');
    const iOccupy = lines.findIndex((l) => l.includes('"occupy"'));
    const iArrival = lines.findIndex((l) => l.includes('"arrival"'));
    expect(iOccupy).toBeGreaterThanOrEqual(0);
    expect(iArrival).toBeGreaterThan(iOccupy); // 2024 before 2024-11
    expect(lines.find((l) => l.includes('"arrival"'))).toMatch(/asserted/);
  });
});
