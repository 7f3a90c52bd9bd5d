import { describe, expect, it } from 'vitest';

import { encodeBase64 } from '../../../../renderer/import/base64.js';

function bytesOf(length: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

describe('encodeBase64', () => {
  it('encodes exactly as the platform does, for sizes around every slice edge', async () => {
    for (const length of [0, 1, 2, 3, 4, 24_575, 24_576, 24_577, 49_152, 100_001]) {
      const bytes = bytesOf(length, length + 1);
      expect(await encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('keeps every byte value, including the ones that are not text', async () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const decoded = Buffer.from(await encodeBase64(all), 'base64');
    expect([...decoded]).toEqual([...all]);
  });

  it('pauses between slices of a large file so the window can respond, and still encodes it whole', async () => {
    const bytes = bytesOf(5 * 1024 * 1024 + 17);
    let pauses = 0;
    const encoded = await encodeBase64(bytes, { pause: async () => void pauses++ });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('does not pause for a small file', async () => {
    let pauses = 0;
    await encodeBase64(bytesOf(4096), { pause: async () => void pauses++ });
    expect(pauses).toBe(0);
  });
});
