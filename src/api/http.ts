import { type z } from 'zod';

import { API_BASE_URL } from '@/config/api-base-url';

import { ApiError, type ApiErrorKind } from './api-error';
import { apiErrorBodySchema } from './schemas';

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
  schema: z.ZodType<T>,
  signal?: AbortSignal,
  timeoutMs = TIMEOUT_MS,
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  /** An abort by the caller passes through; the timeout is named as such. */
  const toFailure = (error: unknown, kind: ApiErrorKind, message: string) => {
    if (signal?.aborted) return error;
    if (timeout.aborted) {
      return new ApiError(
        'timeout',
        `The events API did not answer within ${String(timeoutMs / 1000)} seconds.`,
      );
    }
    return new ApiError(kind, message);
  };
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, {
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    throw toFailure(error, 'network', 'Could not reach the events API.');
  }
  if (!response.ok) {
    const body = apiErrorBodySchema.safeParse(
      await response.json().catch(() => null),
    );
    const status = `${response.status} ${response.statusText}`.trim();
    const detail = body.success ? `: ${body.data.error.message}` : '.';
    throw new ApiError(
      'http',
      `The events API answered ${status}${detail}`,
      response.status,
      body.success ? body.data.error.parameter : undefined,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw toFailure(
      error,
      'not-json',
      'The events API sent a response that is not valid JSON.',
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      'contract',
      `The events API sent data that breaks its contract (${describeIssues(parsed.error.issues)}).`,
    );
  }
  return parsed.data;
}
