// Cooperative time slicing: long page work runs in slices of a few ms and gives the event loop
// back in between, so no task the page sees is long (a Long Task is > 50 ms).

/** Milliseconds of work between two yields. */
export const SLICE_MS = 8;

type Scheduler = { yield?: () => Promise<void> };

/** Let the event loop run (input, rendering), then continue. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  // A MessageChannel task is not clamped the way nested setTimeout(0) is (4 ms).
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock that says when the current slice is used up; `next()` yields and starts a new one. */
export class TimeSlicer {
  private started = performance.now();

  get due(): boolean {
    return performance.now() - this.started >= SLICE_MS;
  }

  async next(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }

  /** Yield only when the slice is used up. */
  async maybeYield(): Promise<void> {
    if (this.due) await this.next();
  }
}
