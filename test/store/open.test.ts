import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/core/errors.js';
import { parseStoreSpec } from '../../src/store/open.js';

describe('parseStoreSpec', () => {
  it('reads a plain path as a SQLite file', () => {
    expect(parseStoreSpec('sitrep.db')).toEqual({ kind: 'sqlite', file: 'sitrep.db' });
    expect(parseStoreSpec('/tmp/x/a.db')).toEqual({ kind: 'sqlite', file: '/tmp/x/a.db' });
    expect(parseStoreSpec('file:///tmp/a.db')).toEqual({ kind: 'sqlite', file: '/tmp/a.db' });
  });

  it('reads postgres:// and postgresql:// URLs, with the schema as a parameter', () => {
    expect(parseStoreSpec('postgres://postgres@127.0.0.1:5432/test')).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
      schema: 'public',
    });
    expect(parseStoreSpec('postgresql://u@h/db?schema=news&sslmode=disable')).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@h/db?sslmode=disable',
      schema: 'news',
    });
  });

  it('refuses an unknown scheme or a postgres URL without a host, never making a file of it', () => {
    for (const bad of ['postgres:x', 'mysql://root@localhost/db', 'http://example.com/db']) {
      expect(() => parseStoreSpec(bad)).toThrow(SitrepError);
    }
    expect(() => parseStoreSpec('mysql://root@localhost/db')).toThrow(
      /unknown database scheme "mysql:"/,
    );
  });
});
