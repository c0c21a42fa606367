import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/language.js';
import { HAS_SHARED, shared } from '../helpers.js';

describe('detectLanguage', () => {
  it.skipIf(!HAS_SHARED)(
    'reads every BBC article as English, figure-heavy business copy included',
    () => {
      const dir = shared('datasets/workloads/bbc-news-2005');
      const wrong: string[] = [];
      for (const topic of readdirSync(dir, { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      )) {
        for (const f of readdirSync(path.join(dir, topic.name))) {
          const text = readFileSync(path.join(dir, topic.name, f), 'latin1');
          const lang = detectLanguage(text);
          if (lang !== 'en') wrong.push(`${topic.name}/${f}: ${lang}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
  it.skipIf(!HAS_SHARED)(
    'reads English headlines as English, though short on function words',
    () => {
      const file = shared('datasets/workloads/ukraine-war-headlines/headlines_first_seen.json');
      const heads = (JSON.parse(readFileSync(file, 'utf8')) as { headline: string }[]).map(
        (h) => h.headline,
      );
      const other = heads.filter((h) => !['en', null].includes(detectLanguage(h)));
      // tinyld alone named 146 of them Czech, French, Esperanto ...; name-heavy ones may remain
      expect(other.length).toBeLessThanOrEqual(heads.length / 1000);
      expect(
        detectLanguage(
          'Russian troops seize Chernobyl nuclear power plant, Ukrainian official says',
        ),
      ).toBe('en');
    },
  );
  it('keeps foreign headlines foreign', () => {
    expect(
      detectLanguage(
        'Ukraine: les forces russes avancent vers Kharkiv, selon le ministère de la Défense',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'De regering heeft dinsdag nieuwe maatregelen aangekondigd om de boeren te steunen, na weken van protesten.',
      ),
    ).toBe('nl');
  });
  it('tells other languages apart', () => {
    expect(
      detectLanguage(
        'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs, après plusieurs semaines de manifestations dans tout le pays.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Bundesregierung hat am Dienstag neue Maßnahmen zur Unterstützung der Landwirte angekündigt, nachdem es wochenlang Proteste im ganzen Land gegeben hatte.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Північнокорейські військові не з’являлися на фронті протягом приблизно двох тижнів, повідомили посадовці на умовах анонімності.',
      ),
    ).toBe('uk');
  });
  it('returns null for text too short to tell', () => {
    expect(detectLanguage('Details')).toBeNull();
    expect(detectLanguage('12 34 56')).toBeNull();
  });
});
