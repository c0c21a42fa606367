/**
 * Gold entity mentions for the entities evaluation, in one shape for every dataset.
 * `cls` is the evaluation class after the dataset's type mapping (PER, ORG, LOC, or another
 * label that is reported but not part of the PER/ORG/LOC targets). A gold span may carry
 * several classes when the dataset gives the same span more than one type (re3d does): a
 * prediction of any of them matches, and the span counts once, under its first class.
 */
export type EvalClass = 'PER' | 'ORG' | 'LOC' | string;

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  cls: EvalClass[];
}

export interface GoldDoc {
  id: string;
  text: string;
  /** publication date when the dataset gives one */
  published: string | null;
  gold: GoldMention[];
  /** predictions at or after this offset are not scored (MEANTIME annotates the first
   * sentences only) */
  scoreEnd?: number;
  /** when given, only predictions inside one of these [start, end) ranges are scored (ECB+
   * annotates listed sentences only) */
  scoreIn?: [number, number][];
}

export interface GoldSet {
  name: string;
  /** how the dataset's types map to ours, printed with the figures */
  mapping: string;
  /** which of our mentions are compared: names only, or names and nominal mentions */
  scope: 'named' | 'all';
  docs: GoldDoc[];
}
