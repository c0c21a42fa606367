/** data/entities/people.json: people news names by surname alone, typed and canonical. */
import { describe, expect, it } from 'vitest';
import { byMention, entities } from './run.js';

describe('well-known people', () => {
  it('a surname alone is the person, with the full name and country', () => {
    const list = entities("Zelensky encourages Russians to protest against Putin's order.");
    expect(byMention(list, 'Zelensky')).toMatchObject({
      type: 'person',
      name: 'Volodymyr Zelensky',
      country: 'UA',
    });
    const putin = byMention(list, 'Putin');
    expect(putin).toMatchObject({ type: 'person', name: 'Vladimir Putin', country: 'RU' });
    expect(putin?.mentions[0]?.rule).toBe('lexicon:data/entities/people.json#Vladimir Putin');
  });
  it('a month after a given name is a surname ("Theresa May"), a month before a date is not', () => {
    const list = entities(
      'Prime Minister Theresa May said on Tuesday that talks would continue. Brian May played. Talks began on May 5 and ended in May.',
    );
    const people = list.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toContain('Theresa May');
    expect(people).toContain('Brian May');
    expect(people).not.toContain('Theresa');
    expect(list.filter((e) => e.mentions.some((m) => m.text === 'May'))).toEqual([]);
  });
  it('the titled full name and later surnames are one entity', () => {
    const list = entities(
      'Russian President Vladimir Putin met Alexander Lukashenko. Putin said the talks went well, and Lukashenko agreed.',
    );
    const putin = list.filter((e) => e.name === 'Vladimir Putin');
    expect(putin).toHaveLength(1);
    expect(putin[0]?.mentions).toHaveLength(2);
    expect(list.filter((e) => e.name === 'Alexander Lukashenko')).toHaveLength(1);
  });
  it('spelling variants join: Zelenskyy and Zelensky', () => {
    const list = entities('Volodymyr Zelenskyy spoke. Later Zelensky left for Kyiv.');
    expect(list.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([
      'Volodymyr Zelensky',
    ]);
  });
  it('a longer name containing one is not the person ("Trump Tower")', () => {
    const list = entities('Protesters gathered outside Trump Tower in New York.');
    expect(byMention(list, 'Trump')).toBeUndefined();
  });
});
