import { describe, expect, it } from 'vitest';
import { find, quantities } from './helpers.js';

describe('quantities: figures in digits', () => {
  it.each([
    ['The town has 11,000 residents.', '11,000', 11000],
    ['It costs 2.5 billion dollars.', '2.5 billion dollars', 2.5e9],
    ['A $100m loan was announced.', '$100m', 1e8],
    ['They pledged £1.1bn in aid.', '£1.1bn', 1.1e9],
    ['The EU gave €5mn to the agency.', '€5mn', 5e6],
    ['It sold for US$299 in shops.', 'US$299', 299],
    ['Some 4.7m Syrians live there.', '4.7m', 4.7e6],
    ['They run 10k races.', '10k', 10000],
    ['It must pay 1.47m yuan in compensation.', '1.47m yuan', 1.47e6],
    ['Shares closed up four pence at 274.5 pence.', '274.5 pence', 274.5],
    ['Profit was 9.5bn kronor.', '9.5bn kronor', 9.5e9],
  ])('%s', (text, span, value) => {
    expect(find(text, span).value).toBeCloseTo(value, 6);
  });

  it('reads units and normalises them', () => {
    expect(find('The village is 6km from Daquq.', '6km').unit).toBe('km');
    expect(find('a wall 300 metres long', '300 metres').unit).toBe('m');
    expect(find('spaced about 50m apart', '50m').unit).toBe('m');
    expect(find('an area of 500 square kilometres was taken', '500 square kilometres').unit).toBe(
      'km2',
    );
    expect(find('Growth was 2.4% last year.', '2.4%').unit).toBe('%');
    expect(find('just 10 per cent of requests', '10 per cent').unit).toBe('%');
    expect(find('It has a 3.5-inch screen.', '3.5-inch').unit).toBe('in');
    expect(find('They shipped 40,000 tonnes of grain.', '40,000 tonnes').unit).toBe('t');
    expect(find('They paid two Jordanian dinars each.', 'two Jordanian dinars').unit).toBe('JOD');
    expect(find('The Dow fell 250.4 points.', '250.4 points').unit).toBe('points');
    expect(find('Rates rose 0.5 percentage points.', '0.5 percentage points').unit).toBe('pp');
    expect(find('Temperatures hit -5°C overnight.', '-5°C').value).toBe(-5);
    expect(find('It was a $5.5-billion deal.', '$5.5-billion').value).toBe(5.5e9);
    expect(find('It grew 3 1/2 percent.', '3 1/2 percent').value).toBe(3.5);
    expect(find('Millions of dollars were lost.', 'Millions').unit).toBe('USD');
    expect(find('Kyiv received 500 million hryvnias.', '500 million hryvnias').unit).toBe('UAH');
    expect(find('It flows at 9,000\u00a0m3/s here.', '9,000\u00a0m3/s').unit).toBe('m3/s');
    expect(find('A 2 GHz processor.', '2 GHz').unit).toBe('GHz');
    expect(find('It hit 40C on Monday.', '40C').unit).toBe('°C');
    expect(find('They sent 3 F-16s.', '3')).toMatchObject({ unit: null, counted: 'F-16s' });
    // a month or label word ending the previous sentence does not touch the next figure
    expect(find('It happened in May. 500 people died.', '500').counted).toBe('people');
    expect(find('It is a new model. 800 km of territory fell.', '800 km').counted).toBe(
      'territory',
    );
  });

  it('reads rates: the period joins the unit', () => {
    expect(find('growing at just 2.4% a year', '2.4% a year').unit).toBe('%/year');
    expect(find('paid £2.10 an hour', '£2.10 an hour').unit).toBe('GBP/hour');
    expect(find('GDP of $30,000 per capita', '$30,000 per capita').unit).toBe('USD/person');
    expect(find('sales to rise 8.5% annually through 1992', '8.5% annually').unit).toBe('%/year');
    expect(find('It earns $3 million weekly.', '$3 million weekly').unit).toBe('USD/week');
  });

  it('reads a rate after the counted noun: the figure keeps its span, the period joins the unit', () => {
    const flights = find('There are four flights a week.', 'four');
    expect([flights.counted, flights.unit]).toEqual(['flights', '/week']);
    expect(find('About 200 people a day crossed.', '200').unit).toBe('people/day');
    expect(find('Four flights left a week ago.', 'Four').unit).toBeNull();
  });

  it('reads ranges as low/high with value null', () => {
    const a = find('between 10,000 and 12,000 troops', '10,000 and 12,000');
    expect([a.value, a.low, a.high, a.approx]).toEqual([null, 10000, 12000, 'between']);
    const b = find('some 10-12 thousand troops', '10-12 thousand');
    expect([b.low, b.high]).toEqual([10000, 12000]);
    const c = find('the 3,000 to 5,000 militants inside', '3,000 to 5,000');
    expect([c.low, c.high, c.counted]).toEqual([3000, 5000, 'militants']);
    const d = find('between 10 and 12 million people', '10 and 12 million');
    expect([d.low, d.high]).toEqual([10e6, 12e6]);
  });

  it('keeps the hedge as approx, outside the span, with bounds', () => {
    const a = find('the arrival of about 11,000 North Korean troops', '11,000');
    expect([a.approx, a.counted, a.unit]).toEqual(['about', 'troops', 'people']);
    expect((a.approxSpan as { text: string }).text).toBe('about 11,000');
    const b = find('occupy more than 800 km of Russian territory', '800 km');
    expect([b.approx, b.unit, b.low, b.value]).toEqual(['more than', 'km', 800, 800]);
    const c = find('up to 3,000 drones a month', '3,000');
    expect([c.approx, c.high, c.low]).toEqual(['up to', 3000, null]);
    expect(find('At least 43 people died.', '43').approx).toBe('At least');
    expect(find('nearly 500 homes', '500').approx).toBe('nearly');
    expect(find('fewer than 20 soldiers', '20').approx).toBe('fewer than');
    expect(find('roughly 70 civilians', '70').approx).toBe('roughly');
    expect(find('almost 8,000 strikes', '8,000').approx).toBe('almost');
    expect(find('over 870 missions', '870').approx).toBe('over');
    expect(find('some 20,000 permits', '20,000').approx).toBe('some');
  });
});

