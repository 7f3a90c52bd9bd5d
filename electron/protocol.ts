import fs from 'node:fs/promises';

import { protocol } from 'electron';

import { APP_SCHEME } from './app-origin.js';
import { fallbackFile, rendererResponseHeaders, resolveAppUrl } from './renderer-files.js';

/** Must run before the app is ready: a standard, secure scheme gets a real origin and storage. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built renderer, and nothing outside its folder, on app://claimtrace/. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respond(request, rendererDir));
}

async function respond(request: Request, rendererDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
  const requested = resolveAppUrl(request.url, rendererDir);
  if (!requested) return plain(404, 'Not found.');
  const file = (await isFile(requested)) ? requested : fallbackFile(requested, rendererDir);
  if (!file || !(await isFile(file))) return plain(404, 'Not found.');
  const headers = rendererResponseHeaders(file);
  if (request.method === 'HEAD') return new Response(null, { headers });
  return new Response(new Uint8Array(await fs.readFile(file)), { headers });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}
