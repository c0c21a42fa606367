/**
 * Event lemmas come from wink's lemmatizer where suffix stripping alone went wrong ("warned"
 * was "warne"), and keep the suffix rules' answer where wink is worse ("retook", "fined").
 */
import { describe, expect, it } from 'vitest';
import { eventLemma } from '../../src/stages/events/morph.js';
import { events } from './run.js';

describe('event lemmas', () => {
  it('names a verb by its lemma, not a stripped suffix plus e', () => {
    const cases: Record<string, string> = {
      misdirected: 'misdirect',
      stressed: 'stress',
      warned: 'warn',
      covered: 'cover',
      added: 'add',
      passed: 'pass',
      visited: 'visit',
      stopped: 'stop',
      hoped: 'hope',
      // what must not change: irregular forms and consonant-vowel-consonant stems with an e
      retook: 'retake',
      fled: 'flee',
      fined: 'fine',
      staged: 'stage',
      taped: 'tape',
      occupied: 'occupy',
    };
    for (const [form, lemma] of Object.entries(cases)) expect(eventLemma(form), form).toBe(lemma);
  });

  it('the verbal event in a sentence carries that lemma', () => {
    const found = events('Officials warned on Monday that the shipment had been misdirected.');
    const lemmas = found.map((e) => e['lemma']);
    expect(lemmas).toContain('warn');
    expect(lemmas).toContain('misdirect');
    expect(lemmas).not.toContain('warne');
  });
});
