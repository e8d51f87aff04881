import { setupWorker } from 'msw/browser';

import { events } from './data/events';
import { parties } from './data/parties';
import { syntheticEvents, syntheticParties } from './data/synthetic';
import { createHandlers, REAL_DATA } from './handlers';

/**
 * The mock API in the browser: the real events, plus `synthetic` generated
 * ones for a scale scenario (their ids start with `synthetic-`).
 */
export function createWorker(synthetic: number) {
  const data =
    synthetic > 0
      ? {
          events: [...events, ...syntheticEvents(synthetic)],
          parties: [
            ...parties,
            ...syntheticParties().filter(
              (party) => !parties.some((real) => real.code === party.code),
            ),
          ],
        }
      : REAL_DATA;
  return setupWorker(...createHandlers(data));
}
