import { describe, expect, it } from 'vitest';
import { attributions, run } from './helpers.js';

describe('attribution frames', () => {
  it('source-first with that-clause', () => {
    expect(attributions('The commission says that there were issues with the audio.')).toEqual([
      {
        source: 'The commission',
        cue: 'says',
        content: 'that there were issues with the audio',
        direct: false,
      },
    ]);
  });

  it('content-first quotation with a pronoun source', () => {
    const [a] = attributions('“We have some big plans for the final month,” he said.');
    expect(a).toMatchObject({ source: 'he', cue: 'said', direct: true });
    expect(a?.content).toBe('“We have some big plans for the final month,”');
  });

  it('inverted quotation: said NAME', () => {
    const [a] = attributions('“It will be first-order business,” said John Podesta.');
    expect(a).toMatchObject({
      source: 'John Podesta',
      cue: 'said',
      content: '“It will be first-order business,”',
    });
  });

  it('split quotation keeps both parts', () => {
    const out = run(
      '“If you throw obstacles at Mexico,” he said, “you would be shooting yourself in the foot.”',
    );
    const a = out.attributions?.[0];
    const parts = a?.contentParts as { text: string }[] | undefined;
    expect(parts?.map((p) => p.text)).toEqual([
      '“If you throw obstacles at Mexico,”',
      '“you would be shooting yourself in the foot.”',
    ]);
  });

  it('according to, before and after the content', () => {
    expect(
      attributions('According to the newspaper, the mayor resigned on Monday.')[0],
    ).toMatchObject({
      source: 'the newspaper',
      cue: 'According to',
      content: 'the mayor resigned on Monday',
    });
    expect(
      attributions('The mayor resigned on Monday, according to two city officials.')[0],
    ).toMatchObject({
      source: 'two city officials',
      cue: 'according to',
      content: 'The mayor resigned on Monday',
    });
  });

  it('a hearer after "told" is not content', () => {
    expect(
      attributions('Clinton told city leaders that the country should be governed well.')[0],
    ).toMatchObject({
      source: 'Clinton',
      content: 'that the country should be governed well',
    });
  });

  it('appositive subjects keep the apposition, adjuncts do not', () => {
    expect(
      attributions('Phil Lovas, the campaign chairman, said he cannot comment.')[0]?.source,
    ).toBe('Phil Lovas, the campaign chairman,');
    expect(
      attributions('Corey Lewandowski, in a statement on Thursday, said he regrets nothing.')[0]
        ?.source,
    ).toBe('Corey Lewandowski');
  });

  it('participle and coordinated cues share the clause subject', () => {
    const out = attributions(
      'Sanders defended his plan, saying the stimulus would outweigh job losses.',
    );
    expect(out.find((a) => a.cue === 'saying')).toMatchObject({
      source: 'Sanders',
      content: 'the stimulus would outweigh job losses',
    });
    // the first frame's content stops where the participle frame starts
    expect(out.find((a) => a.cue === 'defended')?.content).toBe('his plan');
    const co = attributions('Fields tweeted a photograph and said she had been yanked backward.');
    expect(co.find((a) => a.cue === 'said')?.source).toBe('Fields');
  });

  it('headline colon and signature dash', () => {
    expect(attributions('Pence: Flowers Will Not Be at the Debate')[0]).toMatchObject({
      source: 'Pence',
      cue: ':',
    });
    const sig = attributions(
      'No one should be above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016',
    );
    expect(sig[0]).toMatchObject({ cue: '—', direct: true });
    expect(sig[0]?.source).toContain('Paul Ryan');
  });

  it('"citing" is reported via the attribution that cites', () => {
    const out = run(
      'Troops were withdrawn after heavy casualties, the NYT reports, citing American officials.',
    );
    const atts = out.attributions ?? [];
    const nyt = atts.find((a) => a.cue.text === 'reports');
    const cited = atts.find((a) => a.cue.text === 'citing');
    expect(nyt?.source?.text).toBe('the NYT');
    expect(cited?.source).toMatchObject({
      text: 'American officials',
      anonymous: true,
      kind: 'official',
    });
    expect(cited?.via).toBe(nyt?.id);
  });

  it('resolves a source to the entity whose mention holds its head', () => {
    const text = 'Oleksandr Syrskyi said the number has halved.';
    const entities = [
      {
        id: 'e1',
        name: 'Oleksandr Syrskyi',
        type: 'person' as const,
        aliases: [],
        mentions: [{ start: 0, end: 17, text: 'Oleksandr Syrskyi', rule: 'test' }],
      },
    ];
    const a = run(text, { entities }).attributions?.[0];
    expect(a?.source).toMatchObject({ entity: 'e1', kind: 'person', anonymous: false });
  });

  it('every span is a slice of the text and carries a rule', () => {
    const text =
      'U.S. officials suggest that the army needs training. “It is possible,” he said. Polls show Clinton ahead.';
    for (const a of run(text).attributions ?? []) {
      expect(a.cue.text).toBe(text.slice(a.cue.start, a.cue.end));
      expect(a.content.text).toBe(text.slice(a.content.start, a.content.end));
      if (a.source) expect(a.source.text).toBe(text.slice(a.source.start, a.source.end));
      expect(a.cue.rule).toMatch(
        /^(?:lexicon:data\/attribution\/cues\.json#|attribution\/parsers\/)/,
      );
    }
  });
});

describe('attribution must not match', () => {
  const none = (text: string): void => {
    expect(attributions(text)).toEqual([]);
  };
  it('"so-called", interjection "say", naming participle', () => {
    none('The so-called rebels held the town.');
    none('They embraced a stranger instead of, say, the Democratic Party.');
    none('She launched a reading campaign called #1000BlackGirlBooks last year.');
  });
  it('nouns that look like reporting verbs', () => {
    none('The report was long and the show was boring.');
    none('His claims and her statements filled the news.');
  });
  it('the hearer’s beliefs and plain objects of "find"', () => {
    // the speaker's own "I think" frames since PolNeAR train showed it framed 31 of 52 times
    none('Do you think the plan is fine?');
    none('The Russians may find new ways to deploy them.');
  });
  it('speech inside a quotation is not framed again', () => {
    const out = attributions('“I know they said it was over,” Mr. Obama said.');
    expect(out.map((a) => a.cue)).toEqual(['said']);
    expect(out[0]?.source).toBe('Mr. Obama');
  });
  it("NYT-style '' quotations are quotations too", () => {
    const out = attributions("''I know they said nothing,'' Mr. Rubio said.");
    expect(out).toEqual([
      { source: 'Mr. Rubio', cue: 'said', content: "''I know they said nothing,''", direct: true },
    ]);
  });
  it('a credit line is not a claim with content', () => {
    none('Transmits UNN with reference to The New York Times.');
  });
});
