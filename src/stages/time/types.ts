/**
 * Internal shapes of the time stage. Parsers read `Word`s and propose `Cand`idates carrying a
 * meaning (`Sem`) that is not yet anchored; refiners merge modifiers, drop overlaps and
 * resolve each meaning against the publication date into a TIMEX3 value.
 */
import type { TimeType } from '../../core/record.js';

/** A token of the tokens layer, split at hyphens ("mid-January" -> mid, -, January). */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  pos: string;
  sentence: number;
  /** true when no white space separates this word from the previous one */
  glued: boolean;
}

/** Calendar units shared by shifts and granularities. */
export type Unit = 'D' | 'W' | 'M' | 'Q' | 'H' | 'Y' | 'E' | 'C' | 'S' | 'WE';

export type Sem =
  /** a value that needs no anchor: P3M, PRESENT_REF, 1998, 199X */
  | { k: 'fixed'; value: string }
  /** calendar fields; a missing year is found from the anchor and the tense */
  | {
      k: 'cal';
      y: number | null;
      m: number | null;
      d: number | null;
      /** quarter (Qn), half (Hn) or season (SU) on a year */
      sub?: string | null;
      /** explicit direction of a year-less date: last November (-1), next March (+1) */
      dir?: number | null;
      /** year given relative to the DCT: "June last year" (-1) */
      yoff?: number | null;
      /** a named holiday whose day follows from the year (data/time/holidays.json) */
      holiday?: string | null;
      /** "the week of March 6": the ISO week holding the day */
      week?: boolean;
    }
  /** a weekday: last Friday (-1), next Friday (1), Friday (null: tense decides) */
  | {
      k: 'weekday';
      wd: number;
      dir: number | null;
      /** "the previous Friday", "the following Monday": counted from the last mentioned day */
      from?: 'anchor';
    }
  /** n units from the anchor: yesterday, last year, two years ago, a year earlier */
  | { k: 'shift'; unit: Unit; n: number | null; from: 'dct' | 'anchor'; gran?: Unit | null }
  /** a sub-unit of a shifted unit: the third quarter (of this year); sub on 'Y' */
  | { k: 'sub'; sub: string; n: number | null };

export interface Cand {
  /** word index range [s, e) */
  s: number;
  e: number;
  rule: string;
  type: TimeType;
  sem: Sem;
  mod: string | null;
  /** part of day or clock time appended to a day value: TMO, TNI, T17:00 */
  part: string | null;
  /** for durations: -1 when the duration ends at the anchor (the past three months), 1 when it starts there */
  range: number | null;
  /** days added to the resolved day: "the day before last Tuesday" (-1) */
  offset?: number;
}

export type Parser = (w: readonly Word[], i: number) => Cand | null;
