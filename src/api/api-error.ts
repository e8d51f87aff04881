/** Why a request to the events API failed, in words a user can act on. */
export type ApiErrorKind =
  'network' | 'timeout' | 'http' | 'not-json' | 'contract';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

/**
 * Worth one more try: the network failed or the server did (5xx). A timeout
 * already waited long, and a 4xx or a broken contract will not change.
 */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.kind === 'network' ||
      (error.kind === 'http' && (error.status ?? 0) >= 500))
  );
}
