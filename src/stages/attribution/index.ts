/**
 * attribution: who said what. For each sentence, cues from the lexicon
 * (data/attribution/cues.json) are framed into source, cue and content (parsers/frames.ts),
 * then refined: quotations across sentences, source kind / anonymity / entity, chains (`via`).
 * Reads `entities` and `provenance` when an earlier stage built them; works without.
 *
 * Example: "officials said on condition of anonymity" ->
 *   { source: {text: "officials", kind: "official", anonymous: true}, cue: {text: "said"}, ... }
 */
import type { Attribution, Span } from '../../core/record.js';
import type { Stage } from '../../core/stage.js';
import { lexicon } from './lexicon.js';
import { findCues } from './parsers/cues.js';
import { frameFor, type Frame } from './parsers/frames.js';
import type { Range } from './parsers/np.js';
import { adverbCues } from './parsers/adverbs.js';
import { nominalCues } from './parsers/nominal.js';
import { headlineColon, quoteColon, signatureDash } from './parsers/punctuation-cues.js';
import { tokenView, type TokenView } from './parsers/tokens.js';
import { linkChains } from './refiners/chain.js';
import { isNotCue } from './refiners/not-cues.js';
import { continuedQuotes } from './refiners/continuation.js';
import { dropEmbeddedStances } from './refiners/embedded.js';
import { dropGovernedCues } from './refiners/overlap.js';
import { refineQuotes } from './refiners/quotes.js';
import { resolveSource, type ResolvedSource } from './refiners/sources.js';

/** tokens a source or content may reach from its cue; news sentences are far shorter */
const MAX_REACH = 120;

function span(v: TokenView, r: Range): Span {
  const start = v.tokens[r[0]]?.start ?? 0;
  const end = v.tokens[r[1]]?.end ?? start;
  return { start, end, text: v.text.slice(start, end) };
}

/** Frames of every sentence, before refinement. */
export function findFrames(v: TokenView): Frame[] {
  const lex = lexicon();
  const frames: Frame[] = [];
  for (const sent of v.sentences) {
    if (sent[1] < sent[0]) continue;
    const cues = dropGovernedCues(
      v,
      findCues(v, sent[0], sent[1], lex).filter((c) => !isNotCue(v, c)),
    );
    const here: Frame[] = [];
    const colon = headlineColon(v, sent, lex);
    if (colon) here.push(colon);
    here.push(...signatureDash(v, sent));
    if (!colon) here.push(...quoteColon(v, sent, lex));
    for (const [k, cue] of cues.entries()) {
      // a frame never reaches further than MAX_REACH tokens from its cue (run-on input stays linear)
      const window: Range = [
        Math.max(sent[0], cue.first - MAX_REACH),
        Math.min(sent[1], cue.last + MAX_REACH),
      ];
      const f = frameFor(v, cue, window, here.slice(-4), cues[k + 1]?.first);
      if (f) here.push(f);
    }
    // nominal cues never share tokens with verb cues (a noun is not a verb)
    here.push(...nominalCues(v, sent, lex));
    here.push(...adverbCues(v, sent, lex));
    frames.push(...here);
  }
  return continuedQuotes(v, dropEmbeddedStances(refineQuotes(v, frames), lex.embedded));
}

export const attributionStage: Stage = {
  name: 'attribution',
  // entities: sources resolve to entity ids; the stage also works on a doc without them
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['attributions'],
  run(doc) {
    const tokens = doc.layers.tokens ?? [];
    const v = tokenView(doc.text, tokens);
    const lex = lexicon();
    const entities = doc.layers.entities ?? [];
    const provenance = doc.layers.provenance ?? [];
    const earlier: { span: Span; resolved: ResolvedSource }[] = [];
    const out: Attribution[] = [];
    const ids = new Map<Frame, string>();
    for (const f of findFrames(v)) {
      const parts = f.content.map((r) => span(v, r));
      const content = parts[0];
      if (!content) continue;
      let source: Attribution['source'] = null;
      let sourceName: string | null = null;
      if (f.source) {
        const s = span(v, f.source);
        // the sentence around the cue (bounded: run-on input must stay linear)
        const at = v.tokens[f.cue[0]]?.start ?? 0;
        const sent = v.sentences[v.sentenceOf[f.cue[0]] ?? -1];
        const sentStart = v.tokens[sent?.[0] ?? -1]?.start ?? at;
        const sentEnd = v.tokens[sent?.[1] ?? -1]?.end ?? at;
        const sentence = doc.text.slice(Math.max(sentStart, at - 300), Math.min(sentEnd, at + 300));
        const res = resolveSource(v, f.source, lex, { entities, provenance, earlier, sentence });
        source = { ...s, entity: res.entity, kind: res.kind, anonymous: res.anonymous };
        sourceName = res.name;
        if (!res.antecedent) earlier.push({ span: s, resolved: res });
      }
      const cue = span(v, f.cue);
      const id = `a${out.length + 1}`;
      ids.set(f, id);
      const continues = f.continues ? ids.get(f.continues) : undefined;
      out.push({
        id,
        source,
        cue: { ...cue, rule: f.rule },
        content,
        direct: f.direct,
        via: null,
        certainty: f.certainty,
        frame: `attribution/parsers/frames#${f.frame}`,
        sourceName,
        nested: f.nested,
        ...(parts.length > 1 ? { contentParts: parts } : {}),
        // a quotation continuing the quotation of attribution `continues` (same source and cue)
        ...(continues ? { continues } : {}),
      });
    }
    return { attributions: linkChains(out) };
  },
};
