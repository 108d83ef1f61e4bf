// Work that should follow a burst of events, not each event: it runs once the events have been
// quiet for a while, and at the latest a bounded time after the first of the burst, so a source
// that never stops (a clock rewritten every 10 ms) cannot postpone it for ever, as a plain
// debounce would.

export interface Timers {
  setTimeout(run: () => void, ms: number): number | ReturnType<typeof setTimeout>;
  clearTimeout(id: number | ReturnType<typeof setTimeout> | undefined): void;
}

export interface Burst {
  /** An event happened: run after `quietMs` without another, or `maxMs` after the first. */
  note(): void;
  /** Forget the pending run. */
  cancel(): void;
}

export function afterBurst(run: () => void, quietMs: number, maxMs: number, timers: Timers = globalThis): Burst {
  const quiet = Math.min(quietMs, maxMs);
  let timer: ReturnType<Timers['setTimeout']> | undefined;
  let firstAt = 0;
  const fire = () => {
    timer = undefined;
    run();
  };
  return {
    note() {
      const now = performance.now();
      if (timer === undefined) firstAt = now;
      else timers.clearTimeout(timer);
      timer = timers.setTimeout(fire, Math.max(0, Math.min(quiet, firstAt + maxMs - now)));
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
    },
  };
}
