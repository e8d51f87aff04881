/**
 * Text folded for matching: lower case and without accents, so "luong" finds
 * "Lương". Vietnamese đ has no decomposition, so it is mapped by hand.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd');
}
