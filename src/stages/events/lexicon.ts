/**
 * The event lexicons, read once from data/events/*.json into look-up tables. Read-only after
 * load, so safe to share between documents and worker threads.
 */
import context from '../../../data/events/context.json' with { type: 'json' };
import generic from '../../../data/events/generic.json' with { type: 'json' };
import news from '../../../data/events/news-taxonomy.json' with { type: 'json' };
import taxonomy from '../../../data/events/taxonomy.json' with { type: 'json' };

/** A word window the trigger's sense depends on (see data/events/news-taxonomy.json#_source). */
export interface GateWindow {
  lemmas: ReadonlySet<string>;
  window: number;
  side: 'before' | 'after' | 'both';
}

/** A trigger's sense gate beyond its part of speech; each field narrows, none widens. */
export interface Gate {
  /** lower-case surface forms that are another word ("aides" for aid) */
  notForms: ReadonlySet<string> | null;
  with: GateWindow | null;
  without: GateWindow | null;
  /** not right after a hyphen ("President-elect") */
  notAfterHyphen: boolean;
  /** may head a capitalised name ("Hurricane Katrina"); other triggers inside a name are none */
  nameHead: boolean;
}

export interface TriggerEntry {
  /** lemmas of the trigger's words: ["pull", "out"] */
  words: string[];
  subtype: string;
  variant: string | null;
  pos: 'verb' | 'noun';
  context: string | null;
  target: string | null;
  /** match lower-case tokens only ("march", not the month "March") */
  lower: boolean;
  gate: Gate | null;
  reason: string;
  rule: string;
}

export interface SubtypeInfo {
  id: string;
  label: string;
  top: string;
  acled: string | null;
  cameo: string[];
  cameoCode: string | null;
}

const TAXONOMY_RULE = 'lexicon:data/events/taxonomy.json#';
const NEWS_RULE = 'lexicon:data/events/news-taxonomy.json#';
const GENERIC_RULE = 'lexicon:data/events/generic.json#';

/** first word lemma -> entries starting with it */
export const TRIGGERS = new Map<string, TriggerEntry[]>();
export const SUBTYPES = new Map<string, SubtypeInfo>();
export const TOP_TYPES = new Map<string, { id: string; acled: string | null; cameo: string[] }>(
  [...taxonomy.top, ...news.top].map((t) => [t.id, t]),
);

interface RawWindow {
  set?: string;
  lemmas?: string[];
  window: number;
  side?: string;
}
interface RawGate {
  notForms?: string[];
  with?: RawWindow;
  without?: RawWindow;
  notAfterHyphen?: boolean;
  nameHead?: boolean;
}
interface RawTrigger {
  lemma: string;
  pos: string;
  variant?: string;
  context?: string;
  target?: string;
  lower?: boolean;
  gate?: RawGate;
  reason: string;
}
interface RawSubtype {
  id: string;
  label: string;
  top: string;
  acled: string | null;
  cameo: string[];
  cameoCode: string | null;
  triggers: RawTrigger[];
}

const WORD_SETS = new Map<string, string[]>(
  Object.entries(news.wordSets).map(([k, v]) => [k, v.lemmas]),
);

function gateWindow(w: RawWindow | undefined, where: string): GateWindow | null {
  if (!w) return null;
  const listed = w.set !== undefined ? WORD_SETS.get(w.set) : w.lemmas;
  if (!listed) throw new Error(`events lexicon: ${where}: unknown word set "${String(w.set)}"`);
  const side = w.side ?? 'both';
  if (side !== 'before' && side !== 'after' && side !== 'both')
    throw new Error(`events lexicon: ${where}: side must be before, after or both, got "${side}"`);
  if (!(w.window > 0)) throw new Error(`events lexicon: ${where}: window must be positive`);
  return { lemmas: new Set(listed.map((l) => l.toLowerCase())), window: w.window, side };
}

function compileGate(g: RawGate | undefined, where: string): Gate | null {
  if (!g) return null;
  return {
    notForms: g.notForms ? new Set(g.notForms.map((f) => f.toLowerCase())) : null,
    with: gateWindow(g.with, `${where} gate.with`),
    without: gateWindow(g.without, `${where} gate.without`),
    notAfterHyphen: g.notAfterHyphen === true,
    nameHead: g.nameHead === true,
  };
}

function load(subtypes: readonly RawSubtype[], rulePrefix: string): void {
  for (const s of subtypes) {
    if (SUBTYPES.has(s.id)) throw new Error(`events lexicon: sub-type "${s.id}" listed twice`);
    if (!TOP_TYPES.has(s.top))
      throw new Error(`events lexicon: sub-type "${s.id}" has unknown top "${s.top}"`);
    SUBTYPES.set(s.id, {
      id: s.id,
      label: s.label,
      top: s.top,
      acled: s.acled,
      cameo: s.cameo,
      cameoCode: s.cameoCode,
    });
    for (const t of s.triggers) {
      const words = t.lemma.toLowerCase().split(' ');
      const entry: TriggerEntry = {
        words,
        subtype: s.id,
        variant: t.variant ?? null,
        pos: t.pos === 'verb' ? 'verb' : 'noun',
        context: t.context ?? null,
        target: t.target ?? null,
        lower: t.lower === true,
        gate: compileGate(t.gate, `${s.id}/${t.lemma}`),
        reason: t.reason,
        rule: `${rulePrefix}${s.id}/${t.lemma}`,
      };
      const first = words[0] ?? '';
      TRIGGERS.set(first, [...(TRIGGERS.get(first) ?? []), entry]);
    }
  }
}

load(taxonomy.subtypes as RawSubtype[], TAXONOMY_RULE);
load(news.subtypes as RawSubtype[], NEWS_RULE);

/** single-word lemmas of verb triggers (for the POS repair of unknown past forms) */
export const VERB_TRIGGERS = new Set(
  [...TRIGGERS.values()]
    .flat()
    .filter((t) => t.pos === 'verb' && t.words.length === 1)
    .map((t) => t.words[0] ?? ''),
);

export const CONTEXT_WORDS = new Set(context.words.map((w) => w.lemma.toLowerCase()));
export const VERB_EXCLUDE = new Set(generic.verbExclude.map((v) => v.lemma));
export const EVENT_NOUNS = new Set(generic.eventNouns.map((v) => v.lemma));
export const NOMINAL_SUFFIXES = generic.nominalSuffixes.map((s) => ({
  suffix: s.suffix,
  minLength: (s as { minLength?: number }).minLength ?? s.suffix.length + 3,
}));
export const SUFFIX_EXCEPTIONS = new Set(generic.suffixExceptions);
/** surface forms that look like an event noun but are another word ("aides" is no aid) */
export const OTHER_WORDS = new Set(generic.otherWords.map((w) => w.form));
export const SUPPORT_VERBS = new Map(
  generic.supportVerbs.map((v) => [v.lemma, v.subject as 'arg0' | 'arg1']),
);
export const UNACCUSATIVE = new Set(generic.unaccusative.map((v) => v.lemma));
export const MOVER_TYPES = new Set(generic.moverTypes.types);

export const RULES = {
  verbal: 'events/parsers/verbal',
  nominal: (lemma: string) => `${GENERIC_RULE}eventNouns/${lemma}`,
  suffix: (suffix: string) => `${GENERIC_RULE}nominalSuffixes/${suffix}`,
};
