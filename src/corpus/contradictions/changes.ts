/**
 * Relative changes that cannot both hold: one report says a count fell ("halved", change < 1),
 * another that the same count rose (change > 1) over an overlapping period, from different
 * articles. A change with no duration ("has been halved") covers the 30 days before its date.
 * Blocked by thing family: changes are rare enough that a block stays small.
 */
import type { FigurePoint } from '../report/figures.js';
import { compatibleQualifiers } from '../report/things.js';
import { MAX_BLOCK, sameText, sideOfFigure } from './figures.js';
import type { Contradiction } from './types.js';

const DAY = 86_400_000;
const FAMILY: Record<string, string> = { nationals: 'troops' };

function periodOf(p: FigurePoint): [number, number] | null {
  if (p.period) {
    const b = Date.parse(p.period.begin);
    const e = Date.parse(p.period.end);
    if (Number.isFinite(b) && Number.isFinite(e)) return [b, e];
  }
  const at = p.refersTo ? Date.parse(p.refersTo.slice(0, 10)) : NaN;
  return Number.isFinite(at) ? [at - 30 * DAY, at] : null;
}

export function changeContradictions(points: readonly FigurePoint[]): Contradiction[] {
  const blocks = new Map<string, { p: FigurePoint; span: [number, number] }[]>();
  for (const p of points) {
    if (p.change === null || p.change === 1) continue;
    const span = periodOf(p);
    if (!span) continue;
    const key = FAMILY[p.thing] ?? p.thing;
    const list = blocks.get(key) ?? [];
    if (list.length < MAX_BLOCK) list.push({ p, span });
    blocks.set(key, list);
  }
  const out: Contradiction[] = [];
  for (const [key, list] of blocks) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (sameText(a.p, b.p) || !compatibleQualifiers(a.p.qualifier, b.p.qualifier)) continue;
        const down = (a.p.change as number) < 1;
        if (down === (b.p.change as number) < 1) continue;
        if (a.span[0] > b.span[1] || b.span[0] > a.span[1]) continue;
        const [x, y] = down ? [a, b] : [b, a];
        out.push({
          kind: 'change',
          rule: 'contradictions/changes#fall-vs-rise',
          reason: `${x.p.text} (×${x.p.change}) vs ${y.p.text} (×${y.p.change}) over overlapping periods`,
          key,
          a: sideOfFigure(x.p, null),
          b: sideOfFigure(y.p, null),
        });
      }
    }
  }
  return out;
}
