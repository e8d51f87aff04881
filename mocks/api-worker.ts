/**
 * The mock API's server, in a Web Worker: building the data set and every
 * query run off the page's main thread, which stays free for the UI. The page
 * calls it through Comlink (mocks/browser.ts). How many synthetic events it
 * adds comes from the build (VITE_SYNTHETIC_EVENTS), like the app's own
 * configuration.
 */
import { expose } from 'comlink';

import { SYNTHETIC_EVENTS } from '../src/config/synthetic-events';
import type { ApiReply } from './api/reply';
import { createApi } from './api/respond';
import { scenarioData } from './data/scenario';

const answer = createApi(scenarioData(SYNTHETIC_EVENTS));

/** What the worker exposes: the whole API as one function. */
export type MockApiWorker = {
  answer: (method: string, url: string) => ApiReply;
};

const worker: MockApiWorker = { answer };
expose(worker);
