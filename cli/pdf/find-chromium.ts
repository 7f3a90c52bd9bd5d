import fs from 'node:fs';
import path from 'node:path';

/** Names a Chromium or Chrome binary goes by on Linux, macOS (through a PATH shim) and Windows. */
const BINARY_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** Where distributions and installers put the browser when it is not on PATH. */
const WELL_KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export interface ChromiumSearch {
  env?: NodeJS.ProcessEnv;
  isExecutable?: (file: string) => boolean;
}

/**
 * The browser that prints the report to PDF: CHROMIUM_PATH when set (and then only it, so a
 * wrong setting is reported rather than silently replaced), otherwise the first of the usual
 * names on PATH or in the usual places. Null when there is none.
 */
export function findChromium({ env = process.env, isExecutable = executable }: ChromiumSearch = {}): string | null {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) return isExecutable(configured) ? configured : null;
  const extensions = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of BINARY_NAMES) {
      for (const extension of extensions) {
        const candidate = path.join(dir, name + extension);
        if (isExecutable(candidate)) return candidate;
      }
    }
  }
  return WELL_KNOWN_PATHS.find(isExecutable) ?? null;
}

function executable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return false;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
