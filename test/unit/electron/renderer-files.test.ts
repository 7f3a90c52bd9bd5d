import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fallbackFile, rendererResponseHeaders, resolveAppUrl } from '../../../electron/renderer-files.js';

const root = path.resolve('/opt/claimtrace/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('app:// file resolution', () => {
  it('serves the page and its assets from the renderer folder', () => {
    expect(resolveAppUrl('app://claimtrace/', root)).toBe(inRoot('index.html'));
    expect(resolveAppUrl('app://claimtrace/index.html', root)).toBe(inRoot('index.html'));
    expect(resolveAppUrl('app://claimtrace/assets/index-3f9a.js?v=1#x', root)).toBe(inRoot('assets', 'index-3f9a.js'));
    expect(resolveAppUrl('app://claimtrace/fonts/Noto%20Sans.woff2', root)).toBe(inRoot('fonts', 'Noto Sans.woff2'));
  });

  it('never reaches outside the renderer folder', () => {
    const attempts = [
      'app://claimtrace/../../etc/passwd',
      'app://claimtrace/%2e%2e/%2e%2e/etc/passwd',
      'app://claimtrace/%2E%2E/%2E%2E/etc/passwd',
      'app://claimtrace/..%2f..%2f..%2fetc%2fpasswd',
      'app://claimtrace/assets/..%2F..%2F..%2Fetc/passwd',
      'app://claimtrace/..%5c..%5c..%5cwindows%5cwin.ini',
      'app://claimtrace/%2fetc%2fpasswd',
    ];
    for (const url of attempts) {
      const resolved = resolveAppUrl(url, root);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep), `${url} -> ${resolved}`).toBe(true);
    }
    expect(resolveAppUrl('app://claimtrace/..%2f..%2f..%2fetc%2fpasswd', root)).toBeNull();
    expect(resolveAppUrl('app://claimtrace/../../etc/passwd', root)).toBe(inRoot('etc', 'passwd'));
  });

  it('refuses malformed encodings, NUL bytes and other origins', () => {
    expect(resolveAppUrl('app://claimtrace/%E0%A4%A', root)).toBeNull();
    expect(resolveAppUrl('app://claimtrace/index.html%00.png', root)).toBeNull();
    expect(resolveAppUrl('app://other/index.html', root)).toBeNull();
    expect(resolveAppUrl('file:///opt/claimtrace/dist/renderer/index.html', root)).toBeNull();
    expect(resolveAppUrl('not a url', root)).toBeNull();
  });

  it('sends in-app routes to the page but lets a missing asset stay missing', () => {
    expect(fallbackFile(inRoot('documents', 'abc'), root)).toBe(inRoot('index.html'));
    expect(fallbackFile(inRoot('assets', 'gone.js'), root)).toBeNull();
  });
});

describe('response headers', () => {
  it('labels what the page loads so module scripts and workers run', () => {
    expect(rendererResponseHeaders(inRoot('index.html'))['content-type']).toBe('text/html; charset=utf-8');
    expect(rendererResponseHeaders(inRoot('assets', 'a.js'))['content-type']).toMatch(/^text\/javascript/);
    expect(rendererResponseHeaders(inRoot('assets', 'pdf.worker.mjs'))['content-type']).toMatch(/^text\/javascript/);
    expect(rendererResponseHeaders(inRoot('assets', 'a.css'))['content-type']).toMatch(/^text\/css/);
    expect(rendererResponseHeaders(inRoot('assets', 'blob.bin'))['content-type']).toBe('application/octet-stream');
    expect(rendererResponseHeaders(inRoot('a.js'))['x-content-type-options']).toBe('nosniff');
  });

  it('carries a strict Content-Security-Policy on every file', () => {
    const policy = rendererResponseHeaders(inRoot('index.html'))['content-security-policy']!;
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name!, values.join(' ')];
      }),
    );
    expect(policy).not.toContain('unsafe-eval');
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('img-src')).toBe("'self' data: blob:");
    expect(policy).not.toMatch(/https?:|\*/);
  });
});
