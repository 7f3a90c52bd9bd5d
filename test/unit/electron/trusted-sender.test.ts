import { describe, expect, it } from 'vitest';

import { APP_ORIGIN, isAllowedRequestUrl, isSameAppOrigin } from '../../../electron/app-origin.js';
import { isTrustedSender } from '../../../electron/trusted-sender.js';

describe('isTrustedSender', () => {
  it('trusts the app page on any of its paths', () => {
    expect(isTrustedSender('app://claimtrace/index.html', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://claimtrace/', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://claimtrace/documents/42?tab=claims#c1', APP_ORIGIN)).toBe(true);
  });

  it('refuses every other page, including look-alikes', () => {
    expect(isTrustedSender('https://claimtrace.example/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('http://localhost:4750/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('file:///work/dist/renderer/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('app://claimtrace.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('app://evil/claimtrace', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('app://user@claimtrace/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('other://claimtrace/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('about:blank', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('chrome-error://chromewebdata/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('data:text/html,hi', APP_ORIGIN)).toBe(false);
  });

  it('refuses a frame without a URL', () => {
    expect(isTrustedSender('', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(null, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false);
  });
});

describe('network lock', () => {
  it('lets the window load only its own files and inline data', () => {
    expect(isAllowedRequestUrl('app://claimtrace/assets/index-abc.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://claimtrace/6f1c')).toBe(true);
  });

  it('cancels every network and file request', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://example.com/pixel.gif',
      'ws://127.0.0.1:9222/',
      'wss://example.com/socket',
      'ftp://example.com/file',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'nonsense',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });

  it('treats navigation to other origins as leaving the app', () => {
    expect(isSameAppOrigin('app://claimtrace/index.html#/documents')).toBe(true);
    expect(isSameAppOrigin('https://www.afp.com/')).toBe(false);
  });
});
