/**
 * The three ECB+ measurements over a clustered store: (a) story clusters of whole documents
 * against the two seminal events of each topic; (b) event coreference over the gold action
 * mentions (each matched to the system event whose trigger overlaps it; unmatched gold
 * mentions are singletons), beside the same-head-lemma-within-topic baseline; (c) end to end
 * over the system's own event mentions in the annotated sentences (a system mention that
 * matches no gold mention is an extra mention).
 */
import type { SitrepRecord } from '../../../src/core/record.js';
import { nlp } from '../../../src/core/nlp.js';
import { adjustedRand, scoreClusters, type CorefScores } from '../coref-metrics.js';
import type { EcbDoc, GoldMention } from './read.js';

export interface Built {
  doc: EcbDoc;
  record: SitrepRecord;
}

/** system view of one doc: story id, and the event cluster of each event id */
export interface SystemView {
  story: Map<string, string>;
  /** `<record>#<event>` -> cluster */
  event: Map<string, string>;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

interface SysMention {
  key: string;
  start: number;
  end: number;
  event: string;
}

function systemMentions(b: Built): SysMention[] {
  const out: SysMention[] = [];
  for (const e of b.record.events) {
    const spans = e.mentions?.length ? e.mentions : [e.trigger];
    for (const m of spans) {
      out.push({
        key: `${b.doc.name}@${m.start}`,
        start: m.start,
        end: m.end,
        event: `${b.record.id}#${e.id}`,
      });
    }
  }
  return out;
}

/** one-to-one matching of gold and system mentions by token overlap, largest overlap first */
function match(gold: GoldMention[], sys: SysMention[]): Map<string, SysMention> {
  const cands: { g: GoldMention; s: SysMention; o: number; exact: boolean }[] = [];
  for (const g of gold) {
    for (const s of sys) {
      const o = g.tokens.reduce((n, t) => n + overlap(t, s), 0);
      if (o > 0) cands.push({ g, s, o, exact: g.start === s.start && g.end === s.end });
    }
  }
  cands.sort((a, b) => Number(b.exact) - Number(a.exact) || b.o - a.o);
  const out = new Map<string, SysMention>();
  const used = new Set<string>();
  for (const c of cands) {
    if (out.has(c.g.id) || used.has(c.s.key)) continue;
    out.set(c.g.id, c.s);
    used.add(c.s.key);
  }
  return out;
}

const STOP_HEAD = new Set([
  'to',
  'the',
  'a',
  'an',
  'of',
  'in',
  'into',
  'on',
  'up',
  'out',
  'off',
  'be',
  'was',
  'were',
  'is',
  'has',
  'had',
  'have',
  'been',
  'not',
  'no',
]);
const lemmaCache = new Map<string, string>();

/** the lemma of a gold mention's head: its first token that is not a function word */
export function headLemma(g: GoldMention): string {
  const head = g.tokens.find((t) => !STOP_HEAD.has(t.word.toLowerCase())) ?? g.tokens[0];
  const word = (head?.word ?? g.text).toLowerCase();
  let l = lemmaCache.get(word);
  if (l === undefined) {
    const n = nlp(true);
    const lemma = n.its.lemma as Parameters<ReturnType<typeof n.readDoc>['out']>[0];
    l = (n.readDoc(word).tokens().out(lemma) as unknown as string[])[0] ?? word;
    lemmaCache.set(word, l);
  }
  return l;
}

export interface Figures {
  docs: number;
  stories: { b3: number; ari: number; systemStories: number; goldStories: number };
  gold: CorefScores;
  baseline: CorefScores;
  endToEnd: CorefScores;
  /** the lemma baseline on the gold mentions the system matched (the others singletons) */
  lemmaOnMatched: CorefScores;
  /** gold clusters on the matched mentions (the others singletons): the ceiling of (b) */
  oracleOnMatched: CorefScores;
  goldMentions: number;
  matched: number;
  systemMentions: number;
}

function inSentences(b: Built, m: { start: number }): boolean {
  const tok = b.doc.cat.tokens.find((t) => t.start <= m.start && m.start < t.end + 1);
  return tok !== undefined && b.doc.annotated.has(tok.sentence);
}

export function score(built: readonly Built[], sys: SystemView): Figures {
  const goldStory = new Map<string, string>();
  const sysStory = new Map<string, string>();
  const gold = new Map<string, string>();
  const restricted = new Map<string, string>();
  const baseline = new Map<string, string>();
  const e2eGold = new Map<string, string>();
  const lemmaMatched = new Map<string, string>();
  const oracle = new Map<string, string>();
  const e2eSys = new Map<string, string>();
  let matched = 0;
  let systemCount = 0;
  for (const b of built) {
    goldStory.set(b.doc.name, b.doc.story);
    sysStory.set(b.doc.name, sys.story.get(b.record.id) ?? b.record.id);
    const sm = systemMentions(b).filter((m) => inSentences(b, m));
    systemCount += sm.length;
    const links = match(b.doc.mentions, sm);
    const matchedSys = new Set<string>();
    for (const g of b.doc.mentions) {
      gold.set(g.id, g.cluster);
      e2eGold.set(g.id, g.cluster);
      baseline.set(g.id, `${b.doc.topic}|${headLemma(g)}`);
      const s = links.get(g.id);
      if (s) {
        matched++;
        matchedSys.add(s.key);
        const cluster = sys.event.get(s.event) ?? s.event;
        restricted.set(g.id, cluster);
        e2eSys.set(g.id, cluster);
        lemmaMatched.set(g.id, `${b.doc.topic}|${headLemma(g)}`);
        oracle.set(g.id, g.cluster);
      } else {
        restricted.set(g.id, `single:${g.id}`);
        lemmaMatched.set(g.id, `single:${g.id}`);
        oracle.set(g.id, `single:${g.id}`);
      }
    }
    for (const s of sm) {
      if (matchedSys.has(s.key)) continue;
      e2eSys.set(`sys:${s.key}`, sys.event.get(s.event) ?? s.event);
    }
  }
  return {
    docs: built.length,
    stories: {
      b3: scoreClusters(goldStory, sysStory).b3.f1,
      ari: adjustedRand(goldStory, sysStory),
      systemStories: new Set(sysStory.values()).size,
      goldStories: new Set(goldStory.values()).size,
    },
    gold: scoreClusters(gold, restricted),
    baseline: scoreClusters(gold, baseline),
    endToEnd: scoreClusters(e2eGold, e2eSys),
    lemmaOnMatched: scoreClusters(gold, lemmaMatched),
    oracleOnMatched: scoreClusters(gold, oracle),
    goldMentions: gold.size,
    matched,
    systemMentions: systemCount,
  };
}

/**
 * (b') over records whose events are the gold mentions (gold-input.ts): the system cluster of
 * each gold mention, beside the lemma baseline on the same mentions
 */
export function scoreGoldInput(
  built: readonly Built[],
  eventOf: (b: Built, index: number) => string,
): { system: CorefScores; baseline: CorefScores } {
  const gold = new Map<string, string>();
  const system = new Map<string, string>();
  const baseline = new Map<string, string>();
  for (const b of built) {
    b.doc.mentions.forEach((g, i) => {
      gold.set(g.id, g.cluster);
      system.set(g.id, eventOf(b, i));
      baseline.set(g.id, `${b.doc.topic}|${headLemma(g)}`);
    });
  }
  return { system: scoreClusters(gold, system), baseline: scoreClusters(gold, baseline) };
}
