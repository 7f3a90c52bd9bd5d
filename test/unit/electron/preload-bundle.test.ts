// A sandboxed preload can require only 'electron'; anything else makes it fail to load and the
// window opens with no API at all. Bundled the way the build bundles it, it must need nothing more.
import path from 'node:path';

import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

describe('the preload bundle', () => {
  it('requires nothing but electron at run time', async () => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: ['electron/preload.ts'],
      bundle: true,
      write: false,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const external = Object.values(result.metafile.inputs)
      .flatMap((input) => input.imports)
      .filter((entry) => entry.external)
      .map((entry) => entry.path);
    expect([...new Set(external)]).toEqual(['electron']);
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('exposeInMainWorld("claimtrace"');
  });
});
