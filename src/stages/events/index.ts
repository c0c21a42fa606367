/**
 * events: typed, sourced event records. Parsers propose trigger candidates (taxonomy triggers
 * from data/events/taxonomy.json, generic verbal and nominal event mentions); refiners filter
 * them (military context, overlaps), find their arguments, resolve sub-types by argument kind,
 * anchor them (time, place, figures), read modality and source from the claim or attribution
 * they sit in, and merge repeated mentions of one event.
 *
 * Requires every layer it links to (times, quantities, entities, attributions, claims); the
 * code still works on an empty layer (tests build their own): participants then stay unlinked
 * (entity null) and time falls back to the publication date rule.
 *
 * Example:
 *   pipelineFor('default').run(doc).events
 *   // [{ type: 'deployment', trigger: { text: 'arrival', ... }, actors: ['e3'], place: 'e5',
 *   //    time: 't4', timeSource: 'expression', quantities: ['q2'], modality: 'asserted', ... }]
 */
import type { EventRecord, Modality, Token } from '../../core/record.js';
import type { Doc, Stage } from '../../core/stage.js';
import { clauseWindow, postmodifier, type Window } from './clause.js';
import { MOVER_TYPES, SUBTYPES, TOP_TYPES, VERB_TRIGGERS } from './lexicon.js';
import { buildLinks, type Links } from './links.js';
import { eventLemma, isPastForm, lemmas } from './morph.js';
import { nominalEvents } from './parsers/nominal.js';
import { taxonomyTriggers } from './parsers/taxonomy.js';
import { verbalEvents } from './parsers/verbal.js';
import { findPlace, findQuantities, nearestTime } from './refiners/anchor.js';
import { findArguments } from './refiners/arguments.js';
import { requireContext } from './refiners/context.js';
import { mergeMentions } from './refiners/merge.js';
import { removeOverlaps } from './refiners/overlap.js';
import { resolveTypes } from './refiners/resolve.js';
import { nounModality, verbFrame } from './refiners/tense.js';
import { governingVerb } from './syntax.js';
import type { Arg, Candidate, TokenView } from './types.js';

export interface EventsOptions {
  /** keep generic (type "other") event mentions in the record; default true */
  generic?: boolean;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['sentences', 'tokens', 'times', 'quantities', 'entities', 'attributions', 'claims'],
  assigns: ['events'],
  run(doc, ctx) {
    const opts = (ctx.options['events'] ?? {}) as EventsOptions;
    if (opts.generic !== undefined && typeof opts.generic !== 'boolean') {
      throw new Error(
        `events: option "generic" must be a boolean, got ${JSON.stringify(opts.generic)}`,
      );
    }
    return { events: extractEvents(doc, opts) };
  },
};

interface Item {
  c: Candidate;
  args: Arg[];
}

interface Anchored {
  time: string | null;
  timeSource: string | null;
  modality: Modality;
  modalityRule: string | null;
  place: string | null;
}

export function extractEvents(doc: Doc, opts: EventsOptions = {}): EventRecord[] {
  const tokens = doc.layers.tokens ?? [];
  if (tokens.length === 0) return [];
  const view = makeView(tokens);
  const links = buildLinks(tokens, doc.layers);
  let candidates = [...taxonomyTriggers(view), ...verbalEvents(view), ...nominalEvents(view)];
  candidates = removeOverlaps(requireContext(view, candidates, links));
  const items = resolveTypes(
    view,
    links,
    candidates.map((c) => ({ c, args: findArguments(view, c) })),
  );
  const verbs = new Set(items.filter((i) => i.c.pos === 'verb').map((i) => i.c.first));
  // verbs first, so nominals can inherit from their governing verb
  const anchored = new Map<number, Anchored>();
  const ordered = [...items].sort((a, b) =>
    a.c.pos === b.c.pos ? a.c.first - b.c.first : a.c.pos === 'verb' ? -1 : 1,
  );
  const windows = new Map<Item, { clause: Window; phrase: Window | null }>();
  for (const item of ordered) {
    const clause = clauseWindow(view, item.c, verbs);
    const phrase = item.c.pos === 'noun' ? postmodifier(view, item.c) : null;
    windows.set(item, { clause, phrase });
    anchored.set(item.c.first, anchor(doc, view, links, item, clause, phrase, anchored));
  }
  placeFromSubjectVerb(view, links, items, anchored);
  const records: EventRecord[] = [];
  for (const item of items) {
    if (item.c.type === 'other' && opts.generic === false) continue;
    const a = anchored.get(item.c.first);
    const w = windows.get(item);
    if (!a || !w) continue;
    records.push(toRecord(doc, view, links, item, a, w.phrase));
  }
  records.sort((x, y) => x.trigger.start - y.trigger.start);
  const merged = mergeMentions(records);
  return merged.map((e, i) => ({ ...e, id: `ev${i + 1}` }));
}

