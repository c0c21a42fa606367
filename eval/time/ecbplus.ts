/**
 * ECB+ (ecbplus-dev) as a time-span test on news no time rule was written on: its TIME_*
 * markables in the sentences listed as annotated. ECB+ gives no values and no document dates,
 * so spans and types are scored, not values. Types: TIME_DATE -> DATE, TIME_OF_THE_DAY -> TIME,
 * TIME_DURATION -> DURATION, TIME_REPETITION -> SET. ECB+ marks the times of the events it
 * codes, not every time in a sentence: precision is a lower bound, recall is the figure.
 */
import { annotatedRanges, readEcbPlus } from '../corpus/ecbplus/read.js';
import type { GoldTimex } from './tml.js';

const TYPE: Record<string, string> = {
  TIME_DATE: 'DATE',
  TIME_OF_THE_DAY: 'TIME',
  TIME_DURATION: 'DURATION',
  TIME_REPETITION: 'SET',
};

export interface EcbTimeDoc {
  id: string;
  topic: number;
  text: string;
  timexes: GoldTimex[];
  /** [start, end) of each annotated sentence: system times elsewhere are not scored */
  scored: [number, number][];
}

export function readEcbTimes(dir: string): EcbTimeDoc[] {
  return readEcbPlus(dir).map((d) => {
    const { cat } = d;
    const timexes: GoldTimex[] = [];
    for (const m of cat.markables) {
      const type = TYPE[m.tag];
      if (!type) continue;
      const toks = m.tokens.map((t) => cat.byTid.get(t)).filter((t) => t !== undefined);
      if (toks.length === 0 || !d.annotated.has(toks[0]?.sentence ?? -1)) continue;
      const start = Math.min(...toks.map((t) => t.start));
      const end = Math.max(...toks.map((t) => t.end));
      const text = d.text.slice(start, end);
      timexes.push({ tid: m.attrs.m_id ?? '', start, end, text, type, value: '', mod: null });
    }
    return { id: d.name, topic: d.topic, text: d.text, timexes, scored: annotatedRanges(d) };
  });
}
