/**
 * The corpus table on PostgreSQL: the same rows and order as on SQLite (keys compare as bytes,
 * COLLATE "C"). A change runs in one transaction; the rows go over as one JSON array.
 */
import type pg from 'pg';
import { CORPUS_PAGE, chunks, checkRows } from '../corpus-rows.js';
import type { CorpusRow, CorpusTable } from '../store.js';

interface Row {
  kind: string;
  key: string;
  record: string;
  value: string;
}

const parse = (r: Row): CorpusRow => ({ ...r, value: JSON.parse(r.value) as unknown });

/** rows per INSERT statement */
const WRITE_CHUNK = 2000;

export function postgresCorpus(pool: pg.Pool, open: () => void): CorpusTable {
  const many = async (column: 'key' | 'record', kind: string, values: readonly string[]) => {
    const out: CorpusRow[] = [];
    for (const part of chunks([...new Set(values)])) {
      const res = await pool.query<Row>(
        `SELECT kind, key, record, value FROM corpus WHERE kind = $1 AND ${column} = ANY($2::text[])`,
        [kind, part],
      );
      out.push(...res.rows.map(parse));
    }
    return out.sort((a, b) =>
      a.key !== b.key
        ? a.key < b.key
          ? -1
          : 1
        : a.record < b.record
          ? -1
          : a.record > b.record
            ? 1
            : 0,
    );
  };

  return {
    async apply(change) {
      open();
      const rows = change.put ?? [];
      checkRows(rows);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const r of change.remove ?? []) {
          for (const part of chunks([...(r.keys ?? [])])) {
            await client.query(`DELETE FROM corpus WHERE kind = $1 AND key = ANY($2::text[])`, [
              r.kind,
              part,
            ]);
          }
          for (const part of chunks([...(r.records ?? [])])) {
            await client.query(`DELETE FROM corpus WHERE kind = $1 AND record = ANY($2::text[])`, [
              r.kind,
              part,
            ]);
          }
        }
        for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
          // the last write of a (kind, key, record) wins, as on SQLite
          const last = new Map<string, CorpusRow>();
          for (const row of rows.slice(i, i + WRITE_CHUNK)) {
            last.set(`${row.kind}\u0000${row.key}\u0000${row.record}`, row);
          }
          const values = [...last.values()].map((row) => ({
            kind: row.kind,
            key: row.key,
            record: row.record,
            value: JSON.stringify(row.value ?? null),
          }));
          await client.query(
            `INSERT INTO corpus (kind, key, record, value)
             SELECT kind, key, record, value FROM json_to_recordset($1) AS x(kind text, key text, record text, value text)
             ON CONFLICT (kind, key, record) DO UPDATE SET value = excluded.value`,
            [JSON.stringify(values)],
          );
        }
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async get(kind, keys) {
      open();
      return many('key', kind, keys);
    },
    async ofRecords(kind, records) {
      open();
      return many('record', kind, records);
    },
    async *scan(kind, prefix = '') {
      let after: [string, string] | null = null;
      for (;;) {
        open();
        const res: pg.QueryResult<Row> = await pool.query<Row>(
          `SELECT kind, key, record, value FROM corpus
           WHERE kind = $1 AND left(key, length($2)) = $2
             AND ($3::text IS NULL OR (key, record) > ($3::text COLLATE "C", $4::text COLLATE "C"))
           ORDER BY key, record LIMIT ${CORPUS_PAGE}`,
          [kind, prefix, after?.[0] ?? null, after?.[1] ?? null],
        );
        for (const r of res.rows) yield parse(r);
        const last = res.rows.at(-1);
        if (!last || res.rows.length < CORPUS_PAGE) return;
        after = [last.key, last.record];
      }
    },
    async count(kind) {
      open();
      const res = await pool.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM corpus WHERE kind = $1',
        [kind],
      );
      return res.rows[0]?.n ?? 0;
    },
  };
}
