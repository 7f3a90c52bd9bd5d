import { describe, expect, it } from 'vitest';

import { formatFileSize } from '../../../../renderer/verification/evidence-labels.js';
import { isWebAddress, toWebAddress } from '../../../../renderer/verification/rationale/web-address.js';

describe('evidence on screen', () => {
  it('writes file sizes the way a file manager does', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(1024 * 1024 * 12.4)).toBe('12 MB');
  });

  it('links a rationale only to plain web addresses', () => {
    expect(toWebAddress('example.org/report')).toBe('https://example.org/report');
    expect(toWebAddress('http://example.org')).toBe('http://example.org');
    expect(toWebAddress('javascript:alert(1)')).toBeNull();
    expect(toWebAddress('file:///etc/passwd')).toBeNull();
    expect(isWebAddress('https://')).toBe(false);
  });
});
