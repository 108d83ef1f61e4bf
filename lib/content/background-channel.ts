// The reader's requests to the background, over one port per page. A one-off runtime message
// reaches every extension context and opens a channel each time (2-3 ms a round trip in
// Chromium); a message on an open port goes to the background alone (under 1 ms). The port is
// opened on the first request and again after the background went away (Chrome stops an idle
// service worker, which closes its ports); what was waiting on a closed port fails with
// NoAnswerError, so that the caller can decide what a missing answer means.
import { browser, type Browser } from 'wxt/browser';
import { READER_PORT, replyValue, type PortReply, type PortRequest, type Reply, type ToBackground } from '../messages';

/** Nobody answered: the extension was updated or reloaded, or the listener meant to answer is gone. */
export class NoAnswerError extends Error {
  constructor() {
    super('The extension did not answer (it may have been updated: reload the page)');
    this.name = 'NoAnswerError';
  }
}

interface Waiting {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class BackgroundChannel {
  private port: Browser.runtime.Port | null = null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  /**
   * Every request the reader makes may be made twice (each is a read or an idempotent save): one
   * that met a port the background had just closed is sent again on a new one.
   */
  request<T>(message: ToBackground): Promise<T> {
    return this.send<T>(message).catch((e: unknown) =>
      e instanceof NoAnswerError ? this.send<T>(message) : Promise.reject(e),
    );
  }

  private send<T>(message: ToBackground): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.open().postMessage({ id, message } satisfies PortRequest);
      } catch {
        // The port was closed under us, or the extension is gone (updated or reloaded).
        this.port = null;
        this.waiting.delete(id);
        reject(new NoAnswerError());
      }
    });
  }

  /** Opens the port ahead of the first request, so that its opening overlaps other work. */
  connect(): void {
    try {
      this.open();
    } catch {
      // The extension is gone; requests will say so.
    }
  }

  private open(): Browser.runtime.Port {
    if (this.port) return this.port;
    const port = browser.runtime.connect({ name: READER_PORT });
    port.onMessage.addListener((raw: unknown) => this.settle(raw as PortReply));
    port.onDisconnect.addListener(() => {
      // Read, so that Chrome does not log the reason (the background stopped) as an unchecked error.
      void browser.runtime.lastError;
      if (this.port === port) this.port = null;
      const waiting = [...this.waiting.values()];
      this.waiting.clear();
      for (const w of waiting) w.reject(new NoAnswerError());
    });
    this.port = port;
    return port;
  }

  private settle({ id, reply }: PortReply): void {
    const w = this.waiting.get(id);
    if (!w) return;
    this.waiting.delete(id);
    try {
      w.resolve(backgroundValue(reply));
    } catch (e) {
      w.reject(e as Error);
    }
  }
}

/** A reply's value; a failure is thrown as an Error, no reply at all as NoAnswerError. */
export function backgroundValue<T>(reply: Reply<T> | undefined): T {
  return replyValue(reply, () => new NoAnswerError());
}
