import path from 'node:path';

export const WORKBENCH_EXTENSION = '.claimtrace';

/**
 * The workbench file named on a command line, or null. Packaged, argv is [app, ...args]; in
 * development it is [electron, appPath, ...args]. Chromium may insert its own switches anywhere
 * (and macOS adds -psn_…), so switches are skipped rather than counted, and only a path ending in
 * .claimtrace is taken, because "Open with" can hand the app any file at all.
 */
export function workbenchPathFromArgv(argv: readonly string[], isPackaged: boolean, cwd?: string): string | null {
  const positional: string[] = [];
  let switchesEnded = false;
  for (const arg of argv.slice(1)) {
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && arg.startsWith('-')) continue;
    positional.push(arg);
  }
  if (!isPackaged) positional.shift();
  const file = positional.find(hasWorkbenchExtension);
  if (!file) return null;
  return cwd === undefined ? file : path.resolve(cwd, file);
}

export function hasWorkbenchExtension(file: string): boolean {
  return file.toLowerCase().endsWith(WORKBENCH_EXTENSION) && file.length > WORKBENCH_EXTENSION.length;
}

/** Save dialogs on Linux return the name exactly as typed, so the extension is added when missing. */
export function withWorkbenchExtension(file: string): string {
  return hasWorkbenchExtension(file) ? file : `${file}${WORKBENCH_EXTENSION}`;
}
