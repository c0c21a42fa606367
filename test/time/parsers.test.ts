/**
 * One block per parser: what it reads and what it must not. Publication date 2025-01-31
 * (a Friday) unless stated.
 */
import { describe, expect, it } from 'vitest';
import { one, texts, times } from './run.js';

describe('month parser', () => {
  it('reads month-day, month-year and day-month forms', () => {
    expect(one('It began on Nov. 12, 1998.', 'Nov. 12, 1998')?.value).toBe('1998-11-12');
    expect(one('Troops arrived in November 2024.', 'November 2024')?.value).toBe('2024-11');
    expect(one('He left on 5 January 2025.', '5 January 2025')?.value).toBe('2025-01-05');
    expect(one('The vote was held on Jan. 5.', 'Jan. 5')?.value).toBe('2025-01-05');
  });
  it('puts a year-less month in the past by default and forward after "will"', () => {
    expect(one('Sales fell in December.', 'December')?.value).toBe('2024-12');
    expect(one('The plant will open in March.', 'March')?.value).toBe('2025-03');
  });
  it('does not read the verb "may" or the noun "march" as months', () => {
    expect(times('The troops may return to the front.')).toEqual([]);
    expect(times('They may be sent back, officials said.')).toEqual([]);
    expect(times('Thousands joined the march on the capital.')).toEqual([]);
    expect(texts('Protesters march to the palace.')).toEqual([]);
  });
  it('rejects days that do not exist instead of rolling them over', () => {
    const t = times('The deal was signed on February 30.');
    expect(t.map((x) => x.value)).not.toContain('2025-03-02');
    expect(t.some((x) => x.value.endsWith('-02-30'))).toBe(false);
    expect(times('He finished the 45th.').filter((x) => x.type === 'DATE')).toEqual([]);
  });
});

describe('numeric parser', () => {
  it('reads ISO and US dates, years and decades', () => {
    expect(one('Filed 2024-11-05 in court.', '2024-11-05')?.value).toBe('2024-11-05');
    expect(one('Filed on 1/5/98 in court.', '1/5/98')?.value).toBe('1998-01-05');
    expect(one('The war began in 2022.', '2022')?.value).toBe('2022');
    expect(one('Prices rose in the 1990s.', 'the 1990s')?.value).toBe('199');
  });
  it('reads decades in words after "the", not ages', () => {
    expect(
      one('We have seen hate group numbers dropping through the nineties.', 'the nineties')?.value,
    ).toBe('199');
    expect(one('Prices soared in the late seventies.', 'the late seventies')).toMatchObject({
      value: '197',
      mod: 'END',
    });
    expect(texts('Both men are in their forties.')).toEqual([]);
  });
  it('does not read counts, money or impossible dates as dates', () => {
    expect(times('They deployed 2000 troops.')).toEqual([]);
    expect(times('It cost $1999 in all.')).toEqual([]);
    expect(times('Filed 2024-02-30 in court.')).toEqual([]);
  });
});

describe('weekday parser', () => {
  it('resolves a bare weekday to the one before publication in past tense', () => {
    // 2025-01-31 is a Friday
    expect(one('Officials said on Monday that the talks failed.', 'Monday')?.value).toBe(
      '2025-01-27',
    );
    expect(one('The strike happened Friday.', 'Friday')?.value).toBe('2025-01-31');
  });
  it('resolves forward with a future cue', () => {
    expect(one('The minister will travel on Monday.', 'Monday')?.value).toBe('2025-02-03');
  });
  it('reads parts of day', () => {
    const t = one('Shelling resumed Friday night.', 'Friday night');
    expect(t?.type).toBe('TIME');
    expect(t?.value).toBe('2025-01-31TNI');
  });
});

