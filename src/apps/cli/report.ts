/** One line per problem on standard error: "skipped path: message". */
import type { IngestProblem } from '../../ingest/types.js';

/** Exit code of ingest and extract when some inputs or rows failed and the rest went through. */
export const INPUTS_FAILED = 2;

export function reportProblem(problem: IngestProblem): void {
  process.stderr.write(`${problem.kind} ${problem.where}: ${problem.message}\n`);
}
