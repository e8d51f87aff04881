import type { WorkerAnswer, WorkerRequest } from './api-worker';
import type { ApiBackend } from './handlers';

/**
 * A backend that forwards each request to the API worker. If the worker
 * fails, every waiting and later request fails with its error (answered as
 * the contract's `internal` error).
 */
export function createWorkerBackend(worker: Worker): ApiBackend {
  const waiting = new Map<
    number,
    {
      resolve: (answer: WorkerAnswer['reply']) => void;
      reject: (error: Error) => void;
    }
  >();
  let failure: Error | null = null;
  let nextId = 0;
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    waiting.get(data.id)?.resolve(data.reply);
    waiting.delete(data.id);
  };
  worker.onerror = (event) => {
    failure = new Error(`the API worker failed: ${event.message}`);
    for (const { reject } of waiting.values()) reject(failure);
    waiting.clear();
  };
  return (method, url) =>
    new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      const request: WorkerRequest = { id: nextId, method, url };
      waiting.set(nextId, { resolve, reject });
      nextId += 1;
      worker.postMessage(request);
    });
}
