import { describe, expect, it } from 'vitest';

import { formatBackupTime, formatBytes } from '../../../../renderer/settings/backup-format.js';

describe('backup sizes', () => {
  it('reads like a file manager: bytes, then KB and MB with one decimal below ten', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(348160)).toBe('340 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
    expect(formatBytes(42 * 1024 ** 3)).toBe('42 GB');
  });
});

describe('backup times', () => {
  it('shows seconds, so snapshots taken a minute apart are told apart', () => {
    const a = formatBackupTime('2024-05-10T08:30:05.000Z');
    const b = formatBackupTime('2024-05-10T08:30:45.000Z');
    expect(a).not.toBe(b);
    expect(a).toContain('2024');
  });

  it('shows text it cannot read as it is', () => {
    expect(formatBackupTime('yesterday')).toBe('yesterday');
  });
});
