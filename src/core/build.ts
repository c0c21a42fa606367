/**
 * Turns a raw article into a sitrep record: normalises the text, detects the language,
 * runs the pipeline (English extractors only on English text) and assembles the record.
 */
import { createHash } from 'node:crypto';
import type { RawArticle } from '../ingest/types.js';
import { toIsoDate } from './dates.js';
import { SitrepError } from './errors.js';
import { detectLanguage } from './language.js';
import { normaliseLine, normaliseText } from './normalise.js';
import type { Pipeline } from './pipeline.js';
import { SCHEMA, type Layers, type SitrepRecord } from './record.js';

/** Stable content hash: the same normalised text is the same article. */
export function recordId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

export interface BuildOptions {
  /** run the extractors even when the language is not English (tests, debugging) */
  anyLanguage?: boolean;
}

export function buildRecord(
  raw: RawArticle,
  pipeline: Pipeline,
  opts: BuildOptions = {},
): SitrepRecord {
  const where = raw.origin.item ? `${raw.origin.path}:${raw.origin.item}` : raw.origin.path;
  const text = normaliseText(raw.text);
  if (text === '') throw new SitrepError('no text to read (empty article)', where);
  const published = raw.published == null ? null : toIsoDate(raw.published);
  if (raw.published != null && published === null) {
    throw new SitrepError(`publication date "${raw.published}" is not a valid date`, where);
  }
  const title = normaliseLine(raw.title);
  const language = normaliseLine(raw.language)?.slice(0, 2).toLowerCase() ?? detectLanguage(text);
  const notes: string[] = [];
  if (raw.origin.part !== undefined) {
    notes.push(
      `part ${raw.origin.part} of ${raw.origin.parts ?? '?'}: the text is longer than one article may be, ` +
        'so it was read in parts cut where a paragraph or sentence ends',
    );
  }
  const english = language === null || language === 'en';
  let layers: Partial<Layers> = {};
  if (english || opts.anyLanguage) {
    layers = pipeline.run({
      text,
      published,
      title,
      outlet: normaliseLine(raw.outlet),
      language,
      layers: {},
    });
  } else {
    notes.push(`language ${language}: English extractors not run`);
  }
  const provenance = layers.provenance ?? [];
  const outlet =
    normaliseLine(raw.outlet) ?? provenance.find((p) => p.role === 'publisher')?.name ?? null;
  return {
    schema: SCHEMA,
    id: recordId(text),
    origin: raw.origin,
    published,
    outlet,
    title,
    language,
    text,
    sentences: layers.sentences ?? [],
    entities: layers.entities ?? [],
    times: layers.times ?? [],
    quantities: layers.quantities ?? [],
    attributions: layers.attributions ?? [],
    claims: layers.claims ?? [],
    events: layers.events ?? [],
    provenance,
    notes,
  };
}
