/**
 * How the map shades a count: level 0 is "no events", levels 1…n run from
 * the fewest to the most events. Counts are very uneven (the host, Vietnam,
 * is in almost every event), so the bins grow geometrically: with a largest
 * count of 17 they are 1, 2, 3–4, 5–9 and 10–17.
 */
export type ShadeScale = {
  /** The lowest count of each level from 1 on, ascending. */
  lowerBounds: number[];
  /** The largest count shaded. */
  max: number;
};

export const SHADE_LEVELS = 5;

/** The scale for counts up to `max`, in at most `levels` levels. */
export function toShadeScale(max: number, levels = SHADE_LEVELS): ShadeScale {
  const top = Math.max(0, Math.floor(max));
  if (top === 0) return { lowerBounds: [], max: 0 };
  if (top <= levels) {
    return {
      lowerBounds: Array.from({ length: top }, (_, index) => index + 1),
      max: top,
    };
  }
  const lowerBounds: number[] = [];
  for (let level = 0; level < levels; level += 1) {
    const bound = Math.round(top ** (level / levels));
    const previous = lowerBounds.at(-1) ?? 0;
    lowerBounds.push(Math.max(bound, previous + 1));
  }
  return { lowerBounds, max: top };
}

/** The level of a count: 0 for none, else 1 to the number of levels. */
export function shadeLevel(scale: ShadeScale, count: number): number {
  if (count < 1) return 0;
  let level = 0;
  for (const bound of scale.lowerBounds) {
    if (count >= bound) level += 1;
  }
  return level;
}

/** Each level's counts, for the legend: from–to (equal for a single count). */
export function shadeBins(
  scale: ShadeScale,
): { level: number; from: number; to: number }[] {
  return scale.lowerBounds.map((from, index) => ({
    level: index + 1,
    from,
    to: (scale.lowerBounds[index + 1] ?? scale.max + 1) - 1,
  }));
}
