/**
 * Source resolution: the kind of source (person, official, organisation, outlet, document,
 * unknown), whether it is anonymous, the entity it names (by span overlap with the entities
 * layer, when that layer exists), the outlet of the article's provenance chain it names
 * ("the NYT" -> The New York Times), and for pronouns the nearest earlier named source.
 */
import type { Entity, ProvenanceStep, SourceKind, Span } from '../../../core/record.js';
import { memoIndex, type SpanIndex } from '../../../core/span-index.js';
import type { Lexicon } from '../lexicon.js';
import type { Range } from '../parsers/np.js';
import type { TokenView } from '../parsers/tokens.js';
import { postModifierAt } from '../parsers/frames.js';
import { antecedent } from './pronouns.js';

export interface ResolvedSource {
  kind: SourceKind;
  anonymous: boolean;
  entity: string | null;
  /** the name a pronoun or abbreviation stands for, for printing paths */
  name: string;
  /** the antecedent span for pronouns */
  antecedent: Span | null;
  /** the type of the entity named, when the entities layer has it */
  entityType?: string;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'who', 'him', 'her']);
/** determiners of a source no name is given for ("an official", "two diplomats") */
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'another',
  'other',
  'multiple',
]);

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && w.toLowerCase() !== 'the' && /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

export function matchProvenance(
  text: string,
  steps: readonly ProvenanceStep[],
): ProvenanceStep | null {
  const bare = text.replace(/^the\s+/i, '').trim();
  for (const s of steps) {
    const name = s.name.replace(/^the\s+/i, '');
    if (bare.toLowerCase() === name.toLowerCase()) return s;
    if (/^[A-Z]{2,6}$/.test(bare) && initials(s.name) === bare) return s;
  }
  return null;
}

const mentionIndexes = new WeakMap<readonly Entity[], SpanIndex<[number, number]>>();

/** The entity whose mention holds the head (last word) of the source span, longest overlap first. */
function entityAt(
  entities: readonly Entity[],
  start: number,
  end: number,
  headStart: number,
): Entity | null {
  // mentions indexed once per entities layer: a pass over every entity for each source made
  // the stage quadratic in the article's length
  const index = memoIndex(mentionIndexes, entities, (list) =>
    list.flatMap((e, i) =>
      e.mentions.map((m, j) => ({ start: m.start, end: m.end, value: [i, j] as [number, number] })),
    ),
  );
  let best: [number, number] | null = null;
  let bestLen = 0;
  for (const m of index.covering(headStart)) {
    const len = Math.min(end, m.end) - Math.max(start, m.start);
    // ties go to the earlier entity, then the earlier mention (the order of a pass over the layer)
    if (
      len > bestLen ||
      (len === bestLen &&
        best &&
        (m.value[0] < best[0] || (m.value[0] === best[0] && m.value[1] < best[1])))
    ) {
      if (len > 0) {
        best = m.value;
        bestLen = len;
      }
    }
  }
  return best ? (entities[best[0]] as Entity) : null;
}

export function resolveSource(
  v: TokenView,
  r: Range,
  lex: Lexicon,
  ctx: {
    entities: readonly Entity[];
    provenance: readonly ProvenanceStep[];
    /** earlier named sources, nearest last */
    earlier: readonly { span: Span; resolved: ResolvedSource }[];
    /** text of the sentence holding the cue (for "on condition of anonymity") */
    sentence: string;
  },
): ResolvedSource {
  const words: string[] = [];
  for (let i = r[0]; i <= r[1]; i++) words.push(v.low[i] ?? '');
  // "an official familiar with the matter": the head noun phrase ends before the formula
  let coreEnd = r[1];
  for (let i = r[0] + 1; i <= r[1]; i++) {
    if (postModifierAt(v, i, r[1]) >= 0) {
      coreEnd = i - 1;
      break;
    }
  }
  const formula = coreEnd < r[1];
  let propn = 0;
  for (let i = r[0]; i <= coreEnd; i++) if (v.tokens[i]?.pos === 'PROPN') propn++;
  const text = v.text.slice(v.tokens[r[0]]?.start ?? 0, v.tokens[r[1]]?.end ?? 0);
  const start = v.tokens[r[0]]?.start ?? 0;
  const end = v.tokens[r[1]]?.end ?? 0;
  const s = lex.sources;
  const sentenceLow = ctx.sentence.toLowerCase();
  const anonPhrase = s.anonymousPhrases.some((p) => sentenceLow.includes(p));

  if (words.length === 1 && s.pronouns.has(words[0] ?? '')) {
    const w = words[0] ?? '';
    const ante = antecedent(w, start, ctx.earlier, ctx.entities);
    if (ante) return ante;
    return {
      kind: PERSON_PRONOUNS.has(w) ? 'person' : 'unknown',
      anonymous: false,
      entity: null,
      name: text,
      antecedent: null,
    };
  }

  const step = matchProvenance(text, ctx.provenance);
  const entity = entityAt(ctx.entities, start, end, v.tokens[coreEnd]?.start ?? end);
  const core = words.slice(0, coreEnd - r[0] + 1);
  const has = (set: Set<string>): boolean => core.some((w) => set.has(w));
  let kind: SourceKind = 'unknown';
  if (step) kind = 'outlet';
  else if (has(s.outlet) && propn > 0) kind = 'outlet';
  else if (has(s.official)) kind = 'official';
  else if (has(s.document)) kind = 'document';
  else if (has(s.organisation)) kind = 'organisation';
  else if (entity?.type === 'person') kind = 'person';
  else if (
    entity &&
    (entity.type === 'organisation' || entity.type === 'country' || entity.type === 'group')
  )
    kind = 'organisation';
  else if (propn > 0) kind = 'person';
  const head = core.at(-1) ?? '';
  // "a Defense Ministry spokesman": after an indefinite determiner, a name that is not the head
  // only modifies it
  const indefinite = INDEFINITE.has(core[0] ?? '') && !core.includes(',');
  const headName = v.tokens[coreEnd]?.pos === 'PROPN';
  const named =
    entity?.type === 'person' ||
    (propn > 0 && !s.anonymousHeads.has(head) && (headName || !indefinite));
  const anonymous =
    !named &&
    (s.anonymousHeads.has(head) ||
      (indefinite && kind === 'official') ||
      formula ||
      (anonPhrase && kind === 'official'));
  return {
    kind,
    anonymous,
    entity: step?.entity ?? entity?.id ?? null,
    ...(entity ? { entityType: entity.type } : {}),
    // an unnamed group keeps its own words: an entity name would merge "officials" of different sides
    name: step?.name ?? (anonymous ? text : (entity?.name ?? text)),
    antecedent: null,
  };
}