describe('relative parser', () => {
  it('resolves deictic words against the publication date', () => {
    expect(one('Last year, prices fell.', 'Last year')?.value).toBe('2024');
    expect(one('He arrived yesterday.', 'yesterday')?.value).toBe('2025-01-30');
    expect(one('Sales rose last month.', 'last month')?.value).toBe('2024-12');
    expect(one('The talks ended last week.', 'last week')?.value).toBe('2025-W04');
    expect(one('It was quiet at the moment.', 'at the moment')?.value).toBe('PRESENT_REF');
    expect(one('Troops advanced earlier this month.', 'earlier this month')?.mod).toBe('START');
  });
  it('keeps unresolved parts without a publication date', () => {
    expect(one('Last year, prices fell.', 'Last year', null)?.value).toBe('XXXX');
    expect(one('Sales fell in November.', 'November', null)?.value).toBe('XXXX-11');
    expect(one('He arrived yesterday.', 'yesterday', null)?.value).toBe('XXXX-XX-XX');
  });
  it('does not read "as soon as" as a time', () => {
    expect(times('They will leave as soon as possible.')).toEqual([]);
  });
});

describe('duration parser', () => {
  it('reads "the years" after a durational preposition or before "that followed"', () => {
    expect(one('Over the years many more patients died waiting.', 'the years')?.value).toBe('PXY');
    expect(one('In the years that followed, the guerrillas waged war.', 'the years')?.type).toBe(
      'DURATION',
    );
    expect(texts("Kopp's car was spotted in the weeks before the shooting.")).toEqual([]);
  });
  it('reads durations with modifiers and ranges', () => {
    const t = one('They have not been seen for about two weeks.', 'about two weeks');
    expect(t?.value).toBe('P2W');
    expect(t?.mod).toBe('APPROX');
    expect(t?.range).toEqual({ begin: '2025-01-17', end: '2025-01-31' });
    expect(one('Output fell over the past three months.', 'the past three months')?.range).toEqual({
      begin: '2024-10-31',
      end: '2025-01-31',
    });
    expect(one('Fighting lasted 24 hours.', '24 hours')?.value).toBe('PT24H');
    expect(one('They waited for several weeks.', 'several weeks')?.value).toBe('PXW');
    expect(one('A two-year contract.', 'two-year')?.value).toBe('P2Y');
  });
  it('reads counted shifts from the publication date or the last date', () => {
    expect(one('The plant closed two years ago.', 'two years ago')?.value).toBe('2023');
    const t = times('In 2010 the plant opened. Two years earlier, the site was sold.');
    expect(t.map((x) => x.value)).toEqual(['2010', '2008']);
    expect(t[1]?.anchor).toBe(t[0]?.id);
  });
  it('does not read ages as durations', () => {
    expect(times('A 5-year-old boy was hurt.')).toEqual([]);
  });
});

describe('quarter parser', () => {
  it('reads quarters with and without years', () => {
    expect(one('Profit rose in the third quarter.', 'the third quarter')?.value).toBe('2024-Q3');
    expect(
      one('Profit rose in the first quarter of 2023.', 'the first quarter of 2023')?.value,
    ).toBe('2023-Q1');
  });
});

describe('clock parser', () => {
  it('reads clock times and joins them to their day', () => {
    expect(one('The blast came at 5 p.m. Friday.', '5 p.m. Friday')?.value).toBe(
      '2025-01-31T17:00',
    );
    expect(one('It started at 10:35 a.m.', '10:35 a.m.')?.value).toBe('2025-01-31T10:35');
  });
  it('does not read scores or ratios as times', () => {
    expect(times('The team won 3:1 at home.')).toEqual([]);
  });
});

describe('day-part parser', () => {
  it('reads a part of day before its day word, with its position', () => {
    const t = one(
      'In London at mid-afternoon yesterday, the shares were up 2 pence.',
      'mid-afternoon yesterday',
      '1989-11-02',
    );
    expect(t?.type).toBe('TIME');
    expect(t?.value).toBe('1989-11-01TAF');
    expect(t?.mod).toBe('MID');
  });
  it('puts a positioned part of day with no day word on the day under discussion', () => {
    expect(
      one(
        'By mid afternoon, official Serb sources were saying the operation was over.',
        'mid afternoon',
        '1998-03-06',
      )?.value,
    ).toBe('1998-03-06TAF');
    expect(one('On Tuesday, the talks ran into the late evening.', 'late evening')?.value).toBe(
      '2025-01-28TEV',
    );
  });
  it('leaves a bare or adjectival part of day alone', () => {
    expect(texts('He spoke on a late-night talk show.')).toEqual([]);
    expect(texts('Dealers placed orders in the morning.')).toEqual([]);
    expect(texts('Shelling resumed early Friday morning.')).toEqual(['early Friday morning']);
  });
});

