/**
 * User-facing errors: one line naming the file or field and the problem. The CLI prints
 * `message` without a stack trace; anything else is a bug and keeps its stack.
 */
export class SitrepError extends Error {
  override name = 'SitrepError';
  constructor(
    message: string,
    /** the file, field or stage the problem is about */
    readonly where: string | null = null,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** Raised when a pipeline's stage list cannot work, before any text is processed. */
export class PipelineError extends SitrepError {
  override name = 'PipelineError';
}

export function isUserError(err: unknown): err is SitrepError {
  return err instanceof SitrepError;
}
