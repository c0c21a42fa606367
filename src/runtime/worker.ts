/**
 * The worker-thread side of the record builder (runtime/workers.ts): builds its pipeline once
 * from the preset named in `workerData`, then answers each `{ id, raw }` message with
 * `{ id, record }` or `{ id, error }`; it says 'ready' once its pipeline is built. An error in one article is reported, never thrown, so
 * the worker keeps serving the rest.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineFor } from '../presets/default.js';
import { buildRecord } from '../core/build.js';
import { isUserError } from '../core/errors.js';
import type { SitrepRecord } from '../core/record.js';
import type { RawArticle } from '../ingest/types.js';
import { withTestFault } from './fault.js';

export interface BuildRequest {
  id: number;
  raw: RawArticle;
}

/** A build error as it crosses the thread boundary. */
export interface WireError {
  name: string;
  message: string;
  /** SitrepError.where; null for other errors */
  where: string | null;
  /** true for SitrepError (user error: one line, no stack) */
  user: boolean;
  stack?: string;
}

export type BuildReply = { id: number; record: SitrepRecord } | { id: number; error: WireError };

export function toWireError(err: unknown): WireError {
  if (isUserError(err))
    return { name: err.name, message: err.message, where: err.where, user: true };
  if (err instanceof Error) {
    return { name: err.name, message: err.message, where: null, user: false, stack: err.stack };
  }
  return { name: 'Error', message: String(err), where: null, user: false };
}

const WARM_UP =
  'The minister said on Monday that the talks in Geneva would resume next week. ' +
  'About 200 delegates are expected, officials told reporters.';

const port = parentPort;
if (port) {
  const { preset } = workerData as { preset: string };
  const pipeline = withTestFault(pipelineFor(preset));
  port.on('message', (msg: BuildRequest) => {
    let reply: BuildReply;
    try {
      reply = { id: msg.id, record: buildRecord(msg.raw, pipeline) };
    } catch (err) {
      reply = { id: msg.id, error: toWireError(err) };
    }
    port.postMessage(reply);
  });
  // load the models now, so that a worker that cannot hold them fails before taking work
  try {
    buildRecord(
      { origin: { path: 'warm-up', url: null, format: 'text' }, text: WARM_UP },
      pipeline,
    );
  } catch {
    // a preset may refuse so short a text; the models are loaded all the same
  }
  port.postMessage('ready');
}
