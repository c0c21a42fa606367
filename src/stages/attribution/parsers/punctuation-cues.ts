/**
 * Cues that are punctuation, not words:
 *   headline colon   "Pence: Gennifer Flowers Won't Be at Debate"  (a short name, a colon, the claim)
 *   quote colon      "... Republican pollster Daron Shaw: “Historically, ...”"  (a name, a colon, a quotation)
 *   signature dash   "... hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016" and
 *                    "“...”  - Bernie Sanders."  (a quotation or post signed by a name)
 * Both give frames like the verb cues, with the punctuation mark as the cue.
 */
import type { Lexicon } from '../lexicon.js';
import type { Frame } from './frames.js';
import { trimEnd } from './frames.js';
import { isNameLike, npLeft, npRight, type Range } from './np.js';
import type { TokenView } from './tokens.js';

const DASHES = new Set(['—', '―', '–', '-']);
const RULE = 'attribution/parsers/punctuation-cues';

/** "NAME: CLAIM" at the start of a sentence, the name short and verbless. */
export function headlineColon(v: TokenView, sent: Range, lex: Lexicon): Frame | null {
  const [s0, s1] = sent;
  for (let i = s0 + 1; i <= Math.min(s1 - 1, s0 + 6); i++) {
    if (v.low[i] !== ':') continue;
    // the speaker: capitalised words (whatever wink tagged them: "Lynch/VERB") or nouns
    const np: Range = [s0, i - 1];
    if (!/^[A-Z]/.test(v.tokens[s0]?.text ?? '')) return null;
    for (let k = s0; k < i; k++) {
      const t = v.tokens[k];
      if (!t || !(/^[A-Z]/.test(t.text) || t.pos === 'NOUN' || /^[-.'’&]$/.test(t.text)))
        return null;
    }
    const name = v.text.slice(v.tokens[np[0]]?.start ?? 0, v.tokens[np[1]]?.end ?? 0).toLowerCase();
    if (name.length < 3 || lex.sources.notSources.has(name)) return null;
    // a headline has no full stop: the claim ends at the line break
    let end = i + 1;
    while (
      end < s1 &&
      !v.text.slice(v.tokens[end]?.end ?? 0, v.tokens[end + 1]?.start ?? 0).includes('\n')
    )
      end++;
    end = trimEnd(v, i + 1, end);
    // "Carson: A miracle." / "Clinton: Keep it.": a label over a short fragment is a section
    // heading, not a claim (PolNeAR train: 4 of 14 headline colons over three words or fewer framed)
    let words = 0;
    for (let k = i + 1; k <= end; k++) if (/\w/.test(v.low[k] ?? '')) words++;
    if (words < 4) return null;
    return {
      cue: [i, i],
      source: np,
      content: [[i + 1, end]],
      rule: `${RULE}#headline-colon`,
      frame: 'headline-colon',
      certainty: 'state',
      direct: false,
      nested: false,
    };
  }
  return null;
}

/** "..., pollster Daron Shaw: “Historically, ...”": a name right before a colon that opens a quotation. */
export function quoteColon(v: TokenView, sent: Range, lex: Lexicon): Frame[] {
  const [s0, s1] = sent;
  const out: Frame[] = [];
  for (let i = s0 + 1; i < s1; i++) {
    if (v.low[i] !== ':' || !/^[“"]$/.test(v.low[i + 1] ?? '')) continue;
    const np = npLeft(v, i - 1, Math.max(s0, i - 8));
    if (!np || v.tokens[i - 1]?.pos !== 'PROPN') continue;
    const name = v.text.slice(v.tokens[np[0]]?.start ?? 0, v.tokens[np[1]]?.end ?? 0).toLowerCase();
    if (lex.sources.notSources.has(name)) continue;
    // "telling Breitbart London: “...”", "said of Sanders:", "by Times' Ben Sisario:": the name
    // is a hearer, a topic or a credit; the verb before it (if any) is the cue. "More from X:"
    // still quotes X.
    const lead = v.tokens[np[0] - 1];
    if (lead && /^(?:VERB|ADP)$/.test(lead.pos) && v.low[np[0] - 1] !== 'from') continue;
    let end = i + 2;
    while (end <= s1 && !/^[”"]$/.test(v.low[end] ?? '')) end++;
    out.push({
      cue: [i, i],
      source: np,
      content: [[i + 1, Math.min(end, s1)]],
      rule: `${RULE}#quote-colon`,
      frame: 'quote-colon',
      certainty: 'state',
      direct: true,
      nested: false,
    });
  }
  return out;
}

/** "TEXT — Name (@handle)": the signed text runs back to the line start (or a markup `>`). */
export function signatureDash(v: TokenView, sent: Range): Frame[] {
  const [s0, s1] = sent;
  const out: Frame[] = [];
  for (let i = s0; i < s1; i++) {
    const t = v.tokens[i];
    if (!t || !DASHES.has(t.text)) continue;
    const before = v.text[t.start - 1] ?? '\n';
    const after = v.text[t.end] ?? '';
    if (!/\s/.test(before) || !/\s/.test(after)) continue;
    const np = npRight(v, i + 1, s1);
    if (!np || !isNameLike(v, np) || v.tokens[np[0]]?.pos !== 'PROPN') continue;
    const next = v.low[np[1] + 1] ?? '.';
    // signed: a handle in parentheses ("(@SpeakerRyan)") or a quotation closing right before the dash
    const handle =
      next === '(' && v.low[np[1] + 3] === ')' && (v.low[np[1] + 2] ?? '').startsWith('@');
    const quoted = /^[”"]$/.test(v.low[i - 1] ?? '') || /^[”"]$/.test(v.low[i - 2] ?? '');
    if (!handle && !(quoted && (next === '.' || np[1] >= trimEnd(v, s0, s1)))) continue;
    const srcEnd = handle ? np[1] + 3 : np[1];
    // content: back to the start of the line or a markup tag, at most a few sentences
    const lineStart =
      Math.max(v.text.lastIndexOf('\n', t.start - 1), v.text.lastIndexOf('>', t.start - 1)) + 1;
    let c0 = i - 1;
    while (c0 - 1 >= 0 && (v.tokens[c0 - 1]?.start ?? -1) >= lineStart && i - c0 < 200) c0--;
    const c1 = trimEnd(v, c0, i - 1);
    if (c1 < c0 || !/\w/.test(v.text.slice(v.tokens[c0]?.start ?? 0, v.tokens[c1]?.end ?? 0)))
      continue;
    out.push({
      cue: [i, i],
      source: [np[0], srcEnd],
      content: [[c0, v.low[c1 + 1] === '”' || v.low[c1 + 1] === '"' ? c1 + 1 : c1]],
      rule: `${RULE}#signature-dash`,
      frame: 'signature-dash',
      certainty: 'state',
      direct: true,
      nested: false,
    });
  }
  return out;
}
