// The one way views load data: asked once, asked again on the events that change the answer (a
// burst of them while a request is out is one more request), never for a null key, and a value
// set by the view itself is not overwritten by an answer that was already on its way.
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { call } from '../../../renderer/api-client.js';
import { useLiveResource } from '../../../renderer/use-live-resource.js';
import { type FakeHost, installFakeBridge } from './support/fake-bridge.js';

let host: FakeHost;
beforeEach(() => {
  host = installFakeBridge();
});
afterEach(() => host.close());

/** A load that counts its requests and answers only when the test says so. */
function gatedLoad() {
  const pending: (() => void)[] = [];
  let requests = 0;
  const load = async () => {
    requests += 1;
    const asked = requests;
    await new Promise<void>((resolve) => pending.push(resolve));
    return { answer: asked, documents: (await call('workbench.info')).counts.documents };
  };
  return {
    load,
    requests: () => requests,
    /** Lets the oldest waiting request answer. */
    release: async () => {
      await waitFor(() => expect(pending.length).toBeGreaterThan(0));
      await act(async () => pending.shift()!());
    },
  };
}

describe('useLiveResource', () => {
  it('loads, and loads again when the host announces a change that affects the answer', async () => {
    const { result } = renderHook(() => useLiveResource('info', () => call('workbench.info'), ['documents.changed']));
    await waitFor(() => expect(result.current.value?.counts.documents).toBe(0));
    await host.importText('Harbour Pilots Return\n\nThe harbour authority said the pilots were back.');
    await waitFor(() => expect(result.current.value?.counts.documents).toBe(1));
    expect(result.current.error).toBeNull();
  });

  it('ignores events that do not affect it', async () => {
    const gate = gatedLoad();
    const { result } = renderHook(() => useLiveResource('info', gate.load, ['ratings.changed']));
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(1));
    act(() => host.emit({ type: 'sources.changed' }));
    expect(gate.requests()).toBe(1);
  });

  it('asks once more for a burst of events while a request is out, not once per event', async () => {
    const gate = gatedLoad();
    const { result } = renderHook(() => useLiveResource('info', gate.load, ['sources.changed']));
    act(() => {
      for (let i = 0; i < 5; i++) host.emit({ type: 'sources.changed' });
    });
    await gate.release();
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(2));
    expect(gate.requests()).toBe(2);
    expect(result.current.loading).toBe(false);
  });

  it('loads nothing for a null key, and drops the old answer when the key changes', async () => {
    let asked = 0;
    const { result, rerender } = renderHook(
      ({ key }: { key: string | null }) => useLiveResource(key, async () => `${key}#${++asked}`, []),
      {
        initialProps: { key: null as string | null },
      },
    );
    expect(result.current.value).toBeUndefined();
    expect(asked).toBe(0);
    rerender({ key: 'a' });
    await waitFor(() => expect(result.current.value).toBe('a#1'));
    rerender({ key: 'b' });
    expect(result.current.value).toBeUndefined();
    await waitFor(() => expect(result.current.value).toBe('b#2'));
  });

  it('keeps the previous key’s answer on screen when asked to, until the new one arrives', async () => {
    const gate = gatedLoad();
    const { result, rerender } = renderHook(({ key }: { key: string }) => useLiveResource(key, gate.load, [], { keepPrevious: true }), {
      initialProps: { key: 'first' },
    });
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(1));
    rerender({ key: 'second' });
    expect(result.current.value?.answer).toBe(1);
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(2));
  });

  it('keeps a value the view set over an answer that was already on its way, then asks again', async () => {
    const gate = gatedLoad();
    const { result } = renderHook(() => useLiveResource('info', gate.load, ['sources.changed']));
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(1));
    act(() => host.emit({ type: 'sources.changed' }));
    await waitFor(() => expect(gate.requests()).toBe(2));
    act(() => result.current.mutate((current) => ({ ...current, answer: 100 })));
    expect(result.current.value?.answer).toBe(100);
    // The answer that predates the change is dropped; the one asked after it is shown.
    await gate.release();
    expect(result.current.value?.answer).toBe(100);
    await gate.release();
    await waitFor(() => expect(result.current.value?.answer).toBe(3));
  });

  it('reports a failed request as a ClientError and keeps the last answer', async () => {
    let fail = false;
    const { result } = renderHook(() =>
      useLiveResource(
        'info',
        async () => (fail ? (await call('documents.get', { id: '00000000-0000-4000-8000-000000000000' })).title : 'fine'),
        ['sources.changed'],
      ),
    );
    await waitFor(() => expect(result.current.value).toBe('fine'));
    fail = true;
    act(() => host.emit({ type: 'sources.changed' }));
    await waitFor(() => expect(result.current.error?.code).toBe('not_found'));
    expect(result.current.value).toBe('fine');
  });
});
