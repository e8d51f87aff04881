import type { z } from 'zod/mini';

import { API_BASE_URL } from '@/config/api-base-url';

import { ApiError, type ApiErrorKind } from './api-error';
import { whenApiReady } from './api-ready';
import type * as SchemasModule from './schemas';

/**
 * The contract's schemas, and zod with them: loaded with the first request
 * (with it, not after it), not before the first draw, which the answers
 * embedded in the page serve (docs/first-view.md).
 */
export type Schemas = typeof SchemasModule;

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** How long a request may take before it counts as failed. */
export const TIMEOUT_MS = 10_000;

/**
 * GETs a path of the events API and validates the JSON against a schema: the
 * one place the app calls fetch. Every failure becomes an ApiError that says
 * what went wrong; an abort is passed through for React Query to handle.
 */
export async function fetchJson<T>(
  path: string,
  schemaOf: (schemas: Schemas) => z.ZodMiniType<T>,
  signal?: AbortSignal,
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  const loading = import('./schemas');
  // A request that fails first leaves its failure to tell, not this one's.
  loading.catch(() => undefined);
  const timeout = AbortSignal.timeout(timeoutMs);
  /** An abort by the caller passes through; the timeout is named as such. */
  const toFailure = (error: unknown, kind: ApiErrorKind) => {
    if (signal?.aborted) return error;
    if (timeout.aborted) {
      return new ApiError('timeout', { timeoutSeconds: timeoutMs / 1000 });
    }
    return new ApiError(kind);
  };
  let response: Response;
  let schemas: Schemas;
  try {
    await whenApiReady();
    response = await fetch(`${API_BASE_URL}${path}`, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    });
    schemas = await loading;
  } catch (error) {
    throw toFailure(error, 'network');
  }
  if (!response.ok) {
    const body = schemas.apiErrorBodySchema.safeParse(
      await response.json().catch(() => null),
    );
    throw new ApiError('http', {
      status: response.status,
      statusLine: `${response.status} ${response.statusText}`.trim(),
      ...(body.success
        ? {
            detail: body.data.error.message,
            parameter: body.data.error.parameter,
          }
        : {}),
    });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw toFailure(error, 'not-json');
  }
  const parsed = schemaOf(schemas).safeParse(json);
  if (!parsed.success) {
    throw new ApiError('contract', {
      detail: describeIssues(parsed.error.issues),
    });
  }
  return parsed.data;
}
