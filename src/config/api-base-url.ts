/**
 * Where the events API lives. Empty (the default) means same-origin `/api`,
 * served in the browser by the embedded mock; a deployment sets
 * VITE_API_BASE_URL at build time to call a real server instead.
 */
export function readApiBaseUrl(value: string | undefined): string {
  return (value ?? '').trim().replace(/\/+$/, '');
}

export const API_BASE_URL = readApiBaseUrl(import.meta.env.VITE_API_BASE_URL);
