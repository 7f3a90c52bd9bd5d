import { describe, expect, it } from 'vitest';

import { safeExternalUrl } from '../../../electron/external-url.js';

describe('safeExternalUrl', () => {
  it('opens plain web addresses, normalised', () => {
    expect(safeExternalUrl('https://www.reuters.com/world/story?id=1#top')).toBe('https://www.reuters.com/world/story?id=1#top');
    expect(safeExternalUrl('http://tass.com/politics/1')).toBe('http://tass.com/politics/1');
    expect(safeExternalUrl('  https://sputniknews.com  ')).toBe('https://sputniknews.com/');
  });

  it('accepts schemes in any letter case', () => {
    expect(safeExternalUrl('HTTPS://Example.COM/Path')).toBe('https://example.com/Path');
    expect(safeExternalUrl('hTTp://example.com')).toBe('http://example.com/');
  });

  it('refuses anything that could run code or read local files', () => {
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('JaVaScRiPt:alert(document.cookie)')).toBeNull();
    expect(safeExternalUrl('file:///etc/passwd')).toBeNull();
    expect(safeExternalUrl('FILE:///C:/Windows/System32/calc.exe')).toBeNull();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeExternalUrl('vbscript:msgbox')).toBeNull();
    expect(safeExternalUrl('smb://server/share')).toBeNull();
    expect(safeExternalUrl('ms-msdt:/id PCWDiagnostic')).toBeNull();
    expect(safeExternalUrl('app://claimtrace/index.html')).toBeNull();
  });

  it('refuses malformed, relative and disguised addresses', () => {
    expect(safeExternalUrl('')).toBeNull();
    expect(safeExternalUrl('not a url')).toBeNull();
    expect(safeExternalUrl('//example.com/path')).toBeNull();
    expect(safeExternalUrl('/relative/path')).toBeNull();
    expect(safeExternalUrl('https://')).toBeNull();
    expect(safeExternalUrl('http://[::1')).toBeNull();
    expect(safeExternalUrl('https://www.bank.example@evil.example/login')).toBeNull();
    expect(safeExternalUrl('https://user:pass@example.com/')).toBeNull();
    expect(safeExternalUrl(`https://example.com/${'a'.repeat(10_000)}`)).toBeNull();
  });
});
