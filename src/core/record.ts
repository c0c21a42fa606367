/**
 * The sitrep record: the contract other tools read. Field names here are documented in
 * docs/record.md; add fields freely, rename none.
 *
 * Every annotation is a Span: `text === record.text.slice(start, end)` (JS string indices).
 * Every extracted fact carries `rule`: the parser, refiner or lexicon entry that produced it.
 */

export const SCHEMA = 'sitrep/record@1' as const;

/** A character range of `record.text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A span plus the rule or lexicon entry that produced it (provenance). */
export interface Annotation extends Span {
  /** e.g. "time/parsers/month-year" or "lexicon:data/cues.json#suggest" */
  rule: string;
}

export interface Origin {
  /** file path, "-" for standard input */
  path: string;
  url: string | null;
  /** dated-text | text | markdown | html | rss | atom | jsonl | csv */
  format: string;
  /** 1-based line or item number inside a multi-record file (feeds, JSONL, CSV) */
  item?: number;  /**
   * a text longer than the article cap (ingest/split.ts) is read as consecutive parts: this
   * record is part `part` (1-based) of `parts`
   */
  part?: number;
  parts?: number;
}

export interface Sentence extends Span {
  index: number;
}

/** Tokens are a transient layer: stages share them, records do not store them. */
export interface Token extends Span {
  /** Universal POS tag from wink-nlp */
  pos: string;
  /** index of the sentence holding the token */
  sentence: number;
}

export const ENTITY_TYPES = [
  'person',
  'organisation',
  'country',
  'place',
  'military-unit',
  'weapon',
  'group',
  'other',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export type Mention = Annotation;

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: Mention[];
  /** titles and roles, e.g. "Commander-in-Chief of the Armed Forces of Ukraine" */
  role?: string | null;
  /** ISO 3166-1 alpha-2 of the country the entity belongs to, when known */
  country?: string | null;
  /** for places: coordinates and admin level */
  geo?: { lat: number; lon: number; admin: string; source: string } | null;
  [extra: string]: unknown;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpr extends Annotation {
  id: string;
  type: TimeType;
  /** TimeML TIMEX3 value: 2024-11, P3M, PRESENT_REF, XXXX-XX-XX ... */
  value: string;
  mod: string | null;
  /** the calendar interval a duration covers, as TIMEX3 values */
  range?: { begin: string; end: string } | null;
  /** id of the time this one was anchored to; null = publication date */
  anchor?: string | null;
  [extra: string]: unknown;
}

export interface Quantity extends Annotation {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  /** the hedge word as written: "about", "more than" ... */
  approx: string | null;
  unit: string | null;
  /** the noun counted: "troops" */
  counted: string | null;
  /** relative change as a factor: halved = 0.5 */
  change: number | null;
  [extra: string]: unknown;
}

export type SourceKind = 'person' | 'official' | 'organisation' | 'outlet' | 'document' | 'unknown';

export interface Attribution {
  id: string;
  source: (Span & { entity: string | null; kind: SourceKind; anonymous: boolean }) | null;
  cue: Annotation;
  content: Span;
  direct: boolean;
  /** id of the attribution through which this one is reported */
  via: string | null;
  [extra: string]: unknown;
}

export type Modality = 'asserted' | 'negated' | 'hedged' | 'speculative' | 'future';

export interface Claim extends Span {
  id: string;
  attribution: string | null;
  modality: Modality;
  modalityCue: Annotation | null;
  entities: string[];
  times: string[];
  quantities: string[];
  [extra: string]: unknown;
}

export interface EventRecord {
  id: string;
  type: string;
  trigger: Annotation;
  mentions: Annotation[];
  actors: string[];
  targets: string[];
  place: string | null;
  time: string | null;
  /** how `time` was chosen: "expression" | "published" */
  timeSource?: string | null;
  quantities: string[];
  modality: Modality;
  /** the first mention's attribution id; null when the outlet itself reports it */
  attribution: string | null;
  /** every attribution among the mentions, first seen first (empty: only the outlet) */
  attributions: string[];
  [extra: string]: unknown;
}

/** One step of the chain of outlets an article came through, outermost first. */
export interface ProvenanceStep extends Annotation {
  /** the outlet's canonical name, e.g. "The New York Times" */
  name: string;
  /** publisher: the outlet that printed this text; source: an outlet it cites */
  role: 'publisher' | 'source';
  entity?: string | null;
}

export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  entities: Entity[];
  times: TimeExpr[];
  quantities: Quantity[];
  attributions: Attribution[];
  claims: Claim[];
  events: EventRecord[];
  provenance: ProvenanceStep[];
}

export type LayerName = keyof Layers;

/** Layers kept during a pipeline run but not stored in the record. */
export const TRANSIENT_LAYERS: readonly LayerName[] = ['tokens'];

export const LAYER_NAMES: readonly LayerName[] = [
  'sentences',
  'tokens',
  'entities',
  'times',
  'quantities',
  'attributions',
  'claims',
  'events',
  'provenance',
];

export interface SitrepRecord extends Omit<Layers, 'tokens'> {
  schema: typeof SCHEMA;
  id: string;
  origin: Origin;
  /** ISO date or date-time from the article; null when unknown, never the clock */
  published: string | null;
  outlet: string | null;
  title: string | null;
  language: string | null;
  text: string;
  /** why extractors did not run, e.g. "language fr: English extractors skipped" */
  notes: string[];
}
