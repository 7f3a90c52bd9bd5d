import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openWorkbench, type Workbench } from './workbench.js';

const APP_FOLDER = 'Claimtrace';
const DEFAULT_FILE = 'Workbench.claimtrace';

/**
 * Where the workbench lives when the user has not picked one: the platform's per-user data folder.
 * `CLAIMTRACE_HOME` overrides it so tests and portable installs keep everything in one place.
 */
export function defaultWorkbenchPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.CLAIMTRACE_HOME) return path.resolve(env.CLAIMTRACE_HOME, 'workbench.claimtrace');
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_FOLDER, DEFAULT_FILE);
  }
  if (platform === 'darwin') {
    return path.posix.join(home, 'Library', 'Application Support', APP_FOLDER, DEFAULT_FILE);
  }
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : undefined;
  return path.posix.join(xdg ?? path.posix.join(home, '.local', 'share'), APP_FOLDER, DEFAULT_FILE);
}

export interface DefaultWorkbenchOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
  nativeBinding?: string;
}

/** Opens the default workbench, creating its folder and the file on first use. */
export function ensureDefaultWorkbench(options: DefaultWorkbenchOptions = {}): Workbench {
  const file = defaultWorkbenchPath(options.env, options.platform, options.home);
  mkdirSync(path.dirname(file), { recursive: true });
  return openWorkbench(file, { create: true, nativeBinding: options.nativeBinding });
}
