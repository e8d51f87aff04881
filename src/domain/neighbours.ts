/** The events before and after one, in the order given (time order). */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { previous: T | null; next: T | null } {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: items[index - 1] ?? null, next: items[index + 1] ?? null };
}
