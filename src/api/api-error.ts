/** Why a request to the events API failed, in words a user can act on. */
export type ApiErrorKind =
  'network' | 'timeout' | 'http' | 'not-json' | 'contract';

/** What is known about a failure; describeError words it for the reader. */
export type ApiErrorFields = {
  /** The HTTP status, for kind 'http'. */
  status?: number;
  /** "500 Internal Server Error", as the server sent it. */
  statusLine?: string;
  /** The server's message, or what broke the contract (not translated). */
  detail?: string;
  /** The request parameter the server rejected. */
  parameter?: string;
  /** How long the request was given, for kind 'timeout'. */
  timeoutSeconds?: number;
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number | undefined;
  readonly parameter: string | undefined;

  /** The message is for logs; the interface shows describeError's text. */
  constructor(
    readonly kind: ApiErrorKind,
    readonly fields: ApiErrorFields = {},
  ) {
    const facts = [fields.statusLine, fields.detail].filter(Boolean);
    super(facts.length > 0 ? `${kind}: ${facts.join(': ')}` : kind);
    this.status = fields.status;
    this.parameter = fields.parameter;
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
