/**
 * claims: the propositions of the article. Each attribution's content is a claim of its source
 * (the innermost one when attributions nest: "the NYT reports, citing officials, that X" gives
 * X to the officials, reached via the NYT); every other sentence's main clauses are claims of
 * the outlet itself (attribution null). Headings, fragments, credit lines and bare reporting
 * frames are not claims. Each claim carries its modality and the ids of the entities, times and
 * quantities inside it.
 *
 * Example: "North Korean troops have not been seen on the front, officials said." ->
 *   { text: "North Korean troops have not been seen on the front", modality: "negated",
 *     modalityCue: { text: "not" }, attribution: "a1" }
 */
import type { Attribution, Claim, Span, Token } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { mainClauses, type Range } from './parsers/clauses.js';
import { linkedIds } from './refiners/links.js';
import { claimModality } from './refiners/modality.js';

/** Token range covering a character span (binary search: tokens are in text order). */
function tokenRange(tokens: readonly Token[], s: Span): Range | null {
  let lo = 0;
  let hi = tokens.length - 1;
  let a = tokens.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) > s.start) {
      a = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  let b = a - 1;
  while (b + 1 < tokens.length && (tokens[b + 1]?.start ?? Infinity) < s.end) b++;
  return b < a ? null : [a, b];
}

function hasVerb(tokens: readonly Token[], r: Range): boolean {
  for (let i = r[0]; i <= r[1]; i++) if (/^(?:VERB|AUX)$/.test(tokens[i]?.pos ?? '')) return true;
  return false;
}

/** Attributions whose content is the claim: not outer frames of a nested attribution. */
function claimFrames(atts: readonly Attribution[]): Attribution[] {
  // an attribution reached `via` another one with content inside the other's: the outer is a frame
  const outer = new Set<string>();
  const byId = new Map(atts.map((a) => [a.id, a]));
  for (const b of atts) {
    const a = b.via ? byId.get(b.via) : undefined;
    if (a && a.content.start <= b.content.start && b.content.end <= a.content.end) outer.add(a.id);
  }
  return atts.filter((a) => !outer.has(a.id));
}

/** Character intervals covered by attribution frames and credit lines, merged and sorted. */
function covered(atts: readonly Attribution[], extra: readonly Span[]): [number, number][] {
  const iv: [number, number][] = [];
  for (const a of atts) {
    iv.push([a.content.start, a.content.end], [a.cue.start, a.cue.end]);
    if (a.source) iv.push([a.source.start, a.source.end]);
  }
  for (const p of extra) iv.push([p.start, p.end]);
  iv.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const x of iv) {
    const last = out.at(-1);
    if (last && x[0] <= last[1]) last[1] = Math.max(last[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'tokens', 'attributions'],
  assigns: ['claims'],
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const atts = doc.layers.attributions ?? [];
    const provenance = doc.layers.provenance ?? [];
    const layers = doc.layers;
    const found: Claim[] = [];
    const make = (span: Span, r: Range, a: Attribution | null): void => {
      const m = claimModality(span, tokens, r, a, doc.text);
      found.push({
        id: '',
        ...span,
        attribution: a?.id ?? null,
        modality: m.modality,
        modalityCue: m.cue,
        ...linkedIds(span, layers),
        rule: a ? 'claims#attributed' : 'claims/parsers/clauses#unattributed',
      });
    };

    for (const a of claimFrames(atts)) {
      const r = tokenRange(tokens, a.content);
      if (!r || !hasVerb(tokens, r)) continue;
      // the complementiser is part of the frame, not of the proposition
      if (/^that$/i.test(tokens[r[0]]?.text ?? '') && r[0] < r[1]) r[0]++;
      const first = tokens[r[0]];
      const start = first ? Math.max(first.start, a.content.start) : a.content.start;
      make({ start, end: a.content.end, text: doc.text.slice(start, a.content.end) }, r, a);
    }

    const cover = covered(atts, provenance);
    let k = 0;
    for (const sent of doc.layers.sentences ?? []) {
      while (k < cover.length && (cover[k]?.[1] ?? 0) <= sent.start) k++;
      const c = cover[k];
      if (c && c[0] < sent.end) continue;
      const r = tokenRange(tokens, sent);
      if (!r) continue;
      for (const cl of mainClauses(doc.text, tokens, r[0], r[1])) {
        const a = tokens[cl[0]];
        const b = tokens[cl[1]];
        if (!a || !b) continue;
        make({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) }, cl, null);
      }
    }
    found.sort((x, y) => x.start - y.start);
    return { claims: found.map((c, i) => ({ ...c, id: `c${i + 1}` })) };
  },
};
