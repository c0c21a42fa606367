/**
 * --threads is capped at the cores: more threads than cores only add memory (a pipeline
 * each) and contention (64 threads on one article took 223 s and 10.5 GB).
 */
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { createRecordBuilder } from '../../src/runtime/workers.js';

describe('createRecordBuilder caps threads at the cores', () => {
  const cores = os.availableParallelism();

  it('64 threads asked for start no more than the cores, with a one-line note', async () => {
    const b = createRecordBuilder({ preset: 'minimal', threads: 64 });
    try {
      // one core builds inline (threads 0); otherwise one worker per core
      expect(b.threads).toBe(cores <= 1 ? 0 : cores);
      expect(b.note).toBe(`64 threads asked for, ${cores} used: no more than the cores`);
      expect(b.note).not.toContain('\n');
    } finally {
      await b.close();
    }
  });

  it('asking for the cores or fewer gives no note', async () => {
    const b = createRecordBuilder({ preset: 'minimal', threads: 0 });
    expect(b.note ?? null).toBeNull();
    await b.close();
  });
});
