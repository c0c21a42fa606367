/**
 * Span scoring: exact and overlap P/R/F1 per class, one-to-one matching. Exact compares the
 * spans after dropping a leading article ("the", "a", "an") from both sides, because the
 * datasets disagree on whether the article belongs to a name ("the US" in MEANTIME, "The UK"
 * and "UK" both in re3d), and a trailing possessive ("Warhol's": GUM puts the clitic inside the
 * mention, re3d and MEANTIME do not). Overlap counts a prediction as correct when it shares at least one
 * character with a gold span of a compatible class.
 */
import type { GoldMention } from './gold.js';

export interface PredMention {
  start: number;
  end: number;
  text: string;
  cls: string;
  rule: string;
}

export interface Counts {
  pred: number;
  predHit: number;
  gold: number;
  goldHit: number;
}

export type Tally = Map<string, Counts>;

function counts(t: Tally, cls: string): Counts {
  let c = t.get(cls);
  if (!c) {
    c = { pred: 0, predHit: 0, gold: 0, goldHit: 0 };
    t.set(cls, c);
  }
  return c;
}

export function trimArticle(text: string, start: number, end: number): [number, number] {
  const span = text.slice(start, end);
  const m = /^(?:the|an?)\s+/i.exec(span);
  const p = /\s?['’]s?$/.exec(span);
  return [m ? start + m[0].length : start, p && p.index > 0 ? start + p.index : end];
}

export interface DocResult {
  missed: GoldMention[];
  spurious: PredMention[];
}

/** Scores one document into `tally`; returns the overlap-mode misses and false alarms. */
export function scoreDoc(
  text: string,
  gold: readonly GoldMention[],
  preds: readonly PredMention[],
  mode: 'exact' | 'overlap',
  tally: Tally,
): DocResult {
  const goldHit = new Array<boolean>(gold.length).fill(false);
  const spurious: PredMention[] = [];
  const g2 = gold.map((g) => trimArticle(text, g.start, g.end));
  for (const g of gold) counts(tally, g.cls[0] ?? '?').gold++;
  for (const p of preds) {
    counts(tally, p.cls).pred++;
    const [ps, pe] = trimArticle(text, p.start, p.end);
    let best = -1;
    let bestLen = 0;
    gold.forEach((g, i) => {
      if (goldHit[i] || !g.cls.includes(p.cls)) return;
      const [gs, ge] = g2[i] as [number, number];
      if (mode === 'exact') {
        if (gs === ps && ge === pe && bestLen === 0) {
          best = i;
          bestLen = 1;
        }
        return;
      }
      const len = Math.min(ge, pe) - Math.max(gs, ps);
      if (len > bestLen) {
        best = i;
        bestLen = len;
      }
    });
    if (best >= 0) {
      goldHit[best] = true;
      counts(tally, p.cls).predHit++;
      counts(tally, gold[best]?.cls[0] ?? '?').goldHit++;
    } else spurious.push(p);
  }
  return { missed: gold.filter((_, i) => !goldHit[i]), spurious };
}

/**
 * Lenient overlap, not one-to-one: a prediction is right when it overlaps any gold span of
 * its class, a gold span is found when any prediction of its class overlaps it. Reported
 * beside the one-to-one figures because re3d nests gold spans (45% of its PER/ORG/LOC spans
 * sit inside or around another: "Minister for the Middle East Tobias Ellwood", "Tobias
 * Ellwood", "Middle East"), which one-to-one matching cannot all credit to flat mentions.
 */
export function scoreAny(
  gold: readonly GoldMention[],
  preds: readonly PredMention[],
  tally: Tally,
): void {
  for (const g of gold) {
    const c = counts(tally, g.cls[0] ?? '?');
    c.gold++;
    if (preds.some((p) => g.cls.includes(p.cls) && p.start < g.end && g.start < p.end)) c.goldHit++;
  }
  for (const p of preds) {
    const c = counts(tally, p.cls);
    c.pred++;
    if (gold.some((g) => g.cls.includes(p.cls) && p.start < g.end && g.start < p.end)) c.predHit++;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.pred ? c.predHit / c.pred : 0;
  const r = c.gold ? c.goldHit / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function sum(t: Tally, classes: readonly string[]): Counts {
  const out = { pred: 0, predHit: 0, gold: 0, goldHit: 0 };
  for (const c of classes) {
    const x = t.get(c);
    if (!x) continue;
    out.pred += x.pred;
    out.predHit += x.predHit;
    out.gold += x.gold;
    out.goldHit += x.goldHit;
  }
  return out;
}