describe('set parser', () => {
  it('reads recurrences', () => {
    expect(one('Flights run daily.', 'daily')?.type).toBe('SET');
    expect(one('They meet every week.', 'every week')?.value).toBe('P1W');
    expect(one('They meet twice a year.', 'a year')?.type).toBe('SET');
  });
  it('keeps frequency adjectives of hours, days and weeks before a noun, not reporting terms', () => {
    expect(one('Clinton said in his weekly radio address.', 'weekly')?.value).toBe('P1W');
    expect(one('Average hourly earnings rose.', 'hourly')?.value).toBe('PT1H');
    expect(texts('The company raised its quarterly dividend.')).toEqual([]);
    expect(texts('Holders approved it at the annual meeting.')).toEqual([]);
  });
});

describe('season parser', () => {
  it('reads seasons', () => {
    expect(one('The offensive began last summer.', 'last summer')?.value).toBe('2024-SU');
    expect(one('Talks resume this spring.', 'this spring')?.value).toBe('2025-SP');
  });
});

describe('every span', () => {
  it('is the text it points to and carries a rule', () => {
    const text =
      'On Jan. 5, 2025 at 5 p.m. EST, about two weeks after mid-December, the 1990s ended last year.';
    const t = times(text);
    expect(t.length).toBeGreaterThan(3);
    for (const x of t) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.rule).toMatch(/^time\//);
    }
  });
});

describe('anaphoric and spoken forms', () => {
  it('reads "that year" from the last mentioned date', () => {
    const t = times('The firm was founded in 1998. Sales doubled that year.');
    expect(t.map((x) => x.value)).toEqual(['1998', '1998']);
    expect(t[1]?.anchor).toBe(t[0]?.id);
  });
  it('reads year-end, spoken years and spoken days', () => {
    expect(one('The deal should close by year-end.', 'year-end')).toMatchObject({
      value: '2025',
      mod: 'END',
    });
    expect(one('In nineteen ninety-six a bomb went off.', 'nineteen ninety-six')?.value).toBe(
      '1996',
    );
    expect(
      one("Women's Day is this coming Sunday, March eighth.", 'this coming Sunday, March eighth')
        ?.value,
    ).toBe('2025-03-08');
  });
  it('reads "the weekend" said on a weekday as the one just past', () => {
    // 2025-01-31 is a Friday: the weekend before is that of ISO week 4
    expect(one('Talks broke down over the weekend.', 'the weekend')?.value).toBe('2025-W04-WE');
  });
  it('does not read a programme title as a time', () => {
    expect(texts('Baker, speaking on ABC News\' "This Week," said no.')).toEqual([]);
  });
});

describe('the failures of general-purpose parsers on news (issue 3)', () => {
  it('"in one month" from 31 January ends on 28 February, not 3 March', () => {
    expect(one('In one month, the talks will resume.', 'one month')?.range).toEqual({
      begin: '2025-01-31',
      end: '2025-02-28',
    });
  });
  it('"the past 24 hours" covers the day before publication', () => {
    expect(one('In the past 24 hours, 30 drones were downed.', 'the past 24 hours')?.range).toEqual(
      {
        begin: '2025-01-30',
        end: '2025-01-31',
      },
    );
  });
  it('a bare clock time takes the publication day unless its sentence has a date', () => {
    expect(one('On Jan. 5, he resigned. The strike hit at 5 p.m.', '5 p.m.')?.value).toBe(
      '2025-01-31T17:00',
    );
    expect(one('On Jan. 5 at 5 p.m., he resigned.', 'Jan. 5 at 5 p.m.')?.value).toBe(
      '2025-01-05T17:00',
    );
  });
  it("reads the issue's news expressions", () => {
    expect(one('Late last year, the army retreated.', 'Late last year')).toMatchObject({
      value: '2024',
      mod: 'END',
    });
    expect(one('The attack came in mid-January.', 'mid-January')).toMatchObject({
      value: '2025-01',
      mod: 'MID',
    });
    expect(
      one('Funds will run out by the end of the month.', 'the end of the month'),
    ).toMatchObject({
      value: '2025-01',
      mod: 'END',
    });
    expect(one('The previous week was calm.', 'The previous week')?.value).toBe('2025-W04');
    expect(one('A year ago, the city fell.', 'A year ago')?.value).toBe('2024');
    expect(one('Troops have fought there since February 2022.', 'February 2022')?.value).toBe(
      '2022-02',
    );
  });
});

