/**
 * Cuts an article's text into runs for display: each run is plain text plus the annotations
 * covering it, so overlapping and nested spans (an entity inside a claim, a time inside an
 * attribution) never need HTML built from strings. The innermost (shortest) annotation decides
 * how a run looks; every covering one stays available for the details panel. Text is only ever
 * put on the page as text nodes.
 */
export interface Mark {
  start: number;
  end: number;
  /** entity, time, figure, source, cue, claim */
  kind: string;
  /** the annotation's id in the record (e1, t2, q3, a1, c4) */
  id: string;
  label: string;
  /** a page about it (an entity's page), when there is one */
  link?: string;
}

export interface Run {
  start: number;
  end: number;
  text: string;
  /** covering marks, innermost first */
  marks: Mark[];
}

export function segments(text: string, marks: readonly Mark[]): Run[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid
      .filter((m) => m.start <= start && end <= m.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    runs.push({ start, end, text: text.slice(start, end), marks: covering });
  }
  return runs;
}

/** The parts of a search snippet: `[word]` is a match (the store's snippet markers). */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  const re = /\[([^\]]*)\]/g;
  let at = 0;
  for (let m = re.exec(snippet); m !== null; m = re.exec(snippet)) {
    if (m.index > at) out.push({ text: snippet.slice(at, m.index), match: false });
    out.push({ text: m[1] ?? '', match: true });
    at = m.index + m[0].length;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), match: false });
  return out;
}
