import path from 'node:path';

import { CONTENT_SECURITY_POLICY } from '../core/security/content-security-policy.js';
import { isSameAppOrigin, parseUrl } from './app-origin.js';

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file inside `rootDir` that an app:// URL names, or null when the URL is not the app's own
 * or would reach outside the folder (dot segments, encoded slashes, NUL bytes, drive letters).
 */
export function resolveAppUrl(raw: string, rootDir: string): string | null {
  const url = parseUrl(raw);
  if (!url || !isSameAppOrigin(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rootDir);
  const relative = decoded.replace(/^[/\\]+/, '');
  const resolved = path.resolve(root, relative === '' || /[/\\]$/.test(decoded) ? path.join(relative, 'index.html') : relative);
  if (!resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/**
 * Missing paths without an extension are the renderer's own routes, so they get the app page;
 * a missing asset stays missing rather than turning into HTML the browser would try to run.
 */
export function fallbackFile(requested: string, rootDir: string): string | null {
  return path.extname(requested) === '' ? path.join(path.resolve(rootDir), 'index.html') : null;
}

export function rendererResponseHeaders(file: string): Record<string, string> {
  return {
    'content-type': MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
