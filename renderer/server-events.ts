// AppEvents from the browser host arrive as server-sent events. One EventSource serves every
// listener in the page; it is opened for the first listener and closed after the last one leaves.
import type { AppEvent } from '../core/api/events.js';
import { accessToken } from './access-token.js';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

type EventListener = (event: AppEvent) => void;
type ConnectionListener = (state: ConnectionState) => void;

const RETRY_FIRST_MS = 1000;
const RETRY_LONGEST_MS = 30_000;

const eventListeners = new Set<EventListener>();
const connectionListeners = new Set<ConnectionListener>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let failedAttempts = 0;
/** A ticket is being asked for; the stream opens when it comes. */
let ticketPending = false;
let state: ConnectionState = 'connecting';

export function subscribeToServerEvents(listener: EventListener, onConnection?: ConnectionListener): () => void {
  eventListeners.add(listener);
  if (onConnection) {
    connectionListeners.add(onConnection);
    onConnection(state);
  }
  if (!source && !retryTimer && !ticketPending) connect();
  return () => {
    eventListeners.delete(listener);
    if (onConnection) connectionListeners.delete(onConnection);
    if (eventListeners.size === 0) disconnect();
  };
}

function connect(): void {
  retryTimer = null;
  const token = accessToken();
  if (!token) return open('api/events');
  // The token never goes into the stream's address: a one-time ticket, asked for with the token in
  // the header like every call, opens the stream instead.
  ticketPending = true;
  void fetch('api/events/ticket', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    cache: 'no-store',
    credentials: 'same-origin',
  })
    .then(async (response) => {
      const answer = (await response.json()) as { ok?: boolean; value?: { ticket?: string } };
      if (!response.ok || !answer.value?.ticket) throw new Error(`no ticket (${response.status})`);
      ticketPending = false;
      if (eventListeners.size > 0) open(`api/events?ticket=${encodeURIComponent(answer.value.ticket)}`);
    })
    .catch(() => {
      ticketPending = false;
      if (eventListeners.size > 0) retryLater();
    });
}

function open(address: string): void {
  const opened = new EventSource(address);
  source = opened;
  opened.onopen = () => {
    failedAttempts = 0;
    setState('open');
  };
  opened.onmessage = (message: MessageEvent<string>) => {
    const event = parseEvent(message.data);
    if (event) for (const listener of [...eventListeners]) listener(event);
  };
  opened.onerror = () => {
    setState('reconnecting');
    // The browser retries dropped connections by itself; a refused one (an error status, the
    // host restarting with a new token) is closed for good, so it is retried here, backing off.
    if (opened.readyState !== EventSource.CLOSED) return;
    opened.close();
    source = null;
    retryLater();
  };
}

function retryLater(): void {
  setState('reconnecting');
  const delay = Math.min(RETRY_FIRST_MS * 2 ** failedAttempts, RETRY_LONGEST_MS);
  failedAttempts += 1;
  retryTimer = setTimeout(connect, delay);
}

function disconnect(): void {
  source?.close();
  source = null;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  failedAttempts = 0;
  state = 'connecting';
}

function setState(next: ConnectionState): void {
  if (next === state) return;
  state = next;
  for (const listener of [...connectionListeners]) listener(next);
}

function parseEvent(data: string): AppEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') {
      return value as AppEvent;
    }
  } catch {
    // A malformed message is skipped; the next one may be fine.
  }
  return null;
}
