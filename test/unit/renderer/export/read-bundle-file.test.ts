import { describe, expect, it } from 'vitest';

import { MAX_BUNDLE_BYTES } from '../../../../core/bundle/parse.js';
import { ClientError } from '../../../../renderer/api-client.js';
import { importBundleFile } from '../../../../renderer/export/read-bundle-file.js';

function fakeFile(size: number) {
  let read = false;
  return {
    size,
    text: async () => {
      read = true;
      return '';
    },
    wasRead: () => read,
  };
}

describe('importBundleFile', () => {
  it('refuses a file too large to be a bundle without reading it', async () => {
    const file = fakeFile(MAX_BUNDLE_BYTES + 1);
    const failure = await importBundleFile(file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClientError);
    expect((failure as ClientError).code).toBe('too_large');
    expect((failure as ClientError).message).toMatch(/bundles can be at most 500 MB/u);
    expect(file.wasRead()).toBe(false);
  });

  it('refuses an empty file with a message that says so', async () => {
    const file = fakeFile(0);
    await expect(importBundleFile(file)).rejects.toThrow('This file is empty, so it is not a Claimtrace bundle.');
    expect(file.wasRead()).toBe(false);
  });
});
