/**
 * Capitalised words that are not people (sentences from the BBC 2005 workload and CNN's
 * Ukraine war headlines): party names and their members' nouns, a plural common noun that
 * opens a sentence, names with an acronym in them. And the people next to them stay people.
 */
import { describe, expect, it } from 'vitest';
import { byMention, entities } from './run.js';

const typeOf = (text: string, span: string) => byMention(entities(text), span)?.type;

describe('party names are organisations, not people', () => {
  it.each([
    ['"This is not an issue in Britain or a problem for Labour," Mr Balls said.', 'Labour'],
    ['The Tories said they were glad Mr Straw had been "shamed" into going.', 'Tories'],
    ['The Tories and the Lib Dems have questioned the timing of the new rules.', 'Lib Dems'],
    ["Fox attacks Blair's Tory 'lies'", 'Tory'],
  ])('%s -> %s', (text, span) => {
    expect(typeOf(text, span)).toBe('organisation');
  });

  it('keeps the party leader a person', () => {
    const list = entities('Tory leader Michael Howard has written to Tony Blair.');
    expect(byMention(list, 'Michael Howard')?.type).toBe('person');
    expect(byMention(list, 'Tony Blair')?.type).toBe('person');
  });
});

describe('a plural common noun opening a sentence is not a person', () => {
  it('Rebels said ...', () => {
    expect(typeOf('Rebels said the Asad regime had fallen.', 'Rebels')).not.toBe('person');
  });
  it('Prosecutors said ...', () => {
    const text = 'Prosecutors said the pair had missed three drug tests.';
    expect(typeOf(text, 'Prosecutors')).not.toBe('person');
  });
  it('a surname opening a sentence stays a person when the text names him', () => {
    const list = entities('Gordon Brown spoke on Monday. Brown said the economy was strong.');
    expect(byMention(list, 'Brown')?.type).toBe('person');
  });
});

describe('a name with an acronym in it is not shaped like a person', () => {
  it.each([
    ['"Current PC architecture is nearing its limits," he added.', 'Current PC'],
    ["But Kenteris' lawyer Gregory Ioannidis told BBC Sport earlier this week.", 'BBC Sport'],
  ])('%s -> %s', (text, span) => {
    expect(typeOf(text, span)).not.toBe('person');
  });
  it('initials in front are still a person: "JP McManus"', () => {
    const text = 'Irish racing tycoons JP McManus and John Magnier own a stake in the club.';
    expect(typeOf(text, 'JP McManus')).toBe('person');
  });
});
