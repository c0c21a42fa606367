/**
 * Output into a closed pipe (`sitrep search x | head -1`): the reader has all it wanted, so the
 * command stops quietly with exit code 0 instead of dying on EPIPE with a stack trace. Every
 * command that prints calls `quietOnClosedPipe()` first; installing it twice is harmless.
 */
let installed = false;

export function quietOnClosedPipe(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}
