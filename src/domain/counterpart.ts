/**
 * The dashboard follows Vietnam's diplomacy, so an event's other side (its
 * lane "by counterpart", in the app and in the API) is its first party that
 * is not Vietnam, or Vietnam when it is alone.
 */
export const FOCAL_PARTY = 'VN';

export function counterpartOf(
  parties: readonly string[],
  focal: string = FOCAL_PARTY,
): string {
  return parties.find((code) => code !== focal) ?? parties[0] ?? focal;
}
