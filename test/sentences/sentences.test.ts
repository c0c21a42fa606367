import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentencesStage } from '../../src/stages/sentences/index.js';
import { ROOT } from '../helpers.js';

const split = (text: string) =>
  sentencesStage.run({ text, published: null, title: null, outlet: null, language: 'en', layers: {} }, { options: {} });

describe('sentences', () => {
  it('does not split after news abbreviations', () => {
    const { sentences } = split(
      'Gen. Oleksandr Syrskyi said on Jan. 5 at 5 p.m. that the U.S. would help. Officials in Washington, D.C. disagreed. Lt. Col. Smith left.',
    );
    expect(sentences!.map((s) => s.text)).toEqual([
      'Gen. Oleksandr Syrskyi said on Jan. 5 at 5 p.m. that the U.S. would help.',
      'Officials in Washington, D.C. disagreed.',
      'Lt. Col. Smith left.',
    ]);
  });
  it('splits after an abbreviation that ends a sentence before a capitalised word', () => {
    const { sentences } = split('It happened at 5 p.m. The next day it rained. Mr. Smith arrived in the U.S. He was tired.');
    expect(sentences).toHaveLength(4);
  });
  it('keeps quotes whole and breaks at line breaks', () => {
    const { sentences } = split('"We will win," he said. "They will not."\nHEADLINE without period\nBody starts here.');
    expect(sentences!.map((s) => s.text)).toEqual([
      '"We will win," he said.',
      '"They will not."',
      'HEADLINE without period',
      'Body starts here.',
    ]);
  });
  it('gives every token and sentence offsets that map back to the text', () => {
    const text = readFileSync(`${ROOT}/test/golden/seed/article.txt`, 'utf8');
    const { sentences, tokens } = split(text);
    for (const s of [...sentences!, ...tokens!]) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(tokens!.every((t, i) => i === 0 || t.start >= tokens![i - 1]!.end)).toBe(true);
  });
  it('splits a 1 MB line and 100k repeated words quickly', () => {
    const t0 = performance.now();
    split('1'.repeat(1_000_000));
    split('last '.repeat(100_000));
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
  it('keeps long runs without white space as one token, in linear time', () => {
    // wink re-splits such runs in quadratic time: 40k characters of "a." took 2 s
    const t0 = performance.now();
    const run = '5km'.repeat(50_000);
    const { tokens, sentences } = split(`Troops advanced ${run} and 'a.'${'a.'.repeat(50_000)} today.`);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(tokens!.some((t) => t.text === run && t.pos === 'X')).toBe(true);
    expect(tokens!.map((t) => t.text).slice(0, 2)).toEqual(['Troops', 'advanced']);
    expect(sentences!.length).toBeGreaterThan(0);
  });
});

describe('sentences without part-of-speech tagging (the minimal preset)', () => {
  it('splits the same sentences and tokens as with tagging', () => {
    const text = readFileSync(`${ROOT}/test/golden/seed/article.txt`, 'utf8');
    const run = (pos: boolean) =>
      sentencesStage.run(
        { text, published: null, title: null, outlet: null, language: 'en', layers: {} },
        { options: { sentences: { pos } } },
      );
    const tagged = run(true);
    const plain = run(false);
    expect(plain.sentences).toEqual(tagged.sentences);
    expect(plain.tokens!.map((t) => [t.start, t.end])).toEqual(tagged.tokens!.map((t) => [t.start, t.end]));
    expect(plain.tokens!.every((t) => t.pos === 'X')).toBe(true);
    expect(tagged.tokens!.some((t) => t.pos === 'PROPN')).toBe(true);
  });
  it('rejects bad options naming the stage', () => {
    expect(() =>
      sentencesStage.run(
        { text: 'x', published: null, title: null, outlet: null, language: 'en', layers: {} },
        { options: { sentences: { pos: 'no' } } },
      ),
    ).toThrow(/options for stage "sentences"/);
  });
  it('splits a possessive the same way whatever was read before', () => {
    const probe = 'Trump’s comments and the nation\'s debt.';
    const tokens = () => split(probe).tokens!.map((t) => `${t.text}/${t.pos}`);
    const first = tokens();
    // each of these kept the possessive whole in wink, which then remembered the whole form
    split('He disagreed with Trump’s. The plan was the nation\'s.');
    split('(Trump’s) and (the nation\'s)');
    expect(tokens()).toEqual(first);
    expect(first.slice(0, 2)).toEqual(['Trump/PROPN', '’s/PART']);
  });
  it('splits a possessive that closes a sentence or a bracket', () => {
    const texts = split('The idea was Trump’s. (Clinton\'s)').tokens!.map((t) => t.text);
    expect(texts).toEqual(['The', 'idea', 'was', 'Trump', '’s', '.', '(', 'Clinton', "'s", ')']);
  });
});
