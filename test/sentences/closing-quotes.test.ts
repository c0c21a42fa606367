import { describe, expect, it } from 'vitest';
import { sentencesStage } from '../../src/stages/sentences/index.js';

const split = (text: string) => {
  const { sentences } = sentencesStage.run(
    { text, published: null, title: null, outlet: null, language: 'en', layers: {} },
    { options: {} },
  );
  for (const s of sentences!) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences!.map((s) => s.text);
};

// sentences from PolNeAR (NYT, HuffPost, Breitbart, 2015-16)
describe('closing quotation marks stay with the sentence they close', () => {
  it("keeps both apostrophes of an NYT closing '' together", () => {
    expect(
      split(
        "They told Ms. Martin that her statement was ''not in line with our editorial policy.'' The network said it would send Ms. Martin to Crimea for a better understanding.",
      ),
    ).toEqual([
      "They told Ms. Martin that her statement was ''not in line with our editorial policy.''",
      'The network said it would send Ms. Martin to Crimea for a better understanding.',
    ]);
  });
  it("keeps a closing '' at the end of a paragraph and of the text", () => {
    expect(
      split(
        "''It is going to take a lot more than one positive jobs report.''\n''We should not take the continued strength of domestic demand for granted.''",
      ),
    ).toEqual([
      "''It is going to take a lot more than one positive jobs report.''",
      "''We should not take the continued strength of domestic demand for granted.''",
    ]);
  });
  it("leaves an opening '' glued to the next word with the next sentence", () => {
    expect(
      split(
        "''Obama doesn't get along with Putin,'' he said on ABC's ''This Week.'' ''Putin can't stand our president and it's causing us difficulty.''",
      ),
    ).toEqual([
      "''Obama doesn't get along with Putin,'' he said on ABC's ''This Week.''",
      "''Putin can't stand our president and it's causing us difficulty.''",
    ]);
  });
  it('keeps nested closing marks of other styles together (’” and ’.’")', () => {
    const sentences = split(
      '“I would ask, ‘What can I do? What kind of help do you need?’” Weaver said.',
    );
    expect(sentences).toContain('What kind of help do you need?’”');
    expect(sentences.some((s) => s.startsWith('”'))).toBe(false);
    expect(split('"Who should we elect as president?’.’" The answer came quickly.')).toEqual([
      '"Who should we elect as president?’.’"',
      'The answer came quickly.',
    ]);
  });
  it('continues the sentence when a lower-case word follows the closing marks', () => {
    expect(
      split(
        "''Are we going to have a commission for over 1.5 billion people's posts?'' said Zeynep Tufekci. ''This is fantastic!'' he wrote.",
      ),
    ).toEqual([
      "''Are we going to have a commission for over 1.5 billion people's posts?'' said Zeynep Tufekci.",
      "''This is fantastic!'' he wrote.",
    ]);
    expect(split('"Does that fly?" he asked. “Lock her up!” Then silence.')).toEqual([
      '"Does that fly?" he asked.',
      '“Lock her up!”',
      'Then silence.',
    ]);
  });
  it('does not join a link or a capitalised word after closing marks', () => {
    expect(split('"The show is drawing to a close." http://on.wsj.com/1lHHbkb')).toEqual([
      '"The show is drawing to a close."',
      'http://on.wsj.com/1lHHbkb',
    ]);
    expect(split('“It happened!” Smith said.')).toEqual(['“It happened!”', 'Smith said.']);
  });
  it("keeps a full stop after a closing mark with it ('.'')", () => {
    expect(
      split(
        "''He said, 'Eight years, no daylight. Eight years, no progress.'.''\nIn Jerusalem, officials disagreed.",
      ),
    ).toEqual([
      "''He said, 'Eight years, no daylight.",
      "Eight years, no progress.'.''",
      'In Jerusalem, officials disagreed.',
    ]);
  });
  it("keeps a spaced NYT nested close (.' '') with its sentence", () => {
    expect(split("He told me, 'Eight years, no daylight.' '' Mr. Indyk said it was over.")).toEqual(
      ["He told me, 'Eight years, no daylight.' ''", 'Mr. Indyk said it was over.'],
    );
  });
  it('does not move an opening mark after white space onto the previous sentence', () => {
    expect(split('He left. "We won," she said. “It was over!” Then silence.')).toEqual([
      'He left.',
      '"We won," she said.',
      '“It was over!”',
      'Then silence.',
    ]);
  });
});

describe('closing quotation marks on hostile input', () => {
  it('finishes fast on long runs of marks and full stops', () => {
    const t0 = performance.now();
    split(
      `It ended. ${"'' ".repeat(20_000)}Then.${"'.".repeat(20_000)} More. ${'." '.repeat(20_000)}`,
    );
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});
