/** A contradiction: two reports that cannot both hold, each side with its source path. */
export interface Side {
  record: string;
  outlet: string | null;
  published: string | null;
  /** the quantity or event id in the record */
  ref: string;
  /** the figure or the event's sentence as written */
  text: string;
  /** the date it refers to */
  refersTo: string | null;
  /** "UNN → The New York Times → officials (anonymous)" */
  path: string;
  /** the widened range of a figure, or the modality of an event */
  detail: string;
}

export interface Contradiction {
  kind: 'figures' | 'change' | 'polarity';
  /** the rule that found it: contradictions/figures#no-overlap ... with the tolerance rules */
  rule: string;
  /** one line for a reader: what cannot both hold */
  reason: string;
  /** the blocking key both sides share: thing, unit, event type, period */
  key: string;
  a: Side;
  b: Side;
}
