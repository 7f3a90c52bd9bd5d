import { describe, expect, it } from 'vitest';

import { formatFileSize } from '../../../../core/text/file-size.js';

describe('file sizes', () => {
  it('read like a file manager: bytes, then KB, MB and GB with one decimal below ten', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(2048)).toBe('2 KB');
    expect(formatFileSize(348160)).toBe('340 KB');
    expect(formatFileSize(5 * 1024 * 1024 + 300 * 1024)).toBe('5.3 MB');
    expect(formatFileSize(26 * 1024 * 1024)).toBe('26 MB');
    expect(formatFileSize(42 * 1024 ** 3)).toBe('42 GB');
    expect(formatFileSize(3 * 1024 ** 5)).toBe('3072 TB');
  });

  it('say nothing of a size that is not one', () => {
    expect([formatFileSize(-1), formatFileSize(Number.NaN), formatFileSize(Number.POSITIVE_INFINITY)]).toEqual(['', '', '']);
  });
});
