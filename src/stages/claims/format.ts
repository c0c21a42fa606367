/**
 * formatClaims: one block per claim with its source path and modality, for
 * `sitrep extract --format pretty`.
 *
 *   [negated: "not"] North Korean troops have not been seen on the front for about two weeks
 *     UNN → The New York Times → officials (anonymous)
 */
import type { Attribution, Claim, SitrepRecord } from '../../core/record.js';

function sourceLabel(a: Attribution): string {
  const s = a.source;
  if (!s) return '(unnamed source)';
  const name = typeof a.sourceName === 'string' && a.sourceName ? a.sourceName : s.text;
  return s.anonymous ? `${name} (anonymous)` : name;
}

/** The outlets and sources a claim came through, outermost first. */
export function claimPath(
  record: Pick<SitrepRecord, 'attributions' | 'provenance' | 'outlet'>,
  claim: Claim,
): string[] {
  return sourcePath(record, claim.attribution);
}

/**
 * The outlets, then the chain of sources (through `via`) of an attribution, outermost first;
 * with `attribution` null, the outlets alone (the article states it).
 */
export function sourcePath(
  record: Pick<SitrepRecord, 'attributions' | 'provenance' | 'outlet'>,
  attribution: string | null,
): string[] {
  const path: string[] = [];
  const publisher = record.provenance.find((p) => p.role === 'publisher')?.name ?? record.outlet;
  if (publisher) path.push(publisher);
  for (const p of record.provenance) if (p.role === 'source') path.push(p.name);
  const chain: Attribution[] = [];
  const byId = new Map(record.attributions.map((a) => [a.id, a]));
  let cur = attribution ? byId.get(attribution) : undefined;
  const seen = new Set<string>();
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    chain.unshift(cur);
    cur = cur.via ? byId.get(cur.via) : undefined;
  }
  for (const a of chain) {
    const label = sourceLabel(a);
    if (path.at(-1)?.toLowerCase() !== label.toLowerCase()) path.push(label);
  }
  if (path.length === 0) path.push('(the article)');
  return path;
}

export function formatClaims(
  record: Pick<SitrepRecord, 'attributions' | 'provenance' | 'outlet' | 'claims'>,
): string {
  const lines: string[] = [];
  for (const c of record.claims) {
    const cue = c.modalityCue ? `: "${c.modalityCue.text}"` : '';
    const att = c.attribution ? record.attributions.find((a) => a.id === c.attribution) : undefined;
    const quote = att?.direct ? ' (direct quote)' : '';
    lines.push(`[${c.modality}${cue}] ${c.text.replace(/\s+/g, ' ')}`);
    lines.push(`    ${claimPath(record, c).join(' → ')}${quote}`);
  }
  return lines.join('\n');
}
