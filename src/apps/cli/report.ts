/** One line per problem on standard error: "skipped path: message". */
import type { IngestProblem } from '../../ingest/types.js';

export function reportProblem(problem: IngestProblem): void {
  process.stderr.write(`${problem.kind} ${problem.where}: ${problem.message}\n`);
}
