import path from 'node:path';

/** Where `npm start` puts better-sqlite3 compiled for Electron, leaving node_modules built for Node. */
export function devNativeBindingPath(appRoot: string): string {
  return path.join(appRoot, '.cache', 'electron-native', 'better_sqlite3.node');
}

/**
 * The addon to load instead of node_modules' copy, if any. Packaged apps have node_modules rebuilt
 * for Electron by electron-builder, so only development needs the override.
 */
export function nativeBindingFor(isPackaged: boolean, appRoot: string, exists: (file: string) => boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = devNativeBindingPath(appRoot);
  return exists(file) ? file : undefined;
}
