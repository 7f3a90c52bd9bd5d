import { describe, expect, it } from 'vitest';

import { formatBackupTime } from '../../../../renderer/settings/backup-format.js';

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
