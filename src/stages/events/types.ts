/** Internal shapes shared by the events parsers and refiners. */
import type { Token } from '../../core/record.js';

/** A proposed event mention: a trigger over tokens [first, last]. */
export interface Candidate {
  first: number;
  last: number;
  /** lemma of the trigger (first word for phrases) */
  lemma: string;
  pos: 'verb' | 'noun';
  /** taxonomy sub-type id, or "other" */
  type: string;
  variant: string | null;
  /** the parser or lexicon entry that proposed it */
  rule: string;
  /** taxonomy hints, see data/events/taxonomy.json */
  context: string | null;
  target: string | null;
}

export type Role = 'arg0' | 'arg1';

/** An argument noun phrase of a trigger, tokens [first, last]. */
export interface Arg {
  role: Role;
  first: number;
  last: number;
  /** token index of the phrase's head */
  head: number;
  rule: string;
}

export interface Sent {
  first: number;
  last: number;
}

export interface TokenView {
  tokens: readonly Token[];
  /** lower-cased token texts */
  lower: readonly string[];
  /** lemma candidates per token */
  lemmas: readonly (readonly string[])[];
  /** sentence bounds per token index */
  sentOf: readonly Sent[];
}
