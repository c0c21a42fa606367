/**
 * The event lexicons, read once from data/events/*.json into look-up tables. Read-only after
 * load, so safe to share between documents and worker threads.
 */
import context from '../../../data/events/context.json' with { type: 'json' };
import generic from '../../../data/events/generic.json' with { type: 'json' };
import taxonomy from '../../../data/events/taxonomy.json' with { type: 'json' };

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
  reason: string;
  rule: string;
}

export interface SubtypeInfo {
  id: string;
  label: string;
  top: string;
  acled: string;
  cameo: string[];
  cameoCode: string;
}

const TAXONOMY_RULE = 'lexicon:data/events/taxonomy.json#';
const GENERIC_RULE = 'lexicon:data/events/generic.json#';

/** first word lemma -> entries starting with it */
export const TRIGGERS = new Map<string, TriggerEntry[]>();
export const SUBTYPES = new Map<string, SubtypeInfo>();
export const TOP_TYPES = new Map(taxonomy.top.map((t) => [t.id, t]));

for (const s of taxonomy.subtypes) {
  SUBTYPES.set(s.id, {
    id: s.id,
    label: s.label,
    top: s.top,
    acled: s.acled,
    cameo: s.cameo,
    cameoCode: s.cameoCode,
  });
  for (const t of s.triggers as {
    lemma: string;
    pos: string;
    variant?: string;
    context?: string;
    target?: string;
    lower?: boolean;
    reason: string;
  }[]) {
    const words = t.lemma.toLowerCase().split(' ');
    const entry: TriggerEntry = {
      words,
      subtype: s.id,
      variant: t.variant ?? null,
      pos: t.pos === 'verb' ? 'verb' : 'noun',
      context: t.context ?? null,
      target: t.target ?? null,
      lower: t.lower === true,
      reason: t.reason,
      rule: `${TAXONOMY_RULE}${s.id}/${t.lemma}`,
    };
    const first = words[0] ?? '';
    TRIGGERS.set(first, [...(TRIGGERS.get(first) ?? []), entry]);
  }
}

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