describe('fixed parser', () => {
  it('reads deictic phrases', () => {
    expect(one('It is quiet now.', 'now')?.value).toBe('PRESENT_REF');
    expect(one('Prices fell recently.', 'recently')?.value).toBe('PAST_REF');
    expect(one('Talks may resume in the near future.', 'the near future')?.value).toBe(
      'FUTURE_REF',
    );
    expect(one('At the moment, we are talking.', 'At the moment')?.rule).toBe(
      'time/parsers/fixed#at-the-moment',
    );
  });
  it('leaves "the past" to a following unit and ignores conjunctions', () => {
    expect(texts('Output fell over the past year.')).toEqual(['the past year']);
    expect(times('He left as soon as he could.')).toEqual([]);
  });
  it('reads "at this crucial moment" and "for a while"', () => {
    expect(
      one('He would not be traveling at this crucial moment.', 'this crucial moment')?.value,
    ).toBe('PRESENT_REF');
    expect(one('They will have to live without it for a while.', 'a while')).toMatchObject({
      type: 'DURATION',
      value: 'PXX',
    });
    expect(texts('This moment will pass.')).toEqual([]);
    expect(texts('A while ago it rained.')).toEqual([]);
  });
  it('leaves "most recently" before a date to the date', () => {
    expect(texts('Three doctors were killed, most recently last October.', '1999-02-06')).toEqual([
      'last October',
    ]);
    expect(one('Magna recently cut its dividend.', 'recently')?.value).toBe('PAST_REF');
  });
  it('reads "soon" as the future only outside a past clause', () => {
    expect(one('The company expects its sales to soon grow.', 'soon')?.value).toBe('FUTURE_REF');
    expect(one('Prosecutors may soon seek an indictment.', 'soon')?.value).toBe('FUTURE_REF');
    expect(texts('He was soon released and appeared to be healthy.')).toEqual([]);
    expect(texts('It set off a trickle of cash that soon became a flood.')).toEqual([]);
  });
});

describe('unit-ref parser', () => {
  it('reads "the year ended" as a twelve-month duration', () => {
    expect(one('For the year ended Sept. 30, it earned $4 million.', 'the year')).toMatchObject({
      type: 'DURATION',
      value: 'P1Y',
    });
  });
  it('does not read "the year 2000" as the current year', () => {
    expect(times('by the year 2000').map((t) => t.value)).not.toContain('2025');
  });
  it('reads an ordinal day said in the present as the publication day', () => {
    expect(
      one("It's the second day of an offensive by the security forces.", 'the second day')?.value,
    ).toBe('2025-01-31');
    expect(
      one(
        'In Saudi Arabia, today is the eighth day of Desert Shield.',
        'the eighth day',
        '1990-08-15',
      )?.value,
    ).toBe('1990-08-15');
    expect(texts('He would do so on his first day in office.')).toEqual([]);
  });
  it('reads "that day" after a month as an unknown day of that month, not the DCT', () => {
    const text =
      'Doctors on the list were killed, most recently last October when Dr. Barnett Slepian ' +
      'was gunned down. His name on the Web site was crossed out that same day.';
    expect(one(text, 'that same day', '1999-02-06')?.value).toBe('1998-10-XX');
    expect(one('He arrived on Oct. 23. He left that same day.', 'that same day')?.value).toBe(
      '2024-10-23',
    );
  });
});

