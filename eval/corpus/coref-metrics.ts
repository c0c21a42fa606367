/**
 * Coreference scores over clusterings given as maps mention id -> cluster id: MUC (Vilain et
 * al. 1995), B3 (Bagga & Baldwin 1998), CEAF-e (Luo 2005, entity-based phi4 similarity with an
 * optimal one-to-one alignment), their mean (the CoNLL F1, Pradhan et al. 2012) and the
 * adjusted Rand index (Hubert & Arabie 1985). Pure functions, shared by the corpus entity and
 * event evaluations.
 *
 * Mentions present on one side only follow the reference scorer (Pradhan et al. 2014): they
 * count in that side's denominators and overlap nothing on the other side. Callers who want
 * "missed gold mentions are system singletons" add them to `system` themselves.
 *
 * @example
 * const gold = new Map([['a', 'G1'], ['b', 'G1'], ['c', 'G2']]);
 * const system = new Map([['a', 'S1'], ['b', 'S2'], ['c', 'S2']]);
 * scoreClusters(gold, system).conll; // mean of MUC, B3 and CEAF-e F1
 */

export interface PRF {
  p: number;
  r: number;
  f1: number;
}

export interface CorefScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  /** mean of the three F1 */
  conll: number;
}

type Clusters = Map<string, Set<string>>;

function clustersOf(map: ReadonlyMap<string, string>): Clusters {
  const out: Clusters = new Map();
  for (const [mention, cluster] of map) {
    const set = out.get(cluster) ?? new Set<string>();
    set.add(mention);
    out.set(cluster, set);
  }
  return out;
}

function prf(num: number, pDen: number, rNum: number, rDen: number): PRF {
  const p = pDen === 0 ? 0 : num / pDen;
  const r = rDen === 0 ? 0 : rNum / rDen;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** MUC recall of `key` against `response` (swap them for precision): links kept / links needed */
function mucSide(key: Clusters, response: ReadonlyMap<string, string>): [number, number] {
  let num = 0;
  let den = 0;
  for (const members of key.values()) {
    const parts = new Set<string>();
    let missing = 0;
    for (const m of members) {
      const c = response.get(m);
      if (c === undefined) missing++;
      else parts.add(c);
    }
    num += members.size - (parts.size + missing);
    den += members.size - 1;
  }
  return [num, den];
}

/** sum over key clusters K and response clusters R of |K ∩ R|^2 / |K|, and the mention count */
function b3Side(key: Clusters, response: ReadonlyMap<string, string>): [number, number] {
  let num = 0;
  let n = 0;
  for (const members of key.values()) {
    const overlap = new Map<string, number>();
    for (const m of members) {
      const c = response.get(m);
      if (c !== undefined) overlap.set(c, (overlap.get(c) ?? 0) + 1);
    }
    for (const k of overlap.values()) num += (k * k) / members.size;
    n += members.size;
  }
  return [num, n];
}

export function muc(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): PRF {
  const [rn, rd] = mucSide(clustersOf(gold), system);
  const [pn, pd] = mucSide(clustersOf(system), gold);
  return prfFromRatios(pd === 0 ? 0 : pn / pd, rd === 0 ? 0 : rn / rd);
}

export function b3(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): PRF {
  const [rn, rd] = b3Side(clustersOf(gold), system);
  const [pn, pd] = b3Side(clustersOf(system), gold);
  return prfFromRatios(pd === 0 ? 0 : pn / pd, rd === 0 ? 0 : rn / rd);
}

function prfFromRatios(p: number, r: number): PRF {
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * CEAF-e: the best one-to-one alignment of gold and system clusters under
 * phi4(K, R) = 2|K ∩ R| / (|K| + |R|); recall divides by the gold cluster count, precision by
 * the system's. The alignment is solved per connected component of the overlap graph, so
 * thousands of clusters cost little.
 */
export function ceafe(gold: ReadonlyMap<string, string>, system: ReadonlyMap<string, string>): PRF {
  const g = clustersOf(gold);
  const s = clustersOf(system);
  // overlap counts between gold and system clusters that share a mention
  const overlap = new Map<string, Map<string, number>>();
  for (const [m, gc] of gold) {
    const sc = system.get(m);
    if (sc === undefined) continue;
    const row = overlap.get(gc) ?? new Map<string, number>();
    row.set(sc, (row.get(sc) ?? 0) + 1);
    overlap.set(gc, row);
  }
  // connected components of the bipartite overlap graph
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(x, r);
    return r;
  };
  for (const [gc, row] of overlap) {
    const a = `g\u0000${gc}`;
    if (!parent.has(a)) parent.set(a, a);
    for (const sc of row.keys()) {
      const b = `s\u0000${sc}`;
      if (!parent.has(b)) parent.set(b, b);
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    }
  }
  const comps = new Map<string, { gs: string[]; ss: string[] }>();
  for (const node of parent.keys()) {
    const root = find(node);
    const c = comps.get(root) ?? { gs: [], ss: [] };
    const [side, id] = node.split('\u0000') as [string, string];
    (side === 'g' ? c.gs : c.ss).push(id);
    comps.set(root, c);
  }
  let sim = 0;
  for (const { gs, ss } of comps.values()) {
    const matrix = gs.map((gc) => {
      const K = g.get(gc) as Set<string>;
      const row = overlap.get(gc) as Map<string, number>;
      return ss.map((sc) => {
        const k = row.get(sc) ?? 0;
        return k === 0 ? 0 : (2 * k) / (K.size + (s.get(sc) as Set<string>).size);
      });
    });
    sim += maxAssignment(matrix);
  }
  return prf(sim, s.size, sim, g.size);
}

/**
 * The largest total weight of a one-to-one assignment of rows to columns (Kuhn-Munkres on the
 * negated, squared-up matrix; O(n^3) in the larger side).
 */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : Math.max(...weights.map((r) => r.length));
  const n = Math.max(rows, cols);
  if (n === 0) return 0;
  const cost = (i: number, j: number) => -(weights[i - 1]?.[j - 1] ?? 0);
  // potentials and matching, 1-based (the classic e-maxx formulation)
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) {
    const i = p[j] as number;
    if (i >= 1) total += weights[i - 1]?.[j - 1] ?? 0;
  }
  return total;
}

export function scoreClusters(
  gold: ReadonlyMap<string, string>,
  system: ReadonlyMap<string, string>,
): CorefScores {
  const m = muc(gold, system);
  const b = b3(gold, system);
  const c = ceafe(gold, system);
  return { muc: m, b3: b, ceafe: c, conll: (m.f1 + b.f1 + c.f1) / 3 };
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Adjusted Rand index over the mentions both maps hold: 1 for identical partitions, about 0 for
 * chance agreement (negative below). Two partitions with no pairs at all (every mention alone
 * in both) agree perfectly: 1, as scikit-learn does.
 */
export function adjustedRand(
  gold: ReadonlyMap<string, string>,
  system: ReadonlyMap<string, string>,
): number {
  const cells = new Map<string, number>();
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let n = 0;
  for (const [m, gc] of gold) {
    const sc = system.get(m);
    if (sc === undefined) continue;
    n++;
    const key = `${gc}\u0000${sc}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    a.set(gc, (a.get(gc) ?? 0) + 1);
    b.set(sc, (b.get(sc) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sa = 0;
  for (const c of a.values()) sa += pairs(c);
  let sb = 0;
  for (const c of b.values()) sb += pairs(c);
  const total = pairs(n);
  if (total === 0) return 1;
  const expected = (sa * sb) / total;
  const max = (sa + sb) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
