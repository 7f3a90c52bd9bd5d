import path from 'node:path';

export interface BuildPaths {
  /** The folder holding package.json: the repository in development, app.asar when packaged. */
  appRoot: string;
  rendererDir: string;
  preload: string;
}

/** Where the built files sit relative to the bundled main script (dist/electron/main.cjs). */
export function buildPaths(mainDir: string): BuildPaths {
  const appRoot = path.resolve(mainDir, '..', '..');
  return {
    appRoot,
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(mainDir, 'preload.cjs'),
  };
}
