import { setupServer } from 'msw/node';

import { createApi } from './api/respond';
import { scenarioData } from './data/scenario';
import { createHandlers } from './handlers';

/** The mock API of the tests: the real data, answered in this thread. */
export const server = setupServer(
  ...createHandlers(createApi(scenarioData(0))),
);
