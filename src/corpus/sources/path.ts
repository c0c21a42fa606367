/**
 * The source path of one report: the outlets it came through and the attribution chain inside
 * it, outermost first. "UNN → The New York Times → Ukrainian and American officials (anonymous)"
 * is [publisher UNN, relayed outlet NYT (provenance), source officials (attribution a3 via a2)].
 *
 * Outlets are read from three places: the record's publisher (`outlet`, else the provenance
 * publisher), its provenance steps with role `source` (a credit line relaying another outlet),
 * and attributions whose source is an outlet ("the NYT reports, citing officials": source kind
 * `outlet`, or an entity typed as an outlet). A copy's path is the copy's publisher followed by
 * its original's outlets: a syndicated text relays its original even when it does not say so.
 */
import type { Attribution, Entity, SitrepRecord } from '../../core/record.js';

export type StepKind = 'publisher' | 'outlet' | 'named' | 'unnamed';

export interface SourceStep {
  kind: StepKind;
  /** the name to print: outlet name, entity name, or the source's text */
  name: string;
  /** record-level entity id, when the step names one */
  entity: string | null;
  /** the attribution id (a1 ...) or provenance index (p0 ...) the step was read from */
  from: string;
  /** how the step was read: `provenance#publisher`, `provenance#source`, `attribution#outlet` ... */
  rule: string;
  anonymous?: boolean;
}

/** What a copy inherits from its original: enough to extend the copy's path. */
export interface OriginalRef {
  id: string;
  outlet: string | null;
  provenance: SitrepRecord['provenance'];
}

const entityById = (r: SitrepRecord) => new Map(r.entities.map((e) => [e.id, e]));

/** The outlets a record came through, outermost first (publisher, then relayed outlets). */
export function outletChain(record: SitrepRecord, original?: OriginalRef | null): SourceStep[] {
  const steps: SourceStep[] = [];
  const publisher =
    record.outlet ?? record.provenance.find((p) => p.role === 'publisher')?.name ?? null;
  steps.push({
    kind: 'publisher',
    name: publisher ?? `(unknown outlet of ${record.id})`,
    entity: null,
    from: 'record',
    rule: publisher ? 'record#outlet' : 'record#no-outlet',
  });
  record.provenance.forEach((p, i) => {
    if (p.role !== 'source') return;
    steps.push({
      kind: 'outlet',
      name: p.name,
      entity: p.entity ?? null,
      from: `p${i}`,
      rule: 'provenance#source',
    });
  });
  if (original && original.id !== record.id) {
    const relayed = new Set(steps.map((s) => norm(s.name)));
    const theirs = [
      original.outlet ?? original.provenance.find((p) => p.role === 'publisher')?.name ?? null,
      ...original.provenance.filter((p) => p.role === 'source').map((p) => p.name),
    ];
    // the copy's own credit line may already name them ("Transmits Ukrinform with reference to UNN")
    for (const name of theirs) {
      if (name === null || relayed.has(norm(name))) continue;
      relayed.add(norm(name));
      steps.push({
        kind: 'outlet',
        name,
        entity: null,
        from: original.id,
        rule: 'copies#original',
      });
    }
  }
  return dedupe(steps);
}

/** Is this attribution's source an outlet ("the NYT reports", "The New York Times said")? */
export function isOutletSource(a: Attribution, entities: Map<string, Entity>): boolean {
  const s = a.source;
  if (!s) return false;
  if (s.kind === 'outlet') return true;
  const e = s.entity ? entities.get(s.entity) : undefined;
  return e?.kind === 'outlet';
}

/**
 * A source is named when it is not anonymous and points at a person, organisation or unit with
 * a proper name ("General Oleksandr Syrskyi", "the Pentagon"); a role noun alone ("the regional
 * governor", "the ministry": lower-case entity names) is unnamed, counted per outlet.
 */
/** "Russia's defence ministry", "Ukraine's air force": a proper name's institution */
const OWNED_NAME = /^(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u;

function isNamed(a: Attribution, entities: Map<string, Entity>): boolean {
  const s = a.source;
  if (!s || s.anonymous) return false;
  const e = s.entity ? entities.get(s.entity) : undefined;
  if (!e) {
    if (s.kind === 'person') return /^\p{Lu}/u.test(s.text);
    // an institution named through its country or owner: "Russia's defence ministry"
    return (s.kind === 'official' || s.kind === 'organisation') && OWNED_NAME.test(s.text);
  }
  const proper = /^\p{Lu}/u.test(e.name);
  return proper && (e.type === 'person' || e.type === 'organisation' || e.type === 'military-unit');
}

/**
 * The full path of a report whose innermost attribution is `attributionId` (null: the outlet
 * itself reports it). A `via` cycle (a parser slip) is cut where it repeats.
 */
export function sourcePath(
  record: SitrepRecord,
  attributionId: string | null,
  original?: OriginalRef | null,
): SourceStep[] {
  const steps = outletChain(record, original);
  if (attributionId === null) return steps;
  const byId = new Map(record.attributions.map((a) => [a.id, a]));
  const entities = entityById(record);
  const chain: Attribution[] = [];
  const seen = new Set<string>();
  let at = byId.get(attributionId);
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    chain.unshift(at);
    at = at.via ? byId.get(at.via) : undefined;
  }
  for (const a of chain) {
    if (!a.source) continue; // "reportedly", passives: nobody named, the outlet speaks
    const e = a.source.entity ? entities.get(a.source.entity) : undefined;
    const name = (a.sourceName as string | undefined) ?? e?.name ?? a.source.text;
    if (isOutletSource(a, entities)) {
      steps.push({
        kind: 'outlet',
        name,
        entity: a.source.entity,
        from: a.id,
        rule: 'attribution#outlet',
      });
    } else if (isNamed(a, entities)) {
      steps.push({
        kind: 'named',
        name: e?.name ?? name,
        entity: a.source.entity,
        from: a.id,
        rule: 'attribution#named',
      });
    } else {
      steps.push({
        kind: 'unnamed',
        name: a.source.text,
        entity: a.source.entity,
        from: a.id,
        rule: a.source.anonymous ? 'attribution#anonymous' : 'attribution#unnamed-group',
        // "officials" who asked not to be named are anonymous; "the regional governor" is a
        // role the outlet did not name, counted the same way but not labelled anonymous
        anonymous: a.source.anonymous,
      });
    }
  }
  return dedupe(steps);
}

/** Outlet names compare by their normalised form ("the NYT" and "The New York Times" arrive
 * already canonical through sourceName / provenance). */
export function norm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One outlet named twice in a row (provenance NYT, then "the NYT reports") is one step. */
function dedupe(steps: SourceStep[]): SourceStep[] {
  const out: SourceStep[] = [];
  for (const s of steps) {
    const last = out[out.length - 1];
    const outletLike = (k: StepKind) => k === 'publisher' || k === 'outlet';
    if (last && outletLike(last.kind) && outletLike(s.kind) && norm(last.name) === norm(s.name))
      continue;
    out.push(s);
  }
  return out;
}

/** "UNN → The New York Times → Ukrainian and American officials (anonymous)" */
export function formatPath(steps: readonly SourceStep[]): string {
  return steps.map((s) => (s.anonymous ? `${s.name} (anonymous)` : s.name)).join(' → ');
}