describe('quantities: figures in words', () => {
  it.each([
    ['eleven thousand soldiers', 'eleven thousand', 11000],
    ['two hundred and fifty thousand people', 'two hundred and fifty thousand', 250000],
    ['twenty-five tanks', 'twenty-five', 25],
    ['a dozen drones', 'a dozen', 12],
    ['five million people', 'five million', 5e6],
    ['Over half a million Syrians', 'half a million', 500000],
    ['seven airdrops of aid', 'seven', 7],
  ])('%s', (text, span, value) => {
    expect(find(text, span).value).toBe(value);
  });

  it('reads vague amounts as ranges', () => {
    const a = find('tens of thousands of civilians fled', 'tens of thousands');
    expect([a.value, a.low, a.high, a.counted]).toEqual([null, 20000, 99999, 'civilians']);
    expect(find('hundreds of thousands of Syrians', 'hundreds of thousands').low).toBe(200000);
    expect(find('Hundreds were killed.', 'Hundreds').low).toBe(200);
    expect(find('only a few thousand were allowed', 'a few thousand').high).toBe(9000);
  });
});

describe('quantities: counted nouns and changes', () => {
  it('finds the counted noun past adjectives', () => {
    expect(find('killed 50 former Iraqi police officers', '50').counted).toBe('officers');
    expect(find('125 soldiers to assist', '125').counted).toBe('soldiers');
    expect(find('with few armored vehicles and 30 armored vehicles', '30').counted).toBe(
      'vehicles',
    );
    expect(find('thousands of fighters', 'thousands').counted).toBe('fighters');
  });

  it('reads relative change', () => {
    expect(find('the number has been halved in three months', 'halved').change).toBe(0.5);
    expect(find('Exports doubled last year.', 'doubled').change).toBe(2);
    expect(find('Prices have tripled.', 'tripled').change).toBe(3);
    expect(find('Profits rose 20% in the year.', '20%').change).toBeCloseTo(1.2);
    expect(find('Sales fell by 5 per cent.', '5 per cent').change).toBeCloseTo(0.95);
    expect(find('a 78 percent increase in profit', '78 percent').change).toBeCloseTo(1.78);
    const third = find('The workforce fell by a third.', 'a third');
    expect(third.change).toBeCloseTo(2 / 3);
    expect(find('Sales fell by two-thirds.', 'two-thirds').change).toBeCloseTo(1 / 3);
    expect(find('Profits could double next year.', 'double').change).toBe(2);
    expect(find('The number of refugees has doubled.', 'doubled').counted).toBe('refugees');
    // "from A to B" after a direction word: two values, the second a change on the first
    const qs = quantities('It increased the surcharge from £6 to £10 a leg.');
    expect(qs.map((q) => q.text)).toEqual(['£6', '£10']);
    expect(qs[1]?.change).toBeCloseTo(10 / 6);
    expect(find('It expanded from 40 to 1,796 cinemas.', '1,796').counted).toBe('cinemas');
    // without a direction word "from A to B" stays a range
    expect(find('Temperatures range from 10 to 20 degrees.', '10 to 20 degrees').low).toBe(10);
  });

  it('reads ratios, casualty counts and quoted figures', () => {
    const r = find('Approximately 1 in 5 Ukrainians struggle to access medicine.', '1 in 5');
    expect([r.value, r.unit, r.approx]).toEqual([0.2, 'ratio', 'Approximately']);
    expect(find('One in four children is hungry.', 'One in four').value).toBe(0.25);
    expect(find('10 dead and 40 wounded in the strike', '10').counted).toBe('dead');
    expect(find('10 dead and 40 wounded in the strike', '40').counted).toBe('wounded');
    expect(find('Pentagon: "Half a dozen" shipments arrived.', 'Half a dozen')).toMatchObject({
      value: 6,
      counted: 'shipments',
    });
    expect(find('He said "two" weapons.', 'two').unit).toBeNull();
    expect(find('He said "from the age of 11". Then', '11').unit).toBeNull();
  });

  it('reads fractions', () => {
    expect(find('It does two thirds of its business in Asia.', 'two thirds').value).toBeCloseTo(
      2 / 3,
    );
    expect(find('A quarter of the city was destroyed.', 'A quarter').value).toBe(0.25);
    expect(
      quantities('They won a third term. She made it double gold. Half an hour later.'),
    ).toEqual([]);
  });
});

