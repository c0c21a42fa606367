/**
 * The corpus table on SQLite: rows (kind, key, record) -> JSON value, written in one
 * transaction per change, read by key, by record or as a paged scan in (key, record) order.
 */
import type Database from 'better-sqlite3';
import { CORPUS_PAGE, chunks, checkRows } from '../corpus-rows.js';
import type { CorpusChange, CorpusRow, CorpusTable } from '../store.js';

interface Row {
  kind: string;
  key: string;
  record: string;
  value: string;
}

/** rows per INSERT: 4 values each, far below SQLite's 32,766 bound values */
const WRITE = 64;

/**
 * by record through the record index: without statistics SQLite's planner reads every row of
 * the kind through the primary key instead (EXPLAIN QUERY PLAN), a cost that grows with the corpus
 */
const tableFor = (column: 'key' | 'record') =>
  column === 'record' ? 'corpus INDEXED BY corpus_record' : 'corpus';

const parse = (r: Row): CorpusRow => ({ ...r, value: JSON.parse(r.value) as unknown });

export function sqliteCorpus(db: Database.Database, open: () => void): CorpusTable {
  // rows go in WRITE rows a statement: one call per row cost more than the row itself
  const upserts = new Map<number, Database.Statement<unknown[]>>();
  const upsert = (n: number) => {
    let stmt = upserts.get(n);
    if (!stmt) {
      const values = Array.from({ length: n }, () => '(?, ?, ?, ?)').join(', ');
      stmt = db.prepare(
        `INSERT INTO corpus (kind, key, record, value) VALUES ${values}
         ON CONFLICT (kind, key, record) DO UPDATE SET value = excluded.value`,
      );
      upserts.set(n, stmt);
    }
    return stmt;
  };
  const removals = new Map<string, Database.Statement<string[]>>();
  const remove = (column: 'key' | 'record', n: number) => {
    const id = `${column}:${n}`;
    let stmt = removals.get(id);
    if (!stmt) {
      const marks = Array.from({ length: n }, () => '?').join(', ');
      stmt = db.prepare<string[]>(
        `DELETE FROM ${tableFor(column)} WHERE kind = ? AND ${column} IN (${marks})`,
      );
      removals.set(id, stmt);
    }
    return stmt;
  };
  const page = db.prepare<[string, string, string, string, string], Row>(
    `SELECT kind, key, record, value FROM corpus
     WHERE kind = ? AND substr(key, 1, length(?)) = ? AND (key, record) > (?, ?)
     ORDER BY key, record LIMIT ${CORPUS_PAGE}`,
  );
  const countStmt = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM corpus WHERE kind = ?`,
  );
  const write = db.transaction((change: CorpusChange) => {
    for (const r of change.remove ?? []) {
      for (const part of chunks([...(r.keys ?? [])]))
        remove('key', part.length).run(r.kind, ...part);
      for (const part of chunks([...(r.records ?? [])]))
        remove('record', part.length).run(r.kind, ...part);
    }
    const rows = change.put ?? [];
    const args: unknown[] = [];
    // rows in order: a (kind, key, record) written twice keeps its last value
    for (let i = 0; i < rows.length; i += WRITE) {
      const n = Math.min(WRITE, rows.length - i);
      args.length = 0;
      for (let j = i; j < i + n; j++) {
        const row = rows[j] as CorpusRow;
        args.push(row.kind, row.key, row.record, JSON.stringify(row.value ?? null));
      }
      upsert(n).run(...args);
    }
  });
  // one prepared statement per (column, list length): preparing costs more than running
  const lookups = new Map<string, Database.Statement<string[], Row>>();
  const lookup = (column: 'key' | 'record', n: number) => {
    const id = `${column}:${n}`;
    let stmt = lookups.get(id);
    if (!stmt) {
      const marks = Array.from({ length: n }, () => '?').join(', ');
      stmt = db.prepare<string[], Row>(
        `SELECT kind, key, record, value FROM ${tableFor(column)} WHERE kind = ? AND ${column} IN (${marks})`,
      );
      lookups.set(id, stmt);
    }
    return stmt;
  };
  const many = (column: 'key' | 'record', kind: string, values: readonly string[]) => {
    const out: Row[] = [];
    for (const part of chunks([...new Set(values)])) {
      for (const row of lookup(column, part.length).all(kind, ...part)) out.push(row);
    }
    return out.sort(byKeyRecord).map(parse);
  };

  return {
    async apply(change) {
      open();
      checkRows(change.put ?? []);
      write(change);
      return Promise.resolve();
    },
    async get(kind, keys) {
      open();
      return Promise.resolve(many('key', kind, keys));
    },
    async ofRecords(kind, records) {
      open();
      return Promise.resolve(many('record', kind, records));
    },
    async *scan(kind, prefix = '') {
      let key = '';
      let record = '';
      let first = true;
      for (;;) {
        open();
        // the first page starts before every (key, record), including ('', '')
        const rows = first
          ? db
              .prepare<[string, string, string], Row>(
                `SELECT kind, key, record, value FROM corpus
                 WHERE kind = ? AND substr(key, 1, length(?)) = ?
                 ORDER BY key, record LIMIT ${CORPUS_PAGE}`,
              )
              .all(kind, prefix, prefix)
          : page.all(kind, prefix, prefix, key, record);
        first = false;
        for (const r of rows) yield parse(r);
        const last = rows.at(-1);
        if (!last || rows.length < CORPUS_PAGE) return;
        key = last.key;
        record = last.record;
      }
    },
    async count(kind) {
      open();
      return Promise.resolve(countStmt.get(kind)?.n ?? 0);
    },
  };
}

function byKeyRecord(a: Row, b: Row): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  return a.record < b.record ? -1 : a.record > b.record ? 1 : 0;
}
