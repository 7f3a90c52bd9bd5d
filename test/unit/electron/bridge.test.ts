import { describe, expect, it, vi } from 'vitest';

import type { AppEvent } from '../../../core/api/index.js';
import { methodNames } from '../../../core/api/index.js';
import { type BridgeTransport, buildBridge, methodNamesFromArgv, methodsArgument } from '../../../electron/bridge.js';

function fakeTransport() {
  const listeners = new Set<(event: AppEvent) => void>();
  const transport: BridgeTransport & { invoke: ReturnType<typeof vi.fn> } = {
    invoke: vi.fn(async (method: string, args: unknown) => ({ ok: true, value: { method, args } })),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { transport, publish: (event: AppEvent) => listeners.forEach((listener) => listener(event)) };
}

describe('the desktop bridge', () => {
  it('exposes exactly one function per API method, plus onEvent and host', () => {
    const bridge = buildBridge(methodNames, fakeTransport().transport);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'host', 'onEvent'].sort());
    for (const method of methodNames) expect(typeof bridge[method]).toBe('function');
    expect(bridge.host).toBe('desktop');
  });

  it('receives every method name of the contract through the preload switch', () => {
    const argv = ['/usr/lib/electron', '--type=renderer', methodsArgument(methodNames), '--enable-sandbox'];
    expect(methodNamesFromArgv(argv)).toEqual(methodNames);
    expect(methodNamesFromArgv(['/usr/lib/electron', '--type=renderer'])).toEqual([]);
  });

  it('sends each call under its own method name and answers with the host result', async () => {
    const { transport } = fakeTransport();
    const bridge = buildBridge(methodNames, transport);
    const result = await bridge['documents.list']({ limit: 5 });
    expect(transport.invoke).toHaveBeenCalledWith('documents.list', { limit: 5 });
    expect(result).toEqual({ ok: true, value: { method: 'documents.list', args: { limit: 5 } } });
  });

  it('turns arguments that cannot cross the process boundary into an error result', async () => {
    const { transport } = fakeTransport();
    transport.invoke.mockRejectedValueOnce(new Error('An object could not be cloned.'));
    const result = await buildBridge(methodNames, transport)['sources.list']({ query: 'TASS' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_arguments');
      expect(result.error.message).toContain('could not be cloned');
    }
  });

  it('delivers host events until the listener unsubscribes', () => {
    const { transport, publish } = fakeTransport();
    const bridge = buildBridge(methodNames, transport);
    const seen: AppEvent[] = [];
    const unsubscribe = bridge.onEvent((event) => seen.push(event));
    publish({ type: 'menu.command', command: 'import' });
    unsubscribe();
    publish({ type: 'menu.command', command: 'export' });
    expect(seen).toEqual([{ type: 'menu.command', command: 'import' }]);
  });
});
