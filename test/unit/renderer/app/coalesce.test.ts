import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../../renderer/app/coalesce.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('coalesce', () => {
  it('runs once more after a burst of requests, never alongside itself', async () => {
    const gates: ReturnType<typeof deferred>[] = [];
    let running = 0;
    let maxRunning = 0;
    const refresh = coalesce(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
      running--;
    });
    const first = refresh();
    for (let i = 0; i < 50; i++) void refresh();
    expect(gates).toHaveLength(1);
    gates[0]!.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(gates).toHaveLength(2);
    gates[1]!.resolve();
    await first;
    expect(gates).toHaveLength(2);
    expect(maxRunning).toBe(1);
  });

  it('keeps working after a failed run', async () => {
    let calls = 0;
    const refresh = coalesce(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
    });
    await refresh();
    await refresh();
    expect(calls).toBe(2);
  });
});
