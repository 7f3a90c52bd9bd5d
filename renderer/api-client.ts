// The renderer's only way to reach the workbench: the desktop bridge (IPC) when the preload put one
// on `window.claimtrace`, HTTP to the browser host otherwise. Every caller gets a plain value or a
// ClientError, whichever host is underneath.
import type { ClaimtraceBridge } from '../core/api/bridge.js';
import type { AppEvent } from '../core/api/events.js';
import type { ArgsIn, MethodName, Result } from '../core/api/index.js';
import { type ApiErrorCode, type ApiResult, isApiResult } from '../core/api/result.js';
import { accessToken } from './access-token.js';
import { type ConnectionState, subscribeToServerEvents } from './server-events.js';

declare global {
  interface Window {
    claimtrace?: ClaimtraceBridge;
  }
}

export type { ConnectionState } from './server-events.js';

/** The API's own codes, plus the two ways a call can fail before the API answers at all. */
export type ClientErrorCode = ApiErrorCode | 'unreachable' | 'bad_response';

export class ClientError extends Error {
  override readonly name = 'ClientError';

  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly method?: string,
  ) {
    super(message);
  }
}

/** Whatever a call threw, as a ClientError: the one shape every view shows errors in. */
export function asClientError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  return new ClientError('internal', error instanceof Error ? error.message : String(error));
}

export type HostKind = 'desktop' | 'browser';

export function hostKind(): HostKind {
  return window.claimtrace ? 'desktop' : 'browser';
}

/**
 * Methods whose arguments are all optional may be called without them. The test is against `{}`
 * rather than `object` because a strict empty schema's input type is an index signature of never.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the empty object is the point of the test
type ArgsParameter<M extends MethodName> = {} extends ArgsIn<M> ? [args?: ArgsIn<M>] : [args: ArgsIn<M>];

export async function call<M extends MethodName>(method: M, ...rest: ArgsParameter<M>): Promise<Result<M>> {
  const args: unknown = rest[0] ?? {};
  const bridge = window.claimtrace;
  const result = bridge ? await callBridge(bridge, method, args) : await callHttp(method, args);
  if (result.ok) return result.value as Result<M>;
  throw new ClientError(result.error.code, result.error.message, method);
}

/**
 * Listens for AppEvents from the host. `onConnection` hears when the channel drops and comes back,
 * so a caller can reload whatever it may have missed in between. Returns the unsubscribe function.
 */
export function subscribe(listener: (event: AppEvent) => void, onConnection?: (state: ConnectionState) => void): () => void {
  const bridge = window.claimtrace;
  if (bridge) {
    // IPC cannot drop while the window exists.
    onConnection?.('open');
    return bridge.onEvent(listener);
  }
  return subscribeToServerEvents(listener, onConnection);
}

export type AppEventType = AppEvent['type'];
export type AppEventOf<Type extends AppEventType> = Extract<AppEvent, { type: Type }>;

/** Listens for host events of one type, typed by it; returns the function that stops listening. */
export function listen<Type extends AppEventType>(type: Type, handler: (event: AppEventOf<Type>) => void): () => void {
  return subscribe((event) => {
    if (event.type === type) handler(event as AppEventOf<Type>);
  });
}

async function callBridge(bridge: ClaimtraceBridge, method: MethodName, args: unknown): Promise<ApiResult<unknown>> {
  const invoke = bridge[method] as unknown;
  if (typeof invoke !== 'function') {
    throw new ClientError('unknown_method', `This version of the desktop app does not offer "${method}".`, method);
  }
  let answer: unknown;
  try {
    answer = await (invoke as (args: unknown) => Promise<unknown>)(args);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ClientError('unreachable', `The desktop app did not answer "${method}": ${reason}`, method);
  }
  if (!isApiResult(answer)) {
    throw new ClientError('bad_response', `The desktop app sent an unreadable answer to "${method}".`, method);
  }
  return answer;
}

async function callHttp(method: MethodName, args: unknown): Promise<ApiResult<unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = accessToken();
  if (token) headers.authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(args),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    throw new ClientError(
      'unreachable',
      `Cannot reach the Claimtrace server at ${window.location.host}. Check that it is still running, then try again.`,
      method,
    );
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isApiResult(body)) return body;
  throw new ClientError(
    'bad_response',
    `The server answered "${response.status} ${response.statusText}" to "${method}" instead of a result.`,
    method,
  );
}