describe('quantities: what must NOT match', () => {
  const texts = (t: string): string[] => quantities(t).map((q) => q.text);
  it.each([
    ['years', 'In 2024 the war went on, as in 1999 and 2011-2012.'],
    ['decades', "It was built in the 1990s and rebuilt in the '90s."],
    ['dates', 'On 30 November and on November 30, 2024, and on 12/09/2016 and 2016-09-12.'],
    [
      'day of month after month',
      'Talks began on January 13 and ended March 3, then Jan. 5 and Sept. 12.',
    ],
    ['times of day', 'It began at 3 p.m. and ended at 10:30, then at 9 pm and 7am.'],
    ['clock times with a point', 'The meeting starts at 10.30 and ends at 11.45.'],
    [
      'durations',
      'They have not been seen for two weeks, after three months of fighting and 12 days.',
    ],
    ['mixed-fraction durations', 'It took 3 1/2 years.'],
    ['duration alternatives', 'I sit there for six or seven hours.'],
    ['adjectival durations', 'a 12-month programme and a 30-day ceasefire'],
    ['ordinals', 'the 155th brigade, the 1st and the 2nd battalion, the third day'],
    ['one of the', 'It is one of the best, and no one knows which one.'],
    ['bare one', 'One man I spoke to said so.'],
    ['definite groups', 'The two men met again.'],
    ['definite groups in digits', 'It strengthens the co-operation between our 2 countries.'],
    ['names and codes', 'F-16 jets, MiG-29s, MH370, COVID-19 and the iPhone 4 and Windows 7.'],
    [
      'labels',
      'Under Article 5 and Resolutions 2254 and 2118, see page 12, Vol. 3 and the No. 2 automaker.',
    ],
    ['footnotes', 'It is Shia Arab.[1] It was built.[2]'],
    ['coordinates', 'Coordinates: 33°47′N 44°30′E / 33.783°N 44.500°E'],
    ['product generations', 'Apple launches 3G iPhone'],
    ['HTML character references and ranks', 'Bryn F&#244;n was held. He is #1 in the charts.'],
    [
      'aircraft designations after a figure are no temperature',
      'They sent F-16s and C-130 planes.',
    ],
    ['scores', 'a 3-1 win over Olympiakos after they were trounced 45-6 and a 19-13 victory'],
    [
      'capitalised number words inside a name',
      'films such as Million Dollar Baby and the RBS Six Nations',
    ],
    ['a noun that looks like a change verb', 'He will play in the doubles on Saturday.'],
    [
      'change words used as adjectives and nouns',
      'Holmes stormed to double Olympic gold. They won their doubles rubber.',
    ],
    ['a scale word alone', 'The trillion-dollar debts of the banks.'],
    ['a year before a capitalised name', 'Under the 1989 Children Act, councils must act.'],
    ['a range of years', 'Between 1998 and 2002 it grew, as it did in 2011-12.'],
  ])('%s', (_name, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps ages written N-year-old', () => {
    const q = find('a 14-year-old boy', '14-year-old');
    expect([q.value, q.unit]).toEqual([14, 'year']);
  });
});
