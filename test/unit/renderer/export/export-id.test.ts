import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { newExportId } from '../../../../renderer/export/export-id.js';

const uuid = z.uuid();

describe('newExportId', () => {
  it('uses the platform UUID where there is one', () => {
    expect(newExportId({ randomUUID: () => '0b7a3c1e-8f2d-4e6a-9b1c-2d3e4f5a6b7c', getRandomValues: (a) => a })).toBe(
      '0b7a3c1e-8f2d-4e6a-9b1c-2d3e4f5a6b7c',
    );
  });

  it('builds a version-4 UUID the API accepts when only random bytes are available (plain HTTP on a LAN)', () => {
    const onlyRandom = { getRandomValues: (array: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(array) };
    const ids = Array.from({ length: 200 }, () => newExportId(onlyRandom));
    for (const id of ids) {
      expect(uuid.safeParse(id).success, id).toBe(true);
      expect(id[14]).toBe('4');
      expect('89ab').toContain(id[19]);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('still sets the version bits when the random source gives all ones', () => {
    const allOnes = (array: Uint8Array<ArrayBuffer>) => array.fill(0xff);
    const id = newExportId({ getRandomValues: allOnes });
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(uuid.safeParse(id).success).toBe(true);
  });
});
