import { describe, expect, it } from 'vitest';
import type { SitrepRecord } from '../../src/core/record.js';
import { formatClaims } from '../../src/stages/claims/format.js';
import { run } from '../attribution/helpers.js';

const claims = (text: string) => run(text).claims ?? [];

describe('claims', () => {
  it('unattributed sentences are claims of the outlet', () => {
    const [c] = claims('Ukrainian troops have launched a new offensive in the Kursk region.');
    expect(c).toMatchObject({ attribution: null, modality: 'asserted' });
    expect(c?.text).toBe('Ukrainian troops have launched a new offensive in the Kursk region');
  });

  it('an attributed content is the claim, without its complementiser', () => {
    const out = run('The ministry said that the bridge was destroyed.');
    const [c] = out.claims ?? [];
    expect(c?.text).toBe('the bridge was destroyed');
    expect(c?.attribution).toBe(out.attributions?.[0]?.id);
  });

  it('modality: negation, hedges, speculation, future', () => {
    expect(claims('The troops have not been seen on the front for two weeks.')[0]).toMatchObject({
      modality: 'negated',
    });
    expect(claims('The withdrawal is unlikely to be permanent.')[0]).toMatchObject({
      modality: 'hedged',
    });
    expect(claims('The soldiers reportedly left the town at night.')[0]).toMatchObject({
      modality: 'hedged',
    });
    expect(claims('The soldiers may return to the front line soon.')[0]).toMatchObject({
      modality: 'speculative',
    });
    expect(claims('The army will open a new front next spring.')[0]).toMatchObject({
      modality: 'future',
    });
  });

  it('the cue of the frame sets the modality: deny negates, suggest hedges', () => {
    expect(claims('The ministry denied that the convoy was hit.')[0]).toMatchObject({
      modality: 'negated',
    });
    const s = claims('Analysts suggest that the army needs more training.')[0];
    expect(s).toMatchObject({ modality: 'hedged' });
    expect(s?.modalityCue?.text).toBe('suggest');
  });

  it('must not: headings, fragments, "not only", bare frames', () => {
    expect(claims('Details')).toEqual([]);
    expect(claims('Kursk offensive: the first week')).toEqual([]);
    expect(claims('The offensive not only surprised Moscow but also its allies.')[0]).toMatchObject(
      {
        modality: 'asserted',
      },
    );
    expect(claims('“Yes,” he said.')).toEqual([]);
  });

  it('a sentence split by a spaced dash gives one claim per clause', () => {
    const out = claims(
      'The number has decreased - for weeks, the troops have not been seen on the front.',
    );
    expect(out.map((c) => c.modality)).toEqual(['asserted', 'negated']);
  });

  it('links the entities, times and quantities inside the claim', () => {
    const text = 'About 11,000 troops arrived in Russia in November 2024.';
    const at = (w: string): { start: number; end: number; text: string } => {
      const start = text.indexOf(w);
      return { start, end: start + w.length, text: w };
    };
    const out = run(text, {
      entities: [
        {
          id: 'e1',
          name: 'Russia',
          type: 'country',
          aliases: [],
          mentions: [{ ...at('Russia'), rule: 't' }],
        },
      ],
      times: [
        {
          id: 't1',
          ...at('November 2024'),
          rule: 't',
          type: 'DATE',
          value: '2024-11',
          mod: null,
        },
      ],
      quantities: [
        {
          id: 'q1',
          ...at('About 11,000 troops'),
          rule: 't',
          value: 11000,
          low: null,
          high: null,
          approx: 'about',
          unit: null,
          counted: 'troops',
          change: null,
        },
      ],
    });
    expect(out.claims?.[0]).toMatchObject({ entities: ['e1'], times: ['t1'], quantities: ['q1'] });
  });

  it('formatClaims prints the outlet when there is no provenance chain', () => {
    const out = run('The bridge was destroyed, officials said.');
    const rec = { ...out, outlet: 'Example News', provenance: [] } as unknown as SitrepRecord;
    expect(formatClaims(rec)).toBe(
      '[asserted] The bridge was destroyed\n    Example News → officials (anonymous)',
    );
  });
});