const SUBJECT_END = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'AUX']);
const OBJECT_START = new Set(['DET', 'PROPN', 'ADP', 'NUM', 'PRON', 'NOUN', 'ADJ']);

/**
 * The tokens as the events stage reads them: copies, with one POS repair: a past or participle
 * form of a taxonomy verb tagged as a noun or adjective right after a noun phrase and before an
 * object, a preposition or the end of the sentence is a verb ("the military retook key city",
 * "territory retaken this month"; wink's lite model does not know these forms).
 */
function makeView(input: readonly Token[]): TokenView {
  const tokens = input.map((t, i) => {
    const prev = input[i - 1];
    const next = input[i + 1];
    if (
      (t.pos === 'NOUN' || t.pos === 'ADJ') &&
      isPastForm(t.text) &&
      lemmas(t.text).some((l) => VERB_TRIGGERS.has(l)) &&
      prev?.sentence === t.sentence &&
      SUBJECT_END.has(prev.pos) &&
      (!next || next.sentence !== t.sentence || OBJECT_START.has(next.pos) || next.text === ',')
    ) {
      return { ...t, pos: 'VERB' };
    }
    return t;
  });
  const lower = tokens.map((t) => t.text.toLowerCase());
  const sentOf: { first: number; last: number }[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]?.sentence !== tokens[start]?.sentence) {
      for (let k = start; k < i; k++) sentOf[k] = { first: start, last: i - 1 };
      start = i;
    }
  }
  return { tokens, lower, lemmas: lower.map((w) => lemmas(w)), sentOf };
}

function anchor(
  doc: Doc,
  view: TokenView,
  links: Links,
  item: Item,
  clause: Window,
  phrase: Window | null,
  done: ReadonlyMap<number, Anchored>,
): Anchored {
  const { c } = item;
  let time: string | null = null;
  let timeSource: string | null = null;
  let modality: Modality | null = null;
  let modalityRule: string | null = null;
  const governing = c.pos === 'noun' ? governingVerb(view, c.first) : controller(view, c.first);
  const inherited = governing >= 0 ? done.get(governing) : undefined;
  const t = nearestTime(links, view, c, phrase ?? clause) ?? (phrase ? null : null);
  if (t) [time, timeSource] = [t.id, 'expression'];
  if (c.pos === 'verb') {
    const frame = verbFrame(view, c.first);
    if (frame.modality)
      [modality, modalityRule] = [
        frame.modality,
        `events/refiners/tense#${frame.cue?.word.toLowerCase()}`,
      ];
    if (!time && inherited?.time) [time, timeSource] = [inherited.time, inherited.timeSource];
    if (
      !time &&
      (frame.tense === 'present' || frame.tense === 'perfect') &&
      doc.published &&
      !frame.modality
    ) {
      [time, timeSource] = [doc.published, 'published'];
    }
  } else {
    const cue = nounModality(view, c.first);
    if (cue)
      [modality, modalityRule] = ['negated', `events/refiners/tense#${cue.word.toLowerCase()}`];
    if (!time) {
      const t2 = nearestTime(links, view, c, clause);
      if (t2 && !inherited) [time, timeSource] = [t2.id, 'expression'];
      else if (inherited?.time) [time, timeSource] = [inherited.time, inherited.timeSource];
    }
  }
  if (!modality && inherited && inherited.modalityRule?.startsWith('events/refiners/tense')) {
    [modality, modalityRule] = [inherited.modality, inherited.modalityRule];
  }
  if (!modality) {
    const claim = links.claimAt(c.first);
    if (claim) [modality, modalityRule] = [claim.modality, `claim:${claim.id}`];
  }
  const place =
    findPlace(links, view, c, phrase ?? clause, item.args) ??
    (phrase ? findPlace(links, view, c, clause, item.args) : null);
  return {
    time,
    timeSource,
    modality: modality ?? 'asserted',
    modalityRule,
    place: place?.id ?? inherited?.place ?? null,
  };
}

/**
 * A typed nominal without a place that is the subject of a verb takes the verb's place, or
 * the place the verb's object names: "an earthquake struck central Italy", "the blast hit
 * Kharkiv" (the nominal itself has no locative phrase).
 */
