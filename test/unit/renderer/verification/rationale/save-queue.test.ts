import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { type RationaleDraft, SaveQueue, type SaveState } from '../../../../../renderer/verification/rationale/save-queue.js';

describe('saving a rationale while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves only the latest text once the reviewer pauses', async () => {
    const saved: RationaleDraft[] = [];
    const states: SaveState['name'][] = [];
    const queue = new SaveQueue(
      async (draft) => void saved.push(draft),
      (state) => states.push(state.name),
      500,
    );
    queue.schedule({ json: '{"root":{}}', text: 'The' });
    queue.schedule({ json: '{"root":{}}', text: 'The ministry' });
    await vi.advanceTimersByTimeAsync(499);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved.map((draft) => draft.text)).toEqual(['The ministry']);
    expect(states.at(-1)).toBe('saved');
  });

  it('lets a status change wait for the words just typed', async () => {
    const saved: string[] = [];
    const queue = new SaveQueue(
      async (draft) => void saved.push(draft.text),
      () => undefined,
      10_000,
    );
    queue.schedule({ json: null, text: 'Checked the census.' });
    expect(queue.hasUnsaved).toBe(true);
    await queue.flush();
    expect(saved).toEqual(['Checked the census.']);
    expect(queue.hasUnsaved).toBe(false);
  });

  it('never lets an older text land after a newer one', async () => {
    const order: string[] = [];
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const queue = new SaveQueue(
      async (draft) => {
        if (draft.text === 'first') await slow;
        order.push(draft.text);
      },
      () => undefined,
      10,
    );
    queue.schedule({ json: null, text: 'first' });
    void queue.flush();
    queue.schedule({ json: null, text: 'second' });
    const done = queue.flush();
    release();
    await done;
    expect(order).toEqual(['first', 'second']);
  });

  it('reports a refused save with the reason', async () => {
    const states: SaveState[] = [];
    const queue = new SaveQueue(
      async () => {
        throw new Error('the rationale is too long');
      },
      (state) => states.push(state),
      10,
    );
    queue.schedule({ json: null, text: 'x' });
    await queue.flush();
    expect(states.at(-1)).toEqual({ name: 'failed', message: 'the rationale is too long' });
  });
});
