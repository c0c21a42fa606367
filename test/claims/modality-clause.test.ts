/**
 * Modality comes from the claim's own clause and its frame (issue 14 item 2): a negated cue keeps
 * its negation; a month name or a modal inside a nested clause does not set the claim's modality.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../attribution/helpers.js';

const claim = (text: string, part: string) =>
  (run(text).claims ?? []).find((c) => c.text.includes(part));

describe('a negated cue keeps its negation in the claim', () => {
  it('"did not recommend charges be brought" is not an asserted "charges be brought"', () => {
    const c = claim(
      'The special counsel did not recommend charges be brought against the governor.',
      'charges',
    );
    expect(c).toMatchObject({ modality: 'negated' });
    expect(c?.modalityCue?.text).toBe('not');
  });

  it('contracted and adverbial negation of the cue', () => {
    expect(claim('The mayor didn’t say the budget was balanced.', 'budget')?.modality).toBe(
      'negated',
    );
    expect(claim('The ministry has never claimed the dam was safe.', 'dam')?.modality).toBe(
      'negated',
    );
  });

  it('must not match: an affirmed cue, "not only", a negation in the source', () => {
    expect(claim('The mayor said the budget was balanced.', 'budget')?.modality).toBe('asserted');
    expect(
      claim('The mayor not only said the budget was balanced but repeated it.', 'budget')?.modality,
    ).not.toBe('negated');
    expect(
      claim('Officials who were not at the meeting said the budget was balanced.', 'budget')
        ?.modality,
    ).toBe('asserted');
  });
});

describe('modality comes from the claim’s own clause', () => {
  it('a month name is not a modal', () => {
    expect(
      claim('Officials said the army expects victory over the rebels by May 9.', 'victory')
        ?.modality,
    ).toBe('asserted');
    expect(claim('The talks resumed in May and ended without a deal.', 'talks')?.modality).toBe(
      'asserted',
    );
    expect(claim('Theresa May met the delegation in London.', 'delegation')?.modality).toBe(
      'asserted',
    );
  });

  it('a modal verb still counts', () => {
    expect(
      claim('Prosecutors said the suspect may have fled the country.', 'suspect')?.modality,
    ).toBe('speculative');
    expect(
      claim('The court could rule on the appeal in May, lawyers said.', 'court')?.modality,
    ).toBe('speculative');
  });

  it('a modal inside a nested clause is not the claim’s', () => {
    expect(
      claim('The minister signed the deal, which could collapse within weeks.', 'signed')?.modality,
    ).toBe('asserted');
    expect(
      claim('The ministry confirmed the troops left after the talks would resume.', 'troops')
        ?.modality,
    ).toBe('asserted');
  });

  it('the main clause’s own modal wins over a nested one', () => {
    expect(
      claim('The minister will resign if the vote fails, aides said.', 'resign')?.modality,
    ).toBe('future');
    expect(
      claim('The army has not left the town that it could hold, officials said.', 'army')?.modality,
    ).toBe('negated');
  });
});
