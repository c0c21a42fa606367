/**
 * Independent sources behind a set of reports (an event cluster's or a story's members): the
 * source chains that could have learnt the fact separately, and how many there are. The rules,
 * each tested in test/corpus/sources.test.ts:
 *
 * - `sources#copy`: a copy adds no independence. Its path is its own publisher followed by its
 *   original's outlets (path.ts), so it lands on its original's chain.
 * - `sources#relay`: an outlet relaying another (provenance source, or an attribution whose
 *   source is an outlet) adds no independence: the chain is keyed by the innermost outlet, the
 *   original one, never by the publisher that relayed it.
 * - `sources#named`: a named person or organisation counts once whoever cites them: keyed by
 *   the corpus entity when one is given, else by the normalised name.
 * - `sources#unnamed-per-outlet`: anonymous or unnamed sources ("officials", "Ukrainian
 *   officials and troops") count once per original outlet citing them; the outlet's own
 *   unsourced voice joins the same chain (nothing tells its officials apart from its reporting).
 */
import type { SitrepRecord } from '../../core/record.js';
import { formatPath, norm, sourcePath, type OriginalRef, type SourceStep } from './path.js';

/** One report of a fact: a record and the event or claim in it, with its attributions. */
export interface Report {
  record: SitrepRecord;
  /** the event or claim id (`ev10`, `c4`) */
  ref: string;
  /** the innermost attributions it is reported through; empty: the outlet itself */
  attributions: readonly string[];
}

export interface SourceOptions {
  /** copy id -> its original (from `groups('copies')`): copies extend their path through it */
  originals?: ReadonlyMap<string, OriginalRef>;
  /** corpus entity of a record-level entity, when corpus entities are available */
  entityKey?: (recordId: string, entityId: string) => string | null | undefined;
}

export interface ChainReport {
  record: string;
  published: string | null;
  ref: string;
  attribution: string | null;
  path: SourceStep[];
  /** "UNN → The New York Times → officials (anonymous)" */
  text: string;
  /** the id of the original when this record is a copy */
  copyOf: string | null;
}

export interface SourceChain {
  key: string;
  /** the rule that keyed it: sources#named or sources#unnamed-per-outlet (+relay, +copy) */
  rule: string;
  /** who it goes back to: the named source, or the original outlet */
  origin: string;
  /** the shortest path behind it, for display */
  path: string;
  reports: ChainReport[];
  /** distinct record ids behind the chain */
  records: string[];
}

export interface Independence {
  /** number of independent source chains */
  count: number;
  chains: SourceChain[];
  records: string[];
  /** records that are copies of another (no independence of their own) */
  copies: string[];
}

const isOutlet = (s: SourceStep) => s.kind === 'publisher' || s.kind === 'outlet';

/** The independence key of one path, and the rules that shaped it. */
export function chainKey(
  path: readonly SourceStep[],
  recordId: string,
  opts: SourceOptions = {},
): { key: string; origin: string; rules: string[] } {
  const last = path[path.length - 1] as SourceStep;
  const outlets = path.filter(isOutlet);
  const innermost = outlets[outlets.length - 1] ?? last;
  const rules: string[] = [];
  if (outlets.length > 1) rules.push('sources#relay');
  if (path.some((s) => s.rule === 'copies#original')) rules.push('sources#copy');
  if (last.kind === 'named') {
    const corpus = last.entity ? opts.entityKey?.(recordId, last.entity) : null;
    return {
      key: corpus ? `entity:${corpus}` : `named:${norm(last.name)}`,
      origin: last.name,
      rules: ['sources#named', ...rules],
    };
  }
  return {
    key: `outlet:${norm(innermost.name)}`,
    origin: innermost.name,
    rules: ['sources#unnamed-per-outlet', ...rules],
  };
}

/** Groups the reports' source paths into independent chains. */
export function independentSources(
  reports: readonly Report[],
  opts: SourceOptions = {},
): Independence {
  const chains = new Map<string, SourceChain & { ruleSet: Set<string> }>();
  const records = new Set<string>();
  const copies = new Set<string>();
  for (const report of reports) {
    const r = report.record;
    records.add(r.id);
    const original = opts.originals?.get(r.id) ?? null;
    if (original && original.id !== r.id) copies.add(r.id);
    const attributions = report.attributions.length > 0 ? report.attributions : [null];
    for (const a of attributions) {
      const path = sourcePath(r, a, original);
      const { key, origin, rules } = chainKey(path, r.id, opts);
      let chain = chains.get(key);
      if (!chain) {
        chain = { key, rule: '', origin, path: '', reports: [], records: [], ruleSet: new Set() };
        chains.set(key, chain);
      }
      for (const rule of rules) chain.ruleSet.add(rule);
      chain.reports.push({
        record: r.id,
        published: r.published,
        ref: report.ref,
        attribution: a,
        path,
        text: formatPath(path),
        copyOf: original && original.id !== r.id ? original.id : null,
      });
      if (!chain.records.includes(r.id)) chain.records.push(r.id);
    }
  }
  const out: SourceChain[] = [...chains.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ ruleSet, ...c }) => {
      // the shortest path, then the earliest published, stands for the chain
      const shown = [...c.reports].sort(
        (x, y) =>
          x.path.length - y.path.length ||
          (x.published ?? '9999').localeCompare(y.published ?? '9999') ||
          (x.record < y.record ? -1 : x.record > y.record ? 1 : 0),
      )[0] as ChainReport;
      return { ...c, rule: [...ruleSet].join('+'), path: shown.text, records: c.records.sort() };
    });
  return {
    count: out.length,
    chains: out,
    records: [...records].sort(),
    copies: [...copies].sort(),
  };
}
