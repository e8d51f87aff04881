import { type z } from 'zod';

import { API_BASE_URL } from '@/config/api-base-url';

import { ApiError } from './api-error';
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

/**
 * GETs a path of the events API and validates the JSON against a schema: the
 * one place the app calls fetch. Every failure becomes an ApiError that says
 * what went wrong; an abort is passed through for React Query to handle.
 */
export async function fetchJson<T>(
  path: string,
  schema: z.ZodType<T>,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE_URL}${path}`, {
      signal,
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'Could not reach the events API.');
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
  } catch {
    throw new ApiError(
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
