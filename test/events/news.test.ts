/**
 * The news beyond war (data/events/news-taxonomy.json) and the sense gates, on fresh sentences
 * written for these tests (none comes from an evaluation corpus): each error class seen on fresh
 * articles, what must be typed, and what must NOT match.
 */
import { describe, expect, it } from 'vitest';
import { formatEvents } from '../../src/stages/events/format.js';
import { events, one, typed } from './run.js';

const types = (text: string) => typed(text).map((e) => `${e.type}:${e.trigger.text}`);

describe('error classes seen on fresh news', () => {
  it('a market rally is a market move, not a protest', () => {
    const e = one(
      'Shares in Tokyo staged a strong rally on Friday as the yen weakened.',
      'market-move',
    );
    expect(e.trigger.text).toBe('rally');
    expect(e.top).toBe('economy');
    expect(types('Shares in Tokyo staged a strong rally on Friday.')).not.toContain(
      'protest:rally',
    );
  });
  it('"aides" are people, not aid, and no event at all', () => {
    const all = events('Two aides to the prime minister left the building before noon.');
    expect(all.map((e) => e.trigger.text)).not.toContain('aides');
    expect(all.filter((e) => e.type === 'aid')).toEqual([]);
  });
  it('"Joint Strike Fighter" is a name, not an attack', () => {
    const all = events(
      'Canada will buy 88 jets from the Joint Strike Fighter programme, the defence minister said.',
    );
    expect(all.filter((e) => e.type === 'attack')).toEqual([]);
    expect(all.map((e) => e.trigger.text)).not.toContain('Strike');
  });
  it('sanctions targeting someone are no attack', () => {
    const t = types(
      'The European Union approved new sanctions targeting three Iranian drone makers on Monday.',
    );
    expect(t.filter((x) => x.startsWith('attack:'))).toEqual([]);
    expect(t).toContain('sanction:sanctions');
  });
  it('"Russian shelling of Avdiivka" is placed in Avdiivka, not Russia', () => {
    const extra = {
      entities: [
        ['Russian', 'country', 'demonym'],
        ['Avdiivka', 'place'],
      ] as [string, 'country' | 'place', string?][],
    };
    const e = one(
      'Russian shelling of Avdiivka intensified overnight, local officials said.',
      'attack',
      extra,
    );
    expect(e.place).toBe('e2');
    expect(e.actors).toEqual(['e1']);
  });
  it('a demonym is never the place', () => {
    const e = one('Heavy Russian shelling destroyed a school, officials said.', 'attack', {
      entities: [['Russian', 'country', 'demonym']],
    });
    expect(e.place).toBeNull();
  });
  it('an election', () => {
    expect(one('Voters in Kenya elected a new parliament on Tuesday.', 'election').top).toBe(
      'politics',
    );
    expect(one('The election was marred by low turnout.', 'election').trigger.text).toBe(
      'election',
    );
  });
  it('an arrest, placed by its locative phrase', () => {
    const e = one('Police arrested a former minister in Lima on Thursday.', 'arrest', {
      entities: [['Lima', 'place']],
    });
    expect(e.place).toBe('e1');
  });
  it('a hack', () => {
    expect(one('Hackers hacked the city council computer network last week.', 'hack').top).toBe(
      'cyber',
    );
  });
  it('an earthquake, placed where it struck', () => {
    const e = one('A strong earthquake struck southern Peru on Saturday.', 'earthquake', {
      entities: [['Peru', 'country']],
    });
    expect(e.top).toBe('disaster');
    expect(e.place).toBe('e1');
  });
});

describe('the news taxonomy types each kind of event', () => {
  const CASES: [type: string, trigger: string, text: string][] = [
    ['vote', 'voted', 'Lawmakers voted to extend the state of emergency.'],
    ['appointment', 'appointed', 'The governor appointed a new health commissioner on Monday.'],
    ['resignation', 'resigned', 'The finance minister resigned after the budget vote.'],
    ['meeting', 'met', 'The two foreign ministers met in Vienna on Wednesday.'],
    ['expulsion', 'expelled', 'Poland expelled two diplomats over the spying case.'],
    ['accusation', 'accused', 'The opposition accused the mayor of lying to voters.'],
    ['denial', 'denied', 'The ministry denied the report in a short statement.'],
    ['investigation', 'investigation', 'Prosecutors opened an investigation into the contracts.'],
    ['charge', 'charged', 'The driver was charged with dangerous driving.'],
    ['trial', 'trial', 'Her trial is due to begin in March.'],
    ['ruling', 'ruled', 'The supreme court ruled that the law was unconstitutional.'],
    ['leak', 'leaked', 'Someone leaked the draft budget to reporters.'],
    ['layoff', 'cut', 'The carmaker will cut 2,000 jobs next year.'],
    ['business-deal', 'merger', 'The two banks announced a merger worth $4 billion.'],
    ['flood', 'Floods', 'Floods swept through three villages after days of rain.'],
    ['storm', 'Hurricane', 'Hurricane Lina made landfall near the port on Sunday.'],
    ['crash', 'crashed', 'A small plane crashed shortly after take-off.'],
    ['fire', 'fire', 'A fire broke out in a warehouse near the docks.'],
  ];
  for (const [type, trigger, text] of CASES) {
    it(`${type}: "${trigger}"`, () => {
      expect(one(text, type).trigger.text).toBe(trigger);
    });
  }
});

