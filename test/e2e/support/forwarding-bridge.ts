// Stands in for the desktop preload in the browser: a `window.claimtrace` with one function per
// API method, forwarding each call to the real host, recording it, and letting the test send the
// events the desktop main process would send. Runs in the page (via addInitScript), so it uses
// only browser globals.

export interface BridgeProbe {
  calls: string[];
  emit(event: unknown): void;
}

export function installForwardingBridge(methods: readonly string[]): void {
  const listeners = new Set<(event: unknown) => void>();
  const probe: BridgeProbe = {
    calls: [],
    emit: (event) => listeners.forEach((listener) => listener(event)),
  };
  const bridge: Record<string, unknown> = {
    host: 'desktop',
    onEvent(listener: (event: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  for (const method of methods) {
    bridge[method] = async (args: unknown) => {
      probe.calls.push(method);
      const response = await fetch(`api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(args ?? {}),
      });
      return response.json();
    };
  }
  Object.assign(window, { claimtrace: bridge, claimtraceBridgeProbe: probe });
}
