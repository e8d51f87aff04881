import { API_BASE_URL } from './api-base-url';

const MAX_SYNTHETIC_EVENTS = 1_000_000;

/** A count of synthetic events: a whole number up to a million, else 0. */
export function readSyntheticCount(value: string | undefined): number {
  const trimmed = (value ?? '').trim();
  if (!/^\d+$/.test(trimmed)) return 0;
  const count = Number(trimmed);
  return count <= MAX_SYNTHETIC_EVENTS ? count : 0;
}

/**
 * How many generated events the embedded mock API adds to the real ones
 * (VITE_SYNTHETIC_EVENTS at build time, for scale tests); none when the app
 * talks to a real API.
 */
export const SYNTHETIC_EVENTS = API_BASE_URL
  ? 0
  : readSyntheticCount(import.meta.env.VITE_SYNTHETIC_EVENTS);
