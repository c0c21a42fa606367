/**
 * Measurement (b'): the system's event coreference given the gold action mentions as its
 * input, the usual "gold mentions" setting of ECB+ papers and the one the same-head-lemma
 * baseline is measured in. Each record keeps its text, entities, times and stories, but its
 * events are replaced by the gold mentions: one event a mention, with the head lemma the
 * baseline uses (score.ts `headLemma`), and the type, time, place, actors and modality of the
 * system event whose trigger or mention overlaps it (none: an untyped event with no
 * arguments). The corpus stages then cluster these as they cluster the system's own events.
 */
import type { EventRecord, SitrepRecord } from '../../../src/core/record.js';
import type { Built } from './score.js';
import { headLemma } from './score.js';
import type { GoldMention } from './read.js';

const overlaps = (g: GoldMention, s: { start: number; end: number }) =>
  g.tokens.some((t) => Math.min(t.end, s.end) > Math.max(t.start, s.start));

/** the event id given to a gold mention in its record */
export const goldEventId = (index: number) => `g${index}`;

export function withGoldEvents(b: Built): SitrepRecord {
  const events: EventRecord[] = b.doc.mentions.map((g, i) => {
    const sys = b.record.events.find((e) =>
      (e.mentions?.length ? e.mentions : [e.trigger]).some((m) => overlaps(g, m)),
    );
    const trigger = { start: g.start, end: g.end, text: g.text, rule: 'eval:ecbplus/gold' };
    return {
      id: goldEventId(i),
      type: sys?.type ?? 'other',
      trigger,
      mentions: [trigger],
      actors: sys?.actors ?? [],
      targets: sys?.targets ?? [],
      place: sys?.place ?? null,
      time: sys?.time ?? null,
      timeSource: sys?.timeSource ?? null,
      quantities: [],
      modality: sys?.modality ?? 'asserted',
      attribution: null,
      attributions: [],
      lemma: headLemma(g),
    };
  });
  return { ...b.record, events };
}
