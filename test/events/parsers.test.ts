/** What the events stage must find: typed triggers, arguments, anchors, modality, merging. */
import { describe, expect, it } from 'vitest';
import { events, one, participants, typed } from './run.js';

describe('typed triggers', () => {
  it('a nominal deployment with its troops, place, time and figure', () => {
    const e = one(
      'The arrival of about 11,000 North Korean troops in Russia in November 2024 worried Kyiv.',
      'deployment',
      {
        entities: [
          ['North Korean troops', 'group'],
          ['Russia', 'country'],
        ],
        times: [['November 2024', '2024-11']],
      },
    );
    expect(e.trigger.text).toBe('arrival');
    expect(e.actors).toEqual(['e1']);
    expect(e.place).toBe('e2');
    expect(e.time).toBe('t1');
    expect(e.timeSource).toBe('expression');
    expect(participants(e).map((p) => p.text)).toContain('about 11,000 North Korean troops');
  });

  it('missile strike phrase beats the single word and carries the variant', () => {
    const e = one('Russian forces carried out a missile strike on Kharkiv overnight.', 'attack');
    expect(e.trigger.text).toBe('missile strike');
    expect(e.variant).toBe('missile');
    expect(participants(e).find((p) => p.role === 'arg1')?.text).toBe('Kharkiv');
  });

  it('capture: a place is territorial change, soldiers are casualties', () => {
    expect(
      one('Russian troops captured the village of Krasnohorivka.', 'territorial-change').variant,
    ).toBe('captured');
    expect(
      one('Ukrainian forces captured 20 Russian soldiers near Kursk.', 'casualties').variant,
    ).toBe('captured');
  });

  it('passive casualties: subject is arg1, by-phrase is arg0', () => {
    const e = one('Five soldiers were killed by a drone near the front.', 'casualties');
    const ps = participants(e);
    expect(ps.find((p) => p.role === 'arg1')?.text).toBe('Five soldiers');
    expect(ps.find((p) => p.role === 'arg0')?.text).toBe('a drone');
  });

  it('support verb gives the nominal its actor: "launched a new offensive"', () => {
    const e = one(
      'Ukrainian troops have launched a new offensive in the Kursk region.',
      'offensive',
      {
        entities: [
          ['Ukrainian troops', 'group'],
          ['Kursk region', 'place'],
        ],
      },
    );
    expect(e.actors).toEqual(['e1']);
    expect(e.place).toBe('e2');
  });

  it('subject through a relative clause and a prepositional chain', () => {
    const e = one(
      'North Korean soldiers who joined the Russian forces in the battle against Ukrainian troops have been withdrawn from the front line.',
      'withdrawal',
    );
    expect(participants(e).find((p) => p.role === 'arg1')?.text).toBe('North Korean soldiers');
  });

  it('control verbs pass their subject: "managed to retake"', () => {
    const e = one(
      'Later Russian troops managed to retake part of this area.',
      'territorial-change',
    );
    expect(e.variant).toBe('retook');
    expect(participants(e).find((p) => p.role === 'arg0')?.text).toBe('Russian troops');
  });
});

describe('military context', () => {
  it('a military-unit entity is context for war-sense triggers', () => {
    const text = 'Kraken arrived in Pokrovsk on Monday.';
    expect(typed(text).map((e) => e.type)).toEqual([]);
    expect(typed(text, { entities: [['Kraken', 'military-unit']] }).map((e) => e.type)).toEqual([
      'deployment',
    ]);
  });
});

describe('time and modality', () => {
  it('perfect clause without a time takes the publication date', () => {
    const e = one('Ukrainian troops have launched a new offensive.', 'offensive');
    expect(e.time).toBe('2025-01-31');
    expect(e.timeSource).toBe('published');
  });
  it('a past clause without a time has no time', () => {
    const e = one('Russian troops retook the village.', 'territorial-change');
    expect(e.time).toBeNull();
  });
  it('modal and negated clauses', () => {
    expect(one('The North Korean troops may return to the front.', 'withdrawal').modality).toBe(
      'speculative',
    );
    expect(one('Russia will deploy more troops to the border.', 'deployment').modality).toBe(
      'future',
    );
    expect(one('The soldiers did not withdraw from the town.', 'withdrawal').modality).toBe(
      'negated',
    );
    expect(one('There were no casualties among the troops.', 'casualties').modality).toBe(
      'negated',
    );
  });
  it('modality and attribution come from the claim the trigger sits in', () => {
    const text = 'Officials said Russian troops retreated from the city.';
    const start = text.indexOf('Russian');
    const all = events(text);
    expect(all.length).toBeGreaterThan(0);
    // with a claims layer: rebuild with one claim covering the reported clause
    const layersClaim = {
      id: 'c1',
      start,
      end: text.length - 1,
      text: text.slice(start, -1),
      attribution: 'a1',
      modality: 'hedged' as const,
      modalityCue: null,
      entities: [],
      times: [],
      quantities: [],
    };
    const withClaim = eventsWithClaim(text, layersClaim);
    const e = withClaim.find((x) => x.type === 'withdrawal');
    expect(e?.modality).toBe('hedged');
    expect(e?.attribution).toBe('a1');
  });
});

describe('mentions', () => {
  it('one event reported twice is one event with two mentions', () => {
    const text =
      'Russian troops captured Avdiivka in February. The capture of Avdiivka by Russian troops was confirmed.';
    const found = typed(text, {
      entities: [
        ['Russian troops', 'group'],
        ['Avdiivka', 'place'],
      ],
    }).filter((e) => e.type === 'territorial-change');
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['captured', 'capture']);
  });
  it('different actors stay different events', () => {
    const text = 'Russian troops captured Avdiivka. Ukrainian troops captured Robotyne.';
    const found = typed(text, {
      entities: [
        ['Russian troops', 'group'],
        ['Ukrainian troops', 'group'],
        ['Avdiivka', 'place'],
        ['Robotyne', 'place'],
      ],
    }).filter((e) => e.type === 'territorial-change');
    expect(found).toHaveLength(2);
  });
});

describe('spans and provenance', () => {
  it('every span is a slice of the text and carries a rule', () => {
    const text =
      'Officials said Russian forces launched drones at Odesa on Monday, killing two civilians, and later withdrew.';
    for (const e of events(text)) {
      for (const m of [e.trigger, ...e.mentions]) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.rule).toMatch(/\S/);
      }
      for (const p of participants(e) as unknown as {
        start: number;
        end: number;
        text: string;
      }[]) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });
});

import type { Claim, EventRecord, Layers } from '../../src/core/record.js';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { extractEvents } from '../../src/stages/events/index.js';

function eventsWithClaim(text: string, claim: Claim): EventRecord[] {
  const layers: Partial<Layers> = sentencesStage.run(
    { text, published: '2025-01-31', title: null, outlet: null, language: 'en', layers: {} },
    { options: {} },
  );
  layers.claims = [claim];
  return extractEvents(
    { text, published: '2025-01-31', title: null, outlet: null, language: 'en', layers },
    {},
  );
}