function placeFromSubjectVerb(
  view: TokenView,
  links: Links,
  items: readonly Item[],
  anchored: Map<number, Anchored>,
): void {
  // first token of each verb's subject phrase -> the verb (one pass, so hostile input stays linear)
  const bySubject = new Map<number, { item: Item; last: number }>();
  for (const v of items) {
    if (v.c.pos !== 'verb') continue;
    for (const a of v.args)
      if (a.role === 'arg0') bySubject.set(a.first, { item: v, last: a.last });
  }
  if (bySubject.size === 0) return;
  for (const item of items) {
    const { c } = item;
    if (c.pos !== 'noun' || c.type === 'other') continue;
    const mine = anchored.get(c.first);
    if (!mine || mine.place) continue;
    // the subject phrase starts at most a few tokens before the nominal ("A magnitude 6.1 earthquake")
    let verb: Item | undefined;
    for (let k = c.first; k >= Math.max(0, c.first - 6) && !verb; k--) {
      const found = bySubject.get(k);
      if (found && found.last >= c.last) verb = found.item;
    }
    if (!verb) continue;
    const object = verb.args.find((a) => a.role === 'arg1');
    const place =
      anchored.get(verb.c.first)?.place ??
      (object ? (links.placeAt(object.head)?.id ?? null) : null);
    if (place) anchored.set(c.first, { ...mine, place });
  }
}

/** The verb controlling an infinitive ("managed to occupy" -> managed), or -1. */
function controller(view: TokenView, i: number): number {
  let j = i - 1;
  while (view.tokens[j]?.pos === 'ADV') j--;
  if (view.lower[j] !== 'to' || view.tokens[j]?.pos !== 'PART') return -1;
  const k = j - 1;
  return view.tokens[k]?.pos === 'VERB' && view.tokens[k]?.sentence === view.tokens[i]?.sentence
    ? k
    : -1;
}

function toRecord(
  doc: Doc,
  view: TokenView,
  links: Links,
  item: Item,
  a: Anchored,
  phrase: Window | null,
): EventRecord {
  const { c, args } = item;
  const first = view.tokens[c.first] as Token;
  const last = view.tokens[c.last] as Token;
  const trigger = {
    start: first.start,
    end: last.end,
    text: doc.text.slice(first.start, last.end),
    rule: c.rule,
  };
  const participants = args.map((g) => {
    const s = view.tokens[g.first] as Token;
    const e = view.tokens[g.last] as Token;
    const entity = links.entityAt(g.head) ?? firstEntity(links, g.first, g.last);
    const headToken = view.tokens[g.head];
    const head =
      !headToken || headToken.pos === 'PRON'
        ? null
        : eventLemma(view.lower[g.head] ?? headToken.text);
    return {
      role: g.role,
      start: s.start,
      end: e.end,
      text: doc.text.slice(s.start, e.end),
      entity: entity?.id ?? null,
      head,
      /** start of the mention's trigger: participants stay tied to their mention after merging */
      mention: first.start,
      rule: g.rule,
    };
  });
  const ids = (role: string) => [
    ...new Set(
      participants.filter((p) => p.role === role && p.entity).map((p) => p.entity as string),
    ),
  ];
  let actors = ids('arg0');
  let targets = ids('arg1');
  if (actors.length === 0 && MOVER_TYPES.has(c.type)) [actors, targets] = [targets, []];
  const sub = SUBTYPES.get(c.type);
  const claim = links.claimAt(c.first);
  const attribution = claim?.attribution ?? links.attributionAt(c.first)?.id ?? null;
  return {
    id: '',
    type: c.type,
    trigger,
    mentions: [trigger],
    actors,
    targets,
    place: a.place,
    time: a.time,
    timeSource: a.timeSource,
    quantities: findQuantities(links, c, args, phrase),
    modality: a.modality,
    attribution,
    attributions: attribution ? [attribution] : [],
    variant: c.variant,
    top: sub?.top ?? 'other',
    acled: sub ? (TOP_TYPES.get(sub.top)?.acled ?? null) : null,
    cameo: sub?.cameoCode ?? null,
    lemma: c.lemma,
    modalityRule: a.modalityRule,
    claim: claim?.id ?? null,
    participants,
  };
}

function firstEntity(links: Links, first: number, last: number) {
  for (let i = last; i >= first; i--) {
    const e = links.entityAt(i);
    if (e) return e;
  }
  return null;
}
