/**
 * provenance: the chain of outlets the article's text came through, outermost first
 * (UNN, which cites The New York Times). Only what the text itself says is recorded; an
 * outlet known from the page's metadata is the record's `outlet`, not a provenance step; when
 * it is known, a dateline or formula naming another outlet is a source the page relays.
 * When an `entities` layer is present, steps link to the entity whose mention they cover.
 */
import type { ProvenanceStep } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { creditLine, publisherFormula, wireDateline } from './parsers/formulas.js';

export const provenanceStage: Stage = {
  name: 'provenance',
  requires: ['sentences'],
  assigns: ['provenance'],
  run(doc) {
    const sentences = doc.layers.sentences ?? [];
    const found: ProvenanceStep[] = [...wireDateline(doc.text)];
    for (const sentence of sentences) {
      const formula = publisherFormula(doc.text, sentence);
      found.push(...(formula.length > 0 ? formula : creditLine(doc.text, sentence)));
    }
    // one publisher: the first one stated; every other outlet is a source it relays
    const provenance: ProvenanceStep[] = [];
    const seen = new Set<string>();
    for (const s of found) {
      const key = s.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      // a dateline or formula naming another outlet than the page's own (a Reuters dateline on
      // a site that reprints it) is an outlet this text relays, not its publisher
      const publisher =
        s.role === 'publisher' &&
        !provenance.some((p) => p.role === 'publisher') &&
        (doc.outlet == null || sameOutlet(doc.outlet, s.name));
      const role = publisher ? 'publisher' : s.role === 'publisher' ? 'source' : s.role;
      provenance.push({ ...s, role, entity: entityAt(doc.layers.entities, s.start, s.end) });
    }
    provenance.sort((a, b) => (a.role === b.role ? 0 : a.role === 'publisher' ? -1 : 1));
    return { provenance };
  },
};

/** "The Kyiv Post" ~ "kyivpost.com", "Reuters" ~ "reuters.com": one name inside the other */
function sameOutlet(a: string, b: string): boolean {
  const key = (x: string) =>
    x
      .toLowerCase()
      .replace(/^(?:www\.)?/, '')
      .replace(/\.(?:com|net|org|info|co\.uk|ua|ru)$/, '')
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const [x, y] = [key(a), key(b)];
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

function entityAt(
  entities: readonly { id: string; mentions: { start: number; end: number }[] }[] | undefined,
  start: number,
  end: number,
): string | null {
  for (const e of entities ?? []) {
    if (e.mentions.some((m) => m.start < end && start < m.end)) return e.id;
  }
  return null;
}
