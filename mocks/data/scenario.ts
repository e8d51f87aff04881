import type { MockData } from '../api/respond';
import { events } from './events';
import { parties } from './parties';
import { syntheticEvents, syntheticParties } from './synthetic';

/**
 * The mock's data set: the real events, plus `synthetic` generated ones for
 * a scale scenario (their ids start with `synthetic-`).
 */
export function scenarioData(synthetic: number): MockData {
  if (synthetic <= 0) return { events, parties };
  return {
    events: [...events, ...syntheticEvents(synthetic)],
    parties: [
      ...parties,
      ...syntheticParties().filter(
        (party) => !parties.some((real) => real.code === party.code),
      ),
    ],
  };
}
