// Request guards for the browser host. Pure functions so they can be tested without a socket.

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Host header values this server answers to: its own address and, on loopback, the loopback names. */
export function allowedHostHeaders(bindHost: string, port: number): Set<string> {
  const names = new Set<string>([formatHost(bindHost)]);
  if (isLoopbackHost(bindHost)) for (const name of ['127.0.0.1', 'localhost', '[::1]']) names.add(name);
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
}

export function formatHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/**
 * A page on another site can make a browser send requests here, and DNS rebinding can even make
 * them look same-origin; checking that Host (and Origin, when sent) name this very server stops both.
 */
export function checkRequestOrigin(
  headers: { host?: string | undefined; origin?: string | undefined },
  allowedHosts: Set<string>,
): string | null {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts.has(host)) return 'The request was not addressed to this server.';
  if (headers.origin !== undefined && headers.origin !== 'null') {
    let originHost: string;
    try {
      const origin = new URL(headers.origin);
      if (origin.protocol !== 'http:') return 'The request came from another site.';
      originHost = origin.host.toLowerCase();
    } catch {
      return 'The request came from another site.';
    }
    if (!allowedHosts.has(originHost)) return 'The request came from another site.';
  } else if (headers.origin === 'null') {
    return 'The request came from another site.';
  }
  return null;
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
export function tokenMatches(given: string | null | undefined, expected: string): boolean {
  if (!given || given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= given.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}

export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  return match ? match[1]! : null;
}
