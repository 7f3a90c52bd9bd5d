import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../../renderer/verification/evidence-labels.js';
import { passageDetailOf } from '../../../../renderer/verification/open-events.js';
import { isWebAddress, toWebAddress } from '../../../../renderer/verification/rationale/web-address.js';

describe('evidence on screen', () => {
  it('writes file sizes the way a file manager does', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(1024 * 1024 * 12.4)).toBe('12 MB');
  });

  it('accepts only usable passage requests', () => {
    const ok = { detail: { documentId: 'd1', start: 4, end: 9 } } as unknown as Event;
    expect(passageDetailOf(ok)).toEqual({ documentId: 'd1', start: 4, end: 9 });
    for (const detail of [null, { documentId: 'd1', start: 9, end: 4 }, { documentId: 'd1', start: -1, end: 4 }, { start: 0, end: 1 }]) {
      expect(passageDetailOf({ detail } as unknown as Event)).toBeNull();
    }
  });

  it('links a rationale only to plain web addresses', () => {
    expect(toWebAddress('example.org/report')).toBe('https://example.org/report');
    expect(toWebAddress('http://example.org')).toBe('http://example.org');
    expect(toWebAddress('javascript:alert(1)')).toBeNull();
    expect(toWebAddress('file:///etc/passwd')).toBeNull();
    expect(isWebAddress('https://')).toBe(false);
  });
});
