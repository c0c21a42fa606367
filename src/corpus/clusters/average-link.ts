/**
 * Average-link agglomerative clustering of a few hundred items over sparse pairwise
 * similarities: start from the given groups (items that must stay together, e.g. copies), and
 * repeatedly merge the two clusters whose mean similarity over all their cross pairs (a pair
 * with no similarity given counts 0) is highest, while it is at least `threshold`.
 *
 * Unlike single link (connected components of the pairs above a threshold), one close pair
 * does not join two clusters: the members of each must be close on average, so two stories
 * of one topic (two earthquakes, two rehab stints) sharing a bridging article stay apart.
 * Deterministic: ties go to the pair of clusters with the smaller first members, so the same
 * items and similarities give the same partition in any input order.
 *
 * @example
 * averageLink(['a', 'b', 'c'], [['a', 'b', 0.5], ['b', 'c', 0.3]], 0.2);
 * // [['a', 'b'], ['c']]: a-b merge (0.5), then {a,b}-c averages (0 + 0.3) / 2 = 0.15 < 0.2
 */

export type Similarity = readonly [string, string, number];

export function averageLink(
  items: readonly string[],
  pairs: readonly Similarity[],
  threshold: number,
  together: readonly (readonly string[])[] = [],
): string[][] {
  const ids = [...new Set(items)].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  // start clusters: the `together` groups, then every other item alone
  const clusterOf = new Int32Array(ids.length).fill(-1);
  const members: number[][] = [];
  for (const group of together) {
    const list = [...new Set(group.map((g) => index.get(g)).filter((i) => i !== undefined))];
    const free = list.filter((i) => clusterOf[i] === -1);
    if (free.length === 0) continue;
    for (const i of free) clusterOf[i] = members.length;
    members.push(free.sort((a, b) => a - b));
  }
  for (let i = 0; i < ids.length; i++) {
    if (clusterOf[i] !== -1) continue;
    clusterOf[i] = members.length;
    members.push([i]);
  }
  // summed similarity between clusters, sparse: sums[c] maps the other cluster to the sum
  const sums: Map<number, number>[] = members.map(() => new Map());
  // a pair given twice (both directions) counts once
  const seen = new Set<string>();
  for (const [a, b, s] of pairs) {
    const ia = index.get(a);
    const ib = index.get(b);
    if (ia === undefined || ib === undefined || !(s > 0) || ia === ib) continue;
    const key = ia < ib ? `${ia} ${ib}` : `${ib} ${ia}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [ca, cb] = [clusterOf[ia] as number, clusterOf[ib] as number];
    if (ca === cb) continue;
    sums[ca]?.set(cb, (sums[ca]?.get(cb) ?? 0) + s);
    sums[cb]?.set(ca, (sums[cb]?.get(ca) ?? 0) + s);
  }
  const alive = new Set(members.map((_, c) => c));
  const first = (c: number) => (members[c] as number[])[0] as number;
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (const i of alive) {
      const ni = (members[i] as number[]).length;
      for (const [j, sum] of sums[i] as Map<number, number>) {
        if (j <= i) continue;
        const avg = sum / (ni * (members[j] as number[]).length);
        const better =
          avg > best ||
          (avg === best &&
            (Math.min(first(i), first(j)) < Math.min(first(bi), first(bj)) ||
              (Math.min(first(i), first(j)) === Math.min(first(bi), first(bj)) &&
                Math.max(first(i), first(j)) < Math.max(first(bi), first(bj)))));
        if (better) [best, bi, bj] = [avg, i, j];
      }
    }
    if (bi < 0 || best < threshold) break;
    // merge bj into bi
    const si = sums[bi] as Map<number, number>;
    const sj = sums[bj] as Map<number, number>;
    si.delete(bj);
    for (const [k, v] of sj) {
      if (k === bi) continue;
      si.set(k, (si.get(k) ?? 0) + v);
      const sk = sums[k] as Map<number, number>;
      sk.set(bi, (sk.get(bi) ?? 0) + v);
      sk.delete(bj);
    }
    sj.clear();
    members[bi] = [...(members[bi] as number[]), ...(members[bj] as number[])].sort(
      (a, b) => a - b,
    );
    alive.delete(bj);
  }
  return [...alive]
    .map((c) => (members[c] as number[]).map((i) => ids[i] as string))
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
}
