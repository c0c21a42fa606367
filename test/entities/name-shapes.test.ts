/**
 * Name shapes seen on news no rule was written on (ECB+ participants): surnames with an
 * inner capital, a person noun before a name, sports teams, institutions named after people.
 */
import { describe, expect, it } from 'vitest';
import { byMention, entities } from './run.js';

describe('name shapes', () => {
  it('a surname with an inner capital is a person, not a product', () => {
    const list = entities('Ellen DeGeneres met Fred LaRue and Leonardo DiCaprio in Biloxi.');
    for (const name of ['Ellen DeGeneres', 'Fred LaRue', 'Leonardo DiCaprio'])
      expect(byMention(list, name)?.type).toBe('person');
  });
  it('a product shape stays one ("PlayStation", "iPhone")', () => {
    const list = entities('Sony sold the PlayStation while Apple sold the iPhone in Denver.');
    expect(byMention(list, 'PlayStation')?.type).not.toBe('person');
    expect(byMention(list, 'iPhone')?.type).not.toBe('person');
  });
  it('a capitalised person noun before a given name is no part of the name', () => {
    const list = entities(
      'Comedian Ellen DeGeneres will host the show. It starred Actor Tom Hanks.',
    );
    expect(byMention(list, 'Ellen DeGeneres')?.name).toBe('Ellen DeGeneres');
    expect(byMention(list, 'Tom Hanks')?.name).toBe('Tom Hanks');
    expect(list.some((e) => /Comedian|Actor/.test(e.name))).toBe(false);
  });
  it('a given name that is also a noun keeps the name whole ("Hunter Biden", "Will Smith")', () => {
    const list = entities('Hunter Biden spoke. The actor Will Smith did not.');
    expect(byMention(list, 'Hunter Biden')?.name).toBe('Hunter Biden');
    expect(byMention(list, 'Will Smith')?.name).toBe('Will Smith');
  });
  it('a place and a plural is a team, an organisation', () => {
    const list = entities(
      'The Indianapolis Colts beat the Kansas City Chiefs on Sunday; the Boston Red Sox lost.',
    );
    for (const name of ['Indianapolis Colts', 'Kansas City Chiefs', 'Boston Red Sox'])
      expect(byMention(list, name)?.type).toBe('organisation');
  });
  it('a place and a plural place word stays a place ("Falkland Islands", "Golan Heights")', () => {
    const list = entities('Troops left the Falkland Islands and the Golan Heights.');
    expect(byMention(list, 'Falkland Islands')?.type).toBe('place');
    expect(byMention(list, 'Golan Heights')?.type).toBe('place');
  });
  it('a given name before "Center" does not make the venue a person', () => {
    const list = entities('Jobs spoke at the Moscone Center in San Francisco.');
    expect(byMention(list, 'Moscone Center')?.type).not.toBe('person');
  });
});
