import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { buildPaths } from '../../../electron/build-paths.js';
import { devNativeBindingPath, nativeBindingFor } from '../../../electron/native-binding.js';

describe('better-sqlite3 for Electron', () => {
  const appRoot = path.resolve('/repo');
  const built = path.join(appRoot, '.cache', 'electron-native', 'better_sqlite3.node');

  it('uses the Electron build in development once npm start has made it', () => {
    expect(devNativeBindingPath(appRoot)).toBe(built);
    expect(nativeBindingFor(false, appRoot, (file) => file === built)).toBe(built);
  });

  it('falls back to node_modules when there is no Electron build, and always when packaged', () => {
    expect(nativeBindingFor(false, appRoot, () => false)).toBeUndefined();
    expect(nativeBindingFor(true, appRoot, () => true)).toBeUndefined();
  });

  it('finds the built page and preload beside the bundled main script', () => {
    const paths = buildPaths(path.join(appRoot, 'dist', 'electron'));
    expect(paths).toEqual({
      appRoot,
      rendererDir: path.join(appRoot, 'dist', 'renderer'),
      preload: path.join(appRoot, 'dist', 'electron', 'preload.cjs'),
    });
  });
});
