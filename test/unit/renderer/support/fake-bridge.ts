// A real workbench behind the renderer's one door to it (renderer/api-client.ts), for component
// tests. The workbench file lives in memory (tmpfs where there is one); the service and the
// dispatch wrapper are the ones the hosts run, so validation, errors and events are the app's own.
//
// Two ways in, as in the app:
// - installFakeBridge: `window.claimtrace` built by the preload's own buildBridge, each call and
//   each event copied with structuredClone as IPC copies them (the renderer then sees a desktop host);
// - installFakeBrowserHost: no bridge; `fetch('api/<method>')` and the `EventSource` of the
//   browser host answered by the same service, dispatched as `remote` and sent through JSON.
//
//   let host: FakeHost;
//   beforeEach(() => { host = installFakeBridge(); });
//   afterEach(() => host.close());
//   it('…', async () => {
//     const documentId = await host.importText('Headline\n\nTASS reported that …');
//     render(<ClaimsProvider documentId={documentId}>…</ClaimsProvider>);
//     …
//     expect(host.argsOf('claims.create')).toEqual([…]);                    // what the renderer sent
//     expect(await host.call('claims.list', { documentId })).toEqual([…]);  // what the workbench holds
//   });
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { cleanup } from '@testing-library/react';

import { createDispatch, type Dispatch } from '../../../../core/api/dispatch.js';
import {
  type AppEvent,
  type ArgsIn,
  type Handlers,
  type MethodName,
  methodNames,
  type MethodsOf,
  type Result,
} from '../../../../core/api/index.js';
import type { ApiResult } from '../../../../core/api/result.js';
import type { ImportOutcome } from '../../../../core/domain.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { buildBridge } from '../../../../electron/bridge.js';

type HostMethod = MethodsOf<'host'>;

export interface RecordedCall {
  method: string;
  args: unknown;
  result: ApiResult<unknown>;
}

export interface FakeHost {
  readonly kind: 'desktop' | 'browser';
  readonly workbench: Workbench;
  /** Every call the renderer made, in order, with what it was answered. */
  readonly calls: RecordedCall[];
  /** Every event the service announced, in order. */
  readonly events: AppEvent[];
  /** The arguments of the renderer's calls to one method, in order. */
  argsOf(method: MethodName): unknown[];
  /** The test's own hand on the workbench: not recorded in `calls`; throws on an error result. */
  call<M extends MethodName>(method: M, args?: ArgsIn<M>): Promise<Result<M>>;
  /** Pastes a document into the workbench and answers its ID. */
  importText(text: string, title?: string): Promise<string>;
  /** Where some words stand in a document's stored text; throws when they are not there. */
  spanOf(documentId: string, words: string): Promise<{ start: number; end: number }>;
  /** Sends an event to the renderer as the host would (a menu command, say). */
  emit(event: AppEvent): void;
  /** Unmounts what was rendered, takes the bridge away and deletes the workbench. */
  close(): void;
}

export interface FakeHostOptions {
  /**
   * Answers for host.* methods, which the bare service refuses: the desktop host puts its own in
   * (save dialogs, printing), and tests stand in for it here.
   */
  host?: Partial<{ [M in HostMethod]: Handlers[M] }>;
  /** The renderer's calls to these methods are answered only once their promise settles (a slow host). */
  holdUntil?: Partial<Record<MethodName, Promise<unknown>>>;
}

