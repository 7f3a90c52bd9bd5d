// `npm start` (after the build): opens the desktop app when the Electron runtime can run on this
// machine, and otherwise says why in one sentence and serves the same app to the browser.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// npm runs scripts from the project folder; a file named on the command line is relative to where
// the user typed it.
const args = process.argv
  .slice(2)
  .map((arg) =>
    !arg.startsWith('-') && arg.toLowerCase().endsWith('.claimtrace') ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg) : arg,
  );
/** The first start may download the runtime (about 100 MB); a dead network must not hang forever. */
const DOWNLOAD_TIMEOUT_MS = 180_000;
const VERSION_TIMEOUT_MS = 15_000;

const electron = await findElectron();
if (electron.ok) {
  const native = await ensureSqliteForElectron(electron.version);
  if (native.ok) startDesktop(electron.binary);
  else
    startBrowser(
      `Claimtrace could not build its database module for Electron (${native.reason}), so it is opening in your browser instead.`,
    );
} else {
  startBrowser(electron.reason);
}

async function findElectron() {
  const unavailable =
    'The Electron runtime is not available on this machine (could not download it), so Claimtrace is opening in your browser instead.';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'There is no graphical display on this machine, so Claimtrace is opening in your browser instead.' };
  }
  // require('electron') answers the binary's path, downloading it first when it is missing; run it
  // in a child so a failed or stalled download cannot take this script down with it.
  const located = await run(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    timeout: DOWNLOAD_TIMEOUT_MS,
    notice: { afterMs: 3000, text: 'Downloading the Electron runtime (first start only)…' },
  });
  const binary = located.code === 0 ? located.stdout.trim().split('\n').at(-1) : undefined;
  if (!binary || !fs.existsSync(binary)) return { ok: false, reason: unavailable };
  // Running it as Node proves the binary and its system libraries load, and names its version.
  const probe = await run(binary, ['-p', 'process.versions.electron'], {
    timeout: VERSION_TIMEOUT_MS,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  const version = probe.stdout.trim();
  if (probe.code !== 0 || !/^\d+\.\d+\.\d+/.test(version)) return { ok: false, reason: unavailable };
  return { ok: true, binary, version };
}

/**
 * node_modules holds better-sqlite3 compiled for Node (the tests and the CLI need it), so a copy is
 * compiled for Electron into .cache/electron-native, which the desktop app loads in development.
 */
async function ensureSqliteForElectron(electronVersion) {
  const outDir = path.join(root, '.cache', 'electron-native');
  const target = path.join(outDir, 'better_sqlite3.node');
  const stampFile = path.join(outDir, 'stamp.json');
  const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(moduleDir, 'package.json'), 'utf8')).version;
  const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: sqliteVersion, platform: process.platform, arch: process.arch });
  if (fs.existsSync(target) && readOrEmpty(stampFile) === stamp) return { ok: true };

  let rebuild;
  try {
    ({ rebuild } = await import('@electron/rebuild'));
  } catch {
    return { ok: false, reason: '@electron/rebuild is not installed' };
  }
  console.log('Building the database module for Electron (first start only)…');
  const workDir = path.join(outDir, 'work');
  fs.rmSync(workDir, { recursive: true, force: true });
  const copy = path.join(workDir, 'node_modules', 'better-sqlite3');
  fs.cpSync(moduleDir, copy, { recursive: true, filter: (source) => source !== path.join(moduleDir, 'build') });
  fs.writeFileSync(
    path.join(workDir, 'package.json'),
    JSON.stringify({ name: 'claimtrace-electron-native', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }),
  );
  try {
    await rebuild({ buildPath: workDir, electronVersion, onlyModules: ['better-sqlite3'], force: true });
    fs.copyFileSync(path.join(copy, 'build', 'Release', 'better_sqlite3.node'), target);
    fs.writeFileSync(stampFile, stamp);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function startDesktop(binary) {
  // Launched on the folder, not the script, so Electron reads package.json: the app's name, its
  // version and its own user-data folder rather than Electron's defaults.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  follow(spawn(binary, [root, ...args], { stdio: 'inherit', env }));
}

function startBrowser(sentence) {
  console.log(sentence);
  follow(spawn(process.execPath, [path.join(root, 'dist', 'node', 'serve.cjs'), ...browserHostArgs(args)], { stdio: 'inherit' }));
}

/** `npm start -- case.claimtrace` names the file the desktop way; the browser host wants --workbench. */
function browserHostArgs(given) {
  if (given.some((arg) => arg === '--workbench' || arg.startsWith('--workbench='))) return given;
  const file = given.find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.claimtrace'));
  return file ? ['--workbench', file, ...given.filter((arg) => arg !== file)] : given;
}

/** The app lives and dies with this script, so stopping `npm start` stops the app too. */
function follow(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (error) => {
    console.error(error.message);
    process.exit(1);
  });
}

function run(command, commandArgs, { timeout, env = process.env, notice }) {
  return new Promise((resolve) => {
    let stdout = '';
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'pipe', 'ignore'], timeout });
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const timer = notice ? setTimeout(() => console.log(notice.text), notice.afterMs) : null;
    const done = (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout });
    };
    child.on('error', () => done(-1));
    child.on('close', (code) => done(code ?? -1));
  });
}

function readOrEmpty(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
