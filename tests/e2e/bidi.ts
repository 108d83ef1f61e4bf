// A minimal WebDriver BiDi client over `ws`: Firefox speaks BiDi natively, so the Firefox e2e tests
// need neither geckodriver nor a Playwright build of Firefox. Only what the harness uses is here.
import WebSocket from 'ws';

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method}: ${error}: ${message}`);
    this.name = 'BidiError';
  }
}

type Pending = { method: string; resolve(value: unknown): void; reject(error: Error): void };

/** No command the harness sends takes this long; a browser that never answers fails the test instead of hanging it. */
const COMMAND_TIMEOUT_MS = 90_000;
type EventListener = (params: Record<string, unknown>) => void;

export interface BidiConnection {
  send<T = Record<string, unknown>>(method: string, params?: object): Promise<T>;
  /** Calls `listener` for every event named `method` until the returned function is called. */
  on(method: string, listener: EventListener): () => void;
  close(): Promise<void>;
}

export async function connectBidi(url: string, timeoutMs = 30_000): Promise<BidiConnection> {
  const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 512 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`BiDi: no connection to ${url} in ${timeoutMs} ms`)), timeoutMs);
    socket.once('open', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<EventListener>>();

  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      id?: number;
      type: 'success' | 'error' | 'event';
      method?: string;
      result?: unknown;
      params?: Record<string, unknown>;
      error?: string;
      message?: string;
    };
    if (message.type === 'event') {
      for (const listener of listeners.get(message.method ?? '') ?? []) listener(message.params ?? {});
      return;
    }
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.type === 'success') waiting.resolve(message.result);
    else waiting.reject(new BidiError(waiting.method, message.error ?? 'error', message.message ?? ''));
  });
  socket.on('close', () => {
    for (const waiting of pending.values()) waiting.reject(new Error(`BiDi: connection closed during ${waiting.method}`));
    pending.clear();
  });

  return {
    send<T>(method: string, params: object = {}): Promise<T> {
      if (socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error(`BiDi: connection closed before ${method}`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`BiDi: no answer to ${method} in ${COMMAND_TIMEOUT_MS} ms`));
        }, COMMAND_TIMEOUT_MS);
        timer.unref();
        const settle = <V>(fn: (value: V) => void) => (value: V) => {
          clearTimeout(timer);
          fn(value);
        };
        pending.set(id, { method, resolve: settle(resolve as (value: unknown) => void), reject: settle(reject) });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(method, listener) {
      const set = listeners.get(method) ?? new Set();
      set.add(listener);
      listeners.set(method, set);
      return () => set.delete(listener);
    },
    close() {
      if (socket.readyState === WebSocket.CLOSED) return Promise.resolve();
      return new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.close();
        // A browser that is already gone never answers the close handshake.
        setTimeout(() => {
          socket.terminate();
          resolve();
        }, 2_000).unref();
      });
    },
  };
}

/** A BiDi remote value (script.evaluate / callFunction result); the harness passes JSON as strings. */
export type RemoteValue = { type: string; value?: unknown; sharedId?: string; handle?: string };

/** script.evaluate / script.callFunction's answer. */
export type EvaluateResult =
  | { type: 'success'; result: RemoteValue; realm: string }
  | { type: 'exception'; exceptionDetails: { text: string; exception: RemoteValue }; realm: string };
