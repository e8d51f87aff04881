/**
 * The mock API's server, in a Web Worker: building the data set and every
 * query run off the page's main thread, which stays free for the UI.
 * The worker's name is the number of synthetic events to serve (a name is
 * there before any message, unlike a set-up message a module worker could
 * receive before its handler exists). Messages: `{ id, method, url }`
 * requests, each answered with `{ id, reply }`.
 */
import type { ApiReply } from './api/reply';
import { createApi } from './api/respond';
import { scenarioData } from './data/scenario';

export type WorkerRequest = { id: number; method: string; url: string };
export type WorkerAnswer = { id: number; reply: ApiReply };

const api = createApi(scenarioData(Number(self.name)));

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
  const answer: WorkerAnswer = {
    id: data.id,
    reply: api(data.method, data.url),
  };
  self.postMessage(answer);
};
