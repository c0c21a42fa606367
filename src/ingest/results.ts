/** Small constructors for reader results, so every reader words its problems alike. */
import type { Origin } from '../core/record.js';
import type { IngestProblem, RawArticle, ReadResult } from './types.js';

export function problem(kind: IngestProblem['kind'], where: string, message: string): ReadResult {
  return { problem: { kind, where, message } };
}

/** "file:12" for item 12 of a multi-record file. */
export function itemWhere(path: string, item: number): string {
  return `${path}:${item}`;
}

export function article(origin: Origin, fields: Omit<RawArticle, 'origin'>): ReadResult {
  return { article: { origin, ...fields } };
}

/** A value quoted for a message, cut to a readable length. */
export function quote(value: string, max = 40): string {
  const s = value.replace(/\s+/g, ' ');
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}