describe('without a publication date', () => {
  it('keeps every relative part unresolved and sets no range', () => {
    expect(one('Officials met on Monday.', 'Monday', null)?.value).toBe('XXXX-WXX-1');
    expect(one('Profit rose in the third quarter.', 'the third quarter', null)?.value).toBe(
      'XXXX-Q3',
    );
    expect(one('The plant closed two years ago.', 'two years ago', null)?.value).toBe('XXXX');
    expect(
      one('Output fell over the past three months.', 'the past three months', null)?.range,
    ).toBeNull();
    expect(one('It began on Nov. 12, 1998.', 'Nov. 12, 1998', null)?.value).toBe('1998-11-12');
  });
});

describe('names and rates that look like times (BBC news)', () => {
  it('does not read newspaper or programme names as days', () => {
    expect(texts('The Sunday Telegraph reported the deal.')).toEqual([]);
    expect(texts("He told Radio 4's Today programme he would stay.")).toEqual([]);
  });
  it('does not read "the future of" as a time', () => {
    expect(texts('The future of Perrier is unclear.')).toEqual([]);
  });
  it('leaves an amount per unit to the figure (quantities: unit "GBP/year"), keeps frequencies', () => {
    expect(texts('It costs £1bn a year.')).toEqual([]);
    expect(texts('It pays $2 per year and 20% a year.')).toEqual([]);
    expect(texts('There are four flights a week.')).toEqual([]);
    expect(one('Inspectors come three times a week.', 'a week')?.value).toBe('P1W');
    expect(one('Flights leave every week.', 'every week')?.type).toBe('SET');
    expect(one('In 2004, a year of growth ended.', 'a year')?.type).toBe('DURATION');
  });
  it('leaves a rate adverb after a figure to the figure, keeps other frequency adverbs (TimeBank)', () => {
    expect(texts("expects the company's revenue to increase by 20% annually")).toEqual([]);
    expect(texts('a plant that would produce about 10,000 units annually.')).toEqual([]);
    expect(
      one('For weeks the government has held such rallies almost daily.', 'daily')?.value,
    ).toBe('P1D');
    expect(one('similar to those held here annually for Marti', 'annually')?.type).toBe('SET');
  });
});

describe('names and generic uses that hold time words (TimeBank, BBC)', () => {
  it('reads a year after a capitalised name word as part of the name', () => {
    expect(texts('a joint venture called Orion 1980, making parts')).toEqual([]);
    expect(texts('PCs running Windows 2000 and XP, and the Euro 2004 tournament')).toEqual([]);
    expect(one('It opened in March 1990 in Vienna.', 'March 1990')?.value).toBe('1990-03');
    expect(one('Sales peaked at Christmas 1999 and fell.', '1999')?.value).toBe('1999');
    expect(one('He said in 1999 that it was over.', '1999')?.value).toBe('1999');
  });
  it('reads no season in an event name, and no year in an amount (CNN, RUWA)', () => {
    const t = 'Ukraine athletes hold a minute’s silence at 2022 Winter Paralympics';
    expect(texts(t, '2022-03-10')).toEqual(['a minute', '2022']);
    expect(texts('Russians have taken more than 1000 Ukrainian refugees')).toEqual([]);
    expect(one('Fears over 2024 US presidential election grow', '2024')?.mod).toBeNull();
    expect(one('It will take about two years.', 'about two years')?.mod).toBe('APPROX');
  });
  it('drops "of tomorrow" after a noun, "the early hours of", and the noun "a quarterly"', () => {
    expect(texts('If I were choosing the people of tomorrow, I would pick them.')).toEqual([]);
    expect(one('The offer stands as of today.', 'today')).toBeDefined();
    expect(texts('He was arrested in the early hours of Thursday morning.')).toEqual([
      'Thursday morning',
    ]);
    expect(texts('It declared its initial quarterly of five cents a share.')).toEqual([]);
  });
  it('reads a duration counting pay as money, not a time', () => {
    expect(texts('a one-time retirement bonus equal to six months of base pay')).toEqual([]);
    expect(texts("Workers were offered two weeks' wages.")).toEqual([]);
    expect(one('He worked there for six months of the year.', 'six months')?.value).toBe('P6M');
  });
});

describe('season words modifying nouns', () => {
  it('does not read "a winter sale" as a date', () => {
    expect(texts('Owners must indulge in a winter sale.')).toEqual([]);
  });
});
