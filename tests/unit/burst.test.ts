// afterBurst: one run per burst of events, after a quiet spell, and never later than the bound.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterBurst } from '../../lib/page/burst';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => vi.useRealTimers());

describe('afterBurst', () => {
  it('runs once, a quiet spell after the last event of a burst', () => {
    const run = vi.fn();
    const burst = afterBurst(run, 300, 2_000);
    burst.note();
    vi.advanceTimersByTime(200);
    burst.note();
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the bound when the events never stop, and again for the next burst', () => {
    const run = vi.fn();
    const burst = afterBurst(run, 300, 2_000);
    const calls: number[] = [];
    run.mockImplementation(() => calls.push(performance.now()));
    const start = performance.now();
    for (let t = 0; t < 3_000; t += 100) {
      burst.note();
      vi.advanceTimersByTime(100);
    }
    expect(calls.map((at) => at - start)).toEqual([2_000]);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending run when cancelled', () => {
    const run = vi.fn();
    const burst = afterBurst(run, 50, 200);
    burst.note();
    burst.cancel();
    vi.advanceTimersByTime(1_000);
    expect(run).not.toHaveBeenCalled();
  });
});
