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

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Token range covering a character span. */
function tokenRange(tokens: readonly Token[], s: Span): Range | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.end <= s.start) continue;
    if (t.start >= s.end) break;
    if (a < 0) a = i;
    b = i;
  }
  return a < 0 ? null : [a, b];
}

function hasVerb(tokens: readonly Token[], r: Range): boolean {
  for (let i = r[0]; i <= r[1]; i++) if (/^(?:VERB|AUX)$/.test(tokens[i]?.pos ?? '')) return true;
  return false;
}

/** Attributions whose content is the claim: not outer frames of a nested attribution. */
function claimFrames(atts: readonly Attribution[]): Attribution[] {
  return atts.filter((a) => {
    for (const b of atts) {
      if (b === a) continue;
      // a deeper attribution with the same content ("citing officials") holds the claim
      if (b.via === a.id && b.content.start === a.content.start && b.content.end === a.content.end) return false;
      // a reports another attribution: its inner content is the claim
      if (a.content.start <= b.cue.start && b.cue.end <= a.content.end && b.via === a.id) {
        if (a.content.start <= b.content.start && b.content.end <= a.content.end) return false;
      }
    }
    return true;
  });
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
      const m = claimModality(span, tokens, r, a);
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

    const framed = (s: Span): boolean =>
      atts.some((a) => overlaps(a.content, s) || overlaps(a.cue, s) || (a.source !== null && overlaps(a.source, s))) ||
      provenance.some((p) => overlaps(p, s));
    for (const sent of doc.layers.sentences ?? []) {
      if (framed(sent)) continue;
      const r = tokenRange(tokens, sent);
      if (!r) continue;
      for (const c of mainClauses(doc.text, tokens, r[0], r[1])) {
        const a = tokens[c[0]];
        const b = tokens[c[1]];
        if (!a || !b) continue;
        make({ start: a.start, end: b.end, text: doc.text.slice(a.start, b.end) }, c, null);
      }
    }
    found.sort((x, y) => x.start - y.start);
    return { claims: found.map((c, i) => ({ ...c, id: `c${i + 1}` })) };
  },
};
