/**
 * The URL to link to, or null: only absolute https: URLs become links, so a
 * `javascript:` or `data:` URL from the API can never be followed.
 */
export function toSafeLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
