/**
 * Small written articles for the API and export tests: a missile strike with a stated death
 * toll, a near copy of it by another outlet (one word changed), talks in another city, a dated
 * text and an HTML page with a script that must not reach the text.
 */
const STRIKE = `A Russian missile strike on Kharkiv killed 5 people on Saturday, regional governor Oleh Syniehubov said.

The missiles hit a residential district of Kharkiv early in the morning, the governor said on Telegram. Rescue teams searched the rubble of a five-storey building for survivors until the evening.

Ukraine's air force said it shot down two of the four missiles launched from the Belgorod region of Russia.`;

export const STRIKE_COPY = STRIKE.replace('searched the rubble', 'combed the rubble');

export const ARTICLES = [
  {
    text: STRIKE,
    title: 'Missile strike on Kharkiv kills 5',
    published: '2025-03-02',
    outlet: 'Kharkiv Today',
  },
  {
    text: STRIKE_COPY,
    title: 'Five killed in Kharkiv strike',
    published: '2025-03-02',
    outlet: 'Kyiv Wire',
  },
  {
    text: `Delegations from Ukraine and the United States held talks in Jeddah on Tuesday about a ceasefire, officials said.

The talks lasted eight hours, according to a Ukrainian official who was not authorised to speak publicly.`,
    title: 'Ukraine and US hold talks in Jeddah',
    published: '2025-03-11',
    outlet: 'Gulf Daily',
    url: 'https://example.org/jeddah-talks',
  },
];

export const TEXT_ARTICLE = `date 2025-03-05

A Russian drone attack on Odesa on Wednesday damaged port infrastructure, the regional administration said.`;

export const HTML_ARTICLE = `<!doctype html><html lang="en"><head><title>Ceasefire talks resume in Istanbul</title>
<script>alert('x')</script></head><body><article><h1>Ceasefire talks resume in Istanbul</h1>
<p>Negotiators from Russia and Ukraine met in Istanbul on Thursday to discuss a prisoner exchange, the Turkish foreign ministry said.</p>
<p>The meeting lasted two hours.</p></article></body></html>`;