describe('sense gates: must NOT be typed as', () => {
  const NOT: [why: string, text: string, bad: string][] = [
    [
      'a protest rally is no market move',
      'Supporters held a rally outside the court.',
      'market-move',
    ],
    ['an opinion poll is no election', 'A new poll shows the mayor trailing.', 'election'],
    ['"President-elect" is no election', 'President-elect Ruiz thanked his staff.', 'election'],
    ['a gas leak is no leak of documents', 'A gas leak forced the school to close.', 'leak'],
    ['gunfire is no blaze', 'Soldiers opened fire on the convoy.', 'fire'],
    ['"fired at" is no blaze', 'The gunman fired at two officers.', 'fire'],
    ['a clinical trial is no court trial', 'The vaccine entered a clinical trial in May.', 'trial'],
    ['a storm of criticism is no storm', 'The plan caused a storm of criticism.', 'storm'],
    ['"denied access" denies no claim', 'Reporters were denied access to the hearing.', 'denial'],
    ['"in charge of" is no charge', 'She is in charge of the new department.', 'charge'],
    ['the ruling party made no ruling', 'The ruling party won a majority.', 'ruling'],
    ['meeting a deadline is no meeting', 'The company met the deadline for its report.', 'meeting'],
    ['a landslide victory is no landslide', 'She won by a landslide in the election.', 'flood'],
    ['an operation name is no storm', 'He served in Operation Desert Storm as a pilot.', 'storm'],
    ['a market crash is no accident', 'Stock prices crashed after the report.', 'crash'],
    ['cutting taxes lays nobody off', 'The government will cut taxes next year.', 'layoff'],
    ['first aid is no aid delivery', 'A passer-by gave him first aid.', 'aid'],
    [
      'a business deal is no peace deal',
      'The firm signed a $2 billion deal to buy its rival.',
      'negotiation',
    ],
    ['a space probe is no inquiry', 'The NASA probe reached Mars in February.', 'investigation'],
    ['a flood of calls is no flood', 'The station received a flood of calls.', 'flood'],
    [
      'charging customers is no criminal charge',
      'The shop is charging customers in Wales more.',
      'charge',
    ],
    [
      "meeting one's duties is no meeting",
      'He could no longer meet his duties as chairman.',
      'meeting',
    ],
  ];
  for (const [why, text, bad] of NOT) {
    it(why, () => {
      expect(
        typed(text)
          .filter((e) => e.type === bad)
          .map((e) => e.trigger.text),
      ).toEqual([]);
    });
  }
});

describe('merging and listing', () => {
  it('no merge across different places', () => {
    const extra = {
      entities: [
        ['Kharkiv', 'place'],
        ['Odesa', 'place'],
      ] as [string, 'place'][],
    };
    const attacks = typed(
      'Missiles struck Kharkiv on Monday. Missiles struck Odesa on Monday.',
      extra,
    ).filter((e) => e.type === 'attack');
    expect(attacks.map((e) => e.place)).toEqual(['e1', 'e2']);
  });
  it('no merge across different actors', () => {
    const extra = {
      entities: [
        ['Hungary', 'country'],
        ['Slovakia', 'country'],
      ] as [string, 'country'][],
    };
    const expelled = typed(
      'Hungary expelled two diplomats. Slovakia expelled two diplomats.',
      extra,
    ).filter((e) => e.type === 'expulsion');
    expect(expelled.map((e) => e.actors)).toEqual([['e1'], ['e2']]);
  });
  it('untyped mentions stay in the record but the event list leaves them out', () => {
    const all = events('The minister resigned on Friday and thanked her colleagues.');
    expect(all.some((e) => e.type === 'other')).toBe(true);
    const printed = formatEvents({
      events: all,
      entities: [],
      times: [],
      attributions: [],
      quantities: [],
      published: '2025-01-31',
      provenance: [],
      outlet: null,
    } as unknown as Parameters<typeof formatEvents>[0]);
    expect(printed).toContain('"resigned"');
    expect(printed).not.toContain('"thanked"');
    expect(printed).toMatch(/1 typed events; \d+ other event mentions not listed/);
  });
});
