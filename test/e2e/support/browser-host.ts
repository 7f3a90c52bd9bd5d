// Starts the real browser host (the built `dist/node/serve.cjs`) on a fresh workbench in a temporary
// folder, so every test drives the same server and database a user would run.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const SERVE_ENTRY = path.join(REPO_ROOT, 'dist/node/serve.cjs');
const CLI_ENTRY = path.join(REPO_ROOT, 'dist/node/cli.cjs');
// Root may write anywhere, so a read-only host runs as an ordinary user when the tests run as root (CI).
const NOBODY = 65534;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

export interface BrowserHost {
  /** The address the host printed, exactly as a user would open it (with `?token=` when given one). */
  url: string;
  /** `http://127.0.0.1:PORT`: everything the app loads must come from here. */
  origin: string;
  workbenchPath: string;
  /** What the host wrote to stdout and stderr so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface BrowserHostOptions {
  token?: string;
  /**
   * A colleague's workbench in a place nobody may write to: `files` (name → text) are imported
   * with the command line first, then the file and its folder are made read-only and the host
   * runs as a user who cannot change them.
   */
  readOnly?: { files: Record<string, string> };
  /** Variables the host runs with besides the test's own (CHROMIUM_PATH, say). */
  env?: Record<string, string>;
}

export async function startBrowserHost(options: BrowserHostOptions = {}): Promise<BrowserHost> {
  if (!fs.existsSync(SERVE_ENTRY)) {
    throw new Error(`${SERVE_ENTRY} is missing: build first (\`npm run test:e2e\` builds before testing).`);
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-e2e-'));
  const workbenchPath = path.join(directory, 'e2e.claimtrace');
  const args = [SERVE_ENTRY, '--port', '0', '--workbench', workbenchPath];
  if (options.token) args.push('--token', options.token);

  // The host reads its defaults from these; a developer's shell must not change what is tested.
  const env = { ...process.env };
  delete env.CLAIMTRACE_HOST;
  delete env.CLAIMTRACE_PORT;
  delete env.CLAIMTRACE_TOKEN;
  Object.assign(env, options.env);

  const asUser = options.readOnly ? makeReadOnly(directory, workbenchPath, options.readOnly.files) : {};
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], ...asUser });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const stop = async () => {
    await terminate(child);
    fs.chmodSync(directory, 0o700);
    fs.rmSync(directory, { recursive: true, force: true });
  };

  try {
    const url = await waitForAddress(child, () => output);
    return { url, origin: new URL(url).origin, workbenchPath, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Fills the workbench through the command line, then takes write access away; returns who to run the host as. */
function makeReadOnly(directory: string, workbenchPath: string, files: Record<string, string>): { uid?: number; gid?: number } {
  const inbox = path.join(directory, 'inbox');
  fs.mkdirSync(inbox);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(inbox, name), text);
  const run = spawnSync(process.execPath, [CLI_ENTRY, 'import', '--workbench', workbenchPath, inbox], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Seeding the read-only workbench failed:\n${run.stdout}${run.stderr}`);
  fs.rmSync(inbox, { recursive: true });
  fs.chmodSync(workbenchPath, 0o444);
  fs.chmodSync(directory, 0o555);
  return process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
}

function waitForAddress(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`The browser host printed no address within ${START_TIMEOUT_MS} ms:\n${output()}`)),
      START_TIMEOUT_MS,
    );
    const onData = () => {
      const match = /^Open (http:\/\/\S+)$/m.exec(output());
      if (match) finish(null, match[1]);
    };
    const onExit = (code: number | null) => finish(new Error(`The browser host exited (code ${code}) before serving:\n${output()}`));
    const finish = (error: Error | null, url?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(url!);
    };
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
