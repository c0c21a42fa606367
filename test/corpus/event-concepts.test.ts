import { describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/core/record.js';
import { eventProfiles, eventTest } from '../../src/corpus/clusters/event-profile.js';

/** a record with one untyped event of the given trigger lemma */
function withEvent(lemma: string): SitrepRecord {
  const trigger = { start: 0, end: lemma.length, text: lemma };
  return {
    id: `r-${lemma}`,
    text: lemma,
    published: null,
    entities: [],
    times: [],
    events: [
      {
        id: 'ev1',
        type: 'other',
        trigger,
        mentions: [trigger],
        actors: [],
        targets: [],
        place: null,
        time: null,
        quantities: [],
        modality: 'asserted',
        attribution: null,
        attributions: [],
        lemma,
      },
    ],
  } as unknown as SitrepRecord;
}

const profile = (lemma: string) => eventProfiles(withEvent(lemma))[0]!;

describe('event concepts (WordNet, data/corpus/event-lexicon.json)', () => {
  it('links a verb with its nominalisation and a first-sense synonym', () => {
    expect(eventTest(profile('death'), profile('die'))).toMatchObject({
      rule: 'events/same-concept',
    });
    expect(eventTest(profile('explosion'), profile('explode'))?.rule).toBe('events/same-concept');
    expect(eventTest(profile('flee'), profile('escape'))?.rule).toBe('events/same-concept');
  });

  it('does not link unrelated or opposite happenings, nor reporting verbs', () => {
    expect(eventTest(profile('win'), profile('lose'))).toBeNull();
    expect(eventTest(profile('arrest'), profile('release'))).toBeNull();
    expect(eventTest(profile('earthquake'), profile('fire'))).toBeNull();
    // "say" is skipped as a lemma (skipLemmas), so it has no profile at all
    expect(eventProfiles(withEvent('say'))).toEqual([]);
  });

  it('keeps the same-lemma rule for one lemma', () => {
    expect(eventTest(profile('attack'), profile('attack'))?.rule).toBe('events/same-lemma');
  });
});
