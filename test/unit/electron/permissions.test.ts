import { describe, expect, it } from 'vitest';

import { isPermissionGranted } from '../../../electron/permissions.js';

describe('permission requests', () => {
  it('refuses devices, location, notifications and the rest', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen']) {
      expect(isPermissionGranted(permission, 'app://claimtrace/index.html'), permission).toBe(false);
    }
  });

  it('lets only the app page write to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://claimtrace/index.html')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
    expect(isPermissionGranted('clipboard-read', 'app://claimtrace/index.html')).toBe(false);
  });
});
