// Shared by the main process and the preload. The sandboxed preload may require nothing but
// 'electron', so this file imports types only: the method names reach the preload as a
// command-line switch rather than through the contract module (which needs zod at run time).
import type { ClaimtraceBridge } from '../core/api/bridge.js';
import type { ApiResult, AppEvent } from '../core/api/index.js';

const METHODS_SWITCH = '--claimtrace-methods=';

export interface BridgeTransport {
  invoke(method: string, args: unknown): Promise<unknown>;
  subscribe(listener: (event: AppEvent) => void): () => void;
}

/** The switch the window passes to its preload (webPreferences.additionalArguments). */
export function methodsArgument(methodNames: readonly string[]): string {
  return `${METHODS_SWITCH}${methodNames.join(',')}`;
}

export function methodNamesFromArgv(argv: readonly string[]): string[] {
  const found = argv.find((arg) => arg.startsWith(METHODS_SWITCH));
  if (!found) return [];
  return found
    .slice(METHODS_SWITCH.length)
    .split(',')
    .filter((name) => name !== '');
}

/** What `window.claimtrace` is: one function per API method, the event subscription and the host. */
export function buildBridge(methodNames: readonly string[], transport: BridgeTransport): ClaimtraceBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of methodNames) {
    bridge[method] = (args: unknown) => call(transport, method, args);
  }
  bridge.onEvent = (listener: (event: AppEvent) => void) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function.');
    return transport.subscribe(listener);
  };
  bridge.host = 'desktop';
  return bridge as ClaimtraceBridge;
}

/**
 * Arguments that cannot cross the process boundary (functions, DOM nodes) make IPC reject; the
 * caller still gets an error result, because nothing is ever thrown across the API.
 */
async function call(transport: BridgeTransport, method: string, args: unknown): Promise<ApiResult<unknown>> {
  try {
    return (await transport.invoke(method, args)) as ApiResult<unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'invalid_arguments', message: `"${method}" could not be sent to the app: ${detail}` } };
  }
}
