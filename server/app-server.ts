import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/api/dispatch.js';
import { describeApi } from './api-index.js';
import { EventStream } from './event-stream.js';
import { bearerToken, checkRequestOrigin, allowedHostHeaders, isLoopbackHost, tokenMatches } from './security.js';
import { sendPlain, serveStatic } from './static-files.js';

// Room for a 50 MB evidence file once base64-encoded; anything larger is refused unread.
export const DEFAULT_MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface AppServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  host?: string;
  port?: number;
  /** Required when binding anything but loopback: the LAN must not get an open workbench. */
  token?: string | null;
  maxBodyBytes?: number;
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
  if (!isLoopbackHost(host) && !token) {
    throw new Error(`Serving on ${host} makes the workbench reachable from other machines, so it needs --token.`);
  }
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const events = new EventStream();
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    const refusal = checkRequestOrigin({ host: req.headers.host, origin: req.headers.origin }, allowedHosts);
    if (refusal) return sendJson(res, 403, failure('forbidden', refusal));
    const url = new URL(req.url ?? '/', 'http://placeholder');

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const given = bearerToken(req.headers.authorization) ?? url.searchParams.get('token');
      if (token && !tokenMatches(given, token)) {
        return sendJson(res, 401, failure('forbidden', 'This workbench needs its access token.'));
      }
      return void handleApi(req, res, url.pathname, options.dispatch, events, maxBody).catch(() => {
        if (!res.headersSent) sendJson(res, 500, failure('internal', 'The request could not be read.'));
        else res.end();
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendPlain(res, 405, 'Method not allowed.');
    serveStatic(options.staticDir, url.pathname, res);
  });

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
  maxBody: number,
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

  const body = await readBody(req, maxBody);
  if (body === 'too_large') {
    return sendJson(res, 413, failure('too_large', `The request is larger than ${Math.round(maxBody / 1048576)} MB.`));
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

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve('too_large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
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