/** A desktop window: `window.claimtrace` as the preload builds it, over a real workbench. */
export function installFakeBridge(options: FakeHostOptions = {}): FakeHost {
  const core = openCore(options, {});
  const listeners = new Set<(event: AppEvent) => void>();
  core.deliver = (event) => {
    // IPC delivers in a later task, as a copy.
    setTimeout(() => {
      if (core.closed) return;
      for (const listener of [...listeners]) listener(structuredClone(event));
    }, 0);
  };
  window.claimtrace = buildBridge(methodNames, {
    invoke: async (method, args) => structuredClone(await core.record(method, structuredClone(args))),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return core.host('desktop', () => {
    listeners.clear();
    delete window.claimtrace;
  });
}

/**
 * A browser tab served by the browser host: no bridge, so the renderer's client uses fetch and the
 * server-sent event stream, both answered here by the same service.
 */
export function installFakeBrowserHost(options: FakeHostOptions = {}): FakeHost {
  const core = openCore(options, { remote: true });
  const streams = new Set<FakeEventSource>();
  core.deliver = (event) => {
    const data = JSON.stringify(event);
    setTimeout(() => {
      if (core.closed) return;
      for (const stream of [...streams]) stream.receive(data);
    }, 0);
  };

  class FakeEventSource {
    static readonly CONNECTING = 0;
    static readonly OPEN = 1;
    static readonly CLOSED = 2;
    readyState = FakeEventSource.CONNECTING;
    onopen: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent<string>) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;

    constructor(readonly url: string) {
      streams.add(this);
      setTimeout(() => {
        if (this.readyState !== FakeEventSource.CONNECTING) return;
        this.readyState = FakeEventSource.OPEN;
        this.onopen?.(new Event('open'));
      }, 0);
    }

    receive(data: string): void {
      if (this.readyState === FakeEventSource.OPEN) this.onmessage?.(new MessageEvent('message', { data }));
    }

    close(): void {
      this.readyState = FakeEventSource.CLOSED;
      streams.delete(this);
    }
  }

  const originalFetch = globalThis.fetch;
  const originalEventSource = (globalThis as { EventSource?: unknown }).EventSource;
  const fakeFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const address = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const match = /(?:^|\/)api\/([^/?#]+)$/.exec(address);
    if (!match || (init?.method ?? 'GET') !== 'POST') {
      return new Response(JSON.stringify({ ok: false, error: { code: 'unknown_method', message: `No route for ${address}` } }), {
        status: 404,
      });
    }
    const args: unknown = init?.body ? JSON.parse(String(init.body)) : {};
    const result = await core.record(decodeURIComponent(match[1]!), args);
    // The client reads only the body; the status is roughly the server's.
    return new Response(JSON.stringify(result), { status: result.ok ? 200 : 400, headers: { 'content-type': 'application/json' } });
  };
  globalThis.fetch = fakeFetch as typeof fetch;
  Object.defineProperty(globalThis, 'EventSource', { configurable: true, writable: true, value: FakeEventSource });

  return core.host('browser', () => {
    for (const stream of [...streams]) stream.close();
    globalThis.fetch = originalFetch;
    if (originalEventSource === undefined) delete (globalThis as { EventSource?: unknown }).EventSource;
    else Object.defineProperty(globalThis, 'EventSource', { configurable: true, writable: true, value: originalEventSource });
  });
}

interface Core {
  closed: boolean;
  deliver: (event: AppEvent) => void;
  record(method: string, args: unknown): Promise<ApiResult<unknown>>;
  host(kind: FakeHost['kind'], uninstall: () => void): FakeHost;
}

function openCore(options: FakeHostOptions, dispatchOptions: { remote?: boolean }): Core {
  const dir = fs.mkdtempSync(path.join(memoryDir(), 'claimtrace-component-'));
  const workbench = openWorkbench(path.join(dir, 'Desk.claimtrace'), { create: true });
  const events: AppEvent[] = [];
  const calls: RecordedCall[] = [];
  const core: Core = {
    closed: false,
    deliver: () => undefined,
    record: async (method, args) => {
      await options.holdUntil?.[method as MethodName];
      const result = await dispatch(method, args);
      calls.push({ method, args, result });
      return result;
    },
    host: (kind, uninstall) => ({
      kind,
      workbench,
      calls,
      events,
      argsOf: (method) => calls.filter((entry) => entry.method === method).map((entry) => entry.args),
      call: async <M extends MethodName>(method: M, args?: ArgsIn<M>): Promise<Result<M>> => {
        const result = await own(method, args ?? {});
        if (!result.ok) throw new Error(`${method} failed (${result.error.code}): ${result.error.message}`);
        return result.value as Result<M>;
      },
      importText: async (text, title) => {
        const result = await own('documents.importText', { text, title });
        const outcome = (result.ok ? result.value : null) as ImportOutcome | null;
        if (outcome?.status !== 'imported') throw new Error(`The document was not imported: ${JSON.stringify(result)}`);
        return outcome.document.id;
      },
      spanOf: async (documentId, words) => {
        const result = await own('documents.get', { id: documentId });
        const start = result.ok ? (result.value as { text: string }).text.indexOf(words) : -1;
        if (start < 0) throw new Error(`“${words}” is not in document ${documentId}`);
        return { start, end: start + words.length };
      },
      emit: (event) => core.deliver(event),
      close: () => {
        // Unmount first, so nothing still on screen calls a closed workbench.
        cleanup();
        core.closed = true;
        uninstall();
        workbench.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    }),
  };
  const service = createService(workbench, {
    emit: (event) => {
      events.push(event);
      core.deliver(event);
    },
  });
  const handlers: Handlers = { ...service, ...(options.host as Partial<Handlers>) };
  const dispatch: Dispatch = createDispatch(handlers, {
    ...dispatchOptions,
    onInternalError: (method, error) => console.error(`[fake host] ${method} failed:`, error),
  });
  // The test's own calls go to the service as the desktop host would send them, whatever the kind.
  const own: Dispatch = dispatchOptions.remote ? createDispatch(handlers) : dispatch;
  return core;
}

/** Where the workbench file goes: RAM-backed when the machine has /dev/shm. */
function memoryDir(): string {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
}
