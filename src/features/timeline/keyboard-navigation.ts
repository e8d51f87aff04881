type Step = (index: number, last: number) => number;

const STEPS = new Map<string, Step>([
  ['ArrowRight', (index) => index + 1],
  ['ArrowDown', (index) => index + 1],
  ['ArrowLeft', (index) => index - 1],
  ['ArrowUp', (index) => index - 1],
  ['Home', () => 0],
  ['End', (_index, last) => last],
]);

/**
 * The item a key moves to, in time order: arrows step, Home and End jump to
 * the ends; null for any other key. From no current item, any step starts
 * at the first.
 */
export function targetOfKey(
  order: readonly string[],
  currentId: string | null,
  key: string,
): string | null {
  const step = STEPS.get(key);
  if (!step || order.length === 0) return null;
  const index = currentId === null ? -1 : order.indexOf(currentId);
  if (index === -1) return order[0] ?? null;
  const last = order.length - 1;
  return order[Math.min(Math.max(step(index, last), 0), last)] ?? null;
}
