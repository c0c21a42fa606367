/**
 * Where a quotation's span starts and ends when the sentence splitter cuts inside it or between
 * its marks. Sentences from PolNeAR train/dev (named per case).
 */
import { describe, expect, it } from 'vitest';
import { attributions } from './helpers.js';

const content = (text: string, cue: string): string | undefined =>
  attributions(text).find((a) => a.cue === cue)?.content;

describe("NYT '' closing a sentence", () => {
  it('keeps both apostrophes (train nyt_2016-04-25)', () => {
    expect(
      content(
        "Mr. Trump, in a brief interview on Saturday, said his 757 was a ''truly great aircraft.''",
        'said',
      ),
    ).toBe("his 757 was a ''truly great aircraft.''");
  });

  it('keeps both when the next sentence follows on the line', () => {
    expect(
      content("Mr. Brown said, ''We are going to win this.'' He left the stage.", 'said'),
    ).toBe("''We are going to win this.''");
  });

  it("a ''' run (a single quotation closing inside a double one) ends the quotation (train nyt_2015-12-19)", () => {
    expect(
      content(
        "''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies.''",
        'said',
      ),
    ).toBe("''We are told all the time, 'Kosovo is a special case,'''");
  });
});

describe('a quotation cut by the sentence splitter', () => {
  it("starting before the frame's sentence runs back to its opening mark (dev nyt_2016-09-19)", () => {
    expect(
      content(
        '"Are we where we need to be? Probably not," Ms. Moore said. "Are we going to get to where we need to be? Absolutely."',
        'said',
      ),
    ).toBe('"Are we where we need to be? Probably not,"');
  });

  it("a wink-split opening ''A counts as a mark (dev nyt_2016-09-25)", () => {
    const all = attributions(
      "He spoke of ''hope.''\n\n''A museum alone will not alleviate poverty in every inner city,'' he said. ''It won't eliminate gun violence.''",
    );
    expect(all.find((a) => a.content.includes('A museum'))?.content).toBe(
      "''A museum alone will not alleviate poverty in every inner city,''",
    );
  });
});
