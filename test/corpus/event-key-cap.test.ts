/**
 * The events stage compares two articles' events key by key; a key carried by more events than
 * events.maxKeyEvents on either side is not compared (no evidence, and quadratic in a long
 * article). Counted in links, not timed.
 */
import { describe, expect, it } from 'vitest';
import settings from '../../data/corpus/cluster-settings.json' with { type: 'json' };
import type { EventProfile } from '../../src/corpus/clusters/event-profile.js';
import { linkEvents } from '../../src/corpus/clusters/events.js';

const event = (id: string, lemma: string): EventProfile => ({
  id,
  type: 'attack',
  lemma,
  keys: [`l:${lemma}`],
  time: null,
  place: null,
  actors: [],
  modality: 'asserted',
  trigger: { start: 0, end: lemma.length, text: lemma },
});
const story = { similarity: 0.9, shared: [], story: true, rule: 'test' };

describe('events: common keys in a long article', () => {
  const cap = settings.events.maxKeyEvents;
  it('a key with few events on both sides links them', () => {
    const a = [event('e1', 'strike'), event('e2', 'strike')];
    const b = [event('f1', 'strike')];
    expect(linkEvents('A', a, 'B', b, story)).toHaveLength(2);
  });
  it('a key on more than maxKeyEvents events of one side is not compared; the rare key still is', () => {
    const a = [
      ...Array.from({ length: cap + 1 }, (_, i) => event(`e${i}`, 'strike')),
      event('x', 'ceasefire'),
    ];
    const b = [event('f1', 'strike'), event('f2', 'ceasefire')];
    const links = linkEvents('A', a, 'B', b, story);
    expect(links).toEqual([expect.objectContaining({ from: 'A#x', to: 'B#f2' })]);
  });
  it('within one long article the pairs stay bounded', () => {
    const a = Array.from({ length: 20 * cap }, (_, i) => event(`e${i}`, 'strike'));
    expect(linkEvents('A', a, 'A', a, story)).toHaveLength(0);
    const few = a.slice(0, cap);
    expect(linkEvents('A', few, 'A', few, story)).toHaveLength((cap * (cap - 1)) / 2);
  });
});
