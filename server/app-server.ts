import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Dispatch } from '../core/api/dispatch.js';
import { describeApi } from './api-index.js';
import { EventStream } from './event-stream.js';
import { EventTickets } from './event-tickets.js';
import { allowedHostHeaders, bearerToken, checkRequestOrigin, isLoopbackHost, tokenMatches } from './security.js';
import { sendPlain, serveStatic } from './static-files.js';

// Room for a 50 MB evidence file once base64-encoded; anything larger is refused unread.
export const DEFAULT_MAX_BODY_BYTES = 80 * 1024 * 1024;
// What all requests being read at once may hold together, so many large uploads at the same time
// cannot take the host's memory: past it, a request is refused (503) rather than buffered.
const MAX_BODY_BYTES_IN_FLIGHT = 160 * 1024 * 1024;
// A request still arriving after this long is cut off: a slow or stalled client cannot hold a
// connection and its buffer open for minutes.
const REQUEST_TIMEOUT_MS = 30_000;

export interface AppServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  host?: string;
  port?: number;
  /** Required when binding anything but loopback: the LAN must not get an open workbench. */
  token?: string | null;
  /**
   * Reviewers who each sign in with a token of their own, instead of one shared token: history
   * records the reviewer a request came from (through runAsReviewer), whatever the settings say.
   */
  reviewers?: readonly { name: string; token: string }[];
  /** Runs a request's work as the reviewer it was authenticated as. */
  runAsReviewer?: <T>(name: string, work: () => Promise<T>) => Promise<T>;
  maxBodyBytes?: number;
  /** What all bodies being read at once may hold together (at least maxBodyBytes). */
  maxBodyBytesInFlight?: number;
  /** How long a request may take to arrive in full. */
  requestTimeoutMs?: number;
}

export interface AppServer {
  url: string;
  host: string;
  port: number;
  events: EventStream;
  close(): Promise<void>;
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? null;
  const reviewers = options.reviewers ?? [];
  if (!isLoopbackHost(host) && !token && reviewers.length === 0) {
    throw new Error(
      `Serving on ${host} makes the workbench reachable from other machines, so it needs an access token (--token-file or CLAIMTRACE_TOKEN).`,
    );
  }
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const events = new EventStream();
  const tickets = new EventTickets();
  const inFlight = { bytes: 0, limit: Math.max(maxBody, options.maxBodyBytesInFlight ?? MAX_BODY_BYTES_IN_FLIGHT) };
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  let allowedHosts = new Set<string>();

  // Stalled requests are looked for every second (Node's default is every 30 s).
  const server = http.createServer(
    { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1000, requestTimeout) },
    (req, res) => {
      const refusal = checkRequestOrigin({ host: req.headers.host, origin: req.headers.origin }, allowedHosts);
      if (refusal) return sendJson(res, 403, failure('forbidden', refusal));
      const url = new URL(req.url ?? '/', 'http://placeholder');

      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        // The token travels in the Authorization header only; the event stream, which a browser
        // cannot give headers, shows a one-time ticket instead (see EventTickets).
        const streamTicket = url.pathname === '/api/events' && req.method === 'GET' && tickets.redeem(url.searchParams.get('ticket'));
        const given = bearerToken(req.headers.authorization);
        const reviewer = reviewers.find((r) => tokenMatches(given, r.token))?.name ?? null;
        const guarded = token !== null || reviewers.length > 0;
        const signedIn = reviewer !== null || (token !== null && tokenMatches(given, token));
        if (guarded && !streamTicket && !signedIn) {
          return sendJson(res, 401, failure('forbidden', 'This workbench needs its access token.'));
        }
        if (url.pathname === '/api/events/ticket' && req.method === 'POST') {
          return sendJson(res, 200, { ok: true, value: { ticket: tickets.issue() } });
        }
        const runAs = options.runAsReviewer;
        const dispatch: Dispatch =
          reviewer && runAs ? (method, args) => runAs(reviewer, () => options.dispatch(method, args)) : options.dispatch;
        return void handleApi(req, res, url.pathname, dispatch, events, { limit: maxBody, inFlight }).catch(() => {
          if (!res.headersSent) sendJson(res, 500, failure('internal', 'The request could not be read.'));
          else res.end();
        });
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(res, 405, 'Method not allowed.');
      serveStatic(options.staticDir, url.pathname, res);
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = allowedHostHeaders(host, port);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shownHost}:${port}/${token ? `?token=${encodeURIComponent(token)}` : ''}`;

  return {
    url,
    host,
    port,
    events,
    close: () =>
      new Promise((resolve) => {
        events.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  dispatch: Dispatch,
  events: EventStream,
  bodies: { limit: number; inFlight: { bytes: number; limit: number } },
): Promise<void> {
  if (pathname === '/api' && req.method === 'GET') return sendJson(res, 200, describeApi());
  if (pathname === '/api/events' && req.method === 'GET') return events.attach(res);
  let method: string;
  try {
    method = decodeURIComponent(pathname.slice('/api/'.length));
  } catch {
    // "%E0%A4%A" and the like: a path no client of this API sends.
    return sendJson(res, 400, failure('invalid_arguments', 'The API path is not valid percent-encoding.'));
  }
  if (req.method !== 'POST') {
    return sendJson(res, 405, failure('invalid_arguments', 'API methods are called with POST.'));
  }

  const body = await readBody(req, bodies.limit, bodies.inFlight);
  if (body === 'too_large') {
    return sendJson(res, 413, failure('too_large', `The request is larger than ${Math.round(bodies.limit / 1048576)} MB.`));
  }
  if (body === 'busy') {
    return sendJson(res, 503, failure('storage', 'The host is receiving too much at once; try again in a moment.'));
  }
  let args: unknown = {};
  if (body.length > 0) {
    try {
      args = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, failure('invalid_arguments', 'The request body is not valid JSON.'));
    }
  }
  const result = await dispatch(method, args);
  const status = result.ok ? 200 : statusFor(result.error.code);
  sendJson(res, status, result);
}

function statusFor(code: string): number {
  switch (code) {
    case 'unknown_method':
    case 'not_found':
      return 404;
    case 'invalid_arguments':
      return 400;
    case 'forbidden':
      return 403;
    case 'conflict':
      return 409;
    case 'too_large':
      return 413;
    case 'storage':
      return 503;
    case 'internal':
      return 500;
    default:
      return 422;
  }
}

/**
 * The request body, refused unread when it declares more than `limit`, cut off when it sends more,
 * and refused when the bodies being read at the same time would together pass the in-flight limit.
 */
function readBody(
  req: http.IncomingMessage,
  limit: number,
  inFlight: { bytes: number; limit: number },
): Promise<Buffer | 'too_large' | 'busy'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve('too_large');
    }
    if (inFlight.bytes + declared > inFlight.limit) {
      req.resume();
      return resolve('busy');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over: 'too_large' | 'busy' | null = null;
    const release = () => {
      inFlight.bytes -= size;
      size = 0;
    };
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      if (size + chunk.length > limit) over = 'too_large';
      else if (inFlight.bytes + chunk.length > inFlight.limit) over = 'busy';
      if (over) {
        release();
        chunks.length = 0;
        return;
      }
      size += chunk.length;
      inFlight.bytes += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => {
      const body = over ?? Buffer.concat(chunks);
      release();
      resolve(body);
    });
    req.on('close', release);
    req.on('error', (error) => {
      release();
      reject(error);
    });
  });
}

function failure(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(JSON.stringify(body));
}
