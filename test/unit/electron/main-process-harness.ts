// Boots the real bundled main process against the stand-in for Electron, the way Electron would
// load dist/electron/main.cjs, and lets a test call the API as the app window does.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

import { build } from 'esbuild';
import { expect, vi } from 'vitest';

import type { makeTempDir } from '../../support/temp-dir.js';
import { createFakeElectron } from './fake-electron.js';

const root = path.resolve(__dirname, '../../..');

export type MainProcess = Awaited<ReturnType<typeof startMainProcess>>;

export async function startMainProcess(temp: ReturnType<typeof makeTempDir>) {
  const fake = createFakeElectron(temp.file('user-data'));
  const previousHome = process.env.CLAIMTRACE_HOME;
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ['electron/main.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'silent',
    plugins: [
      {
        name: 'fake-electron',
        setup(builder) {
          builder.onResolve({ filter: /^electron$/ }, () => ({ path: 'electron', namespace: 'fake' }));
          builder.onLoad({ filter: /.*/, namespace: 'fake' }, () => ({ contents: 'module.exports = globalThis.__fakeElectron;' }));
        },
      },
    ],
  });
  const mainFile = temp.file('app/dist/electron/main.cjs');
  fs.mkdirSync(path.dirname(mainFile), { recursive: true });
  // Imports are read and prepared in the extraction worker, which the app finds beside main.cjs:
  // here a source stand-in that loads the real one (the app starts .ts workers through tsx).
  fs.writeFileSync(
    path.join(path.dirname(mainFile), 'extract-worker.ts'),
    `import ${JSON.stringify(path.join(root, 'ingest/worker/extract-worker.ts'))};\n`,
  );
  fs.mkdirSync(temp.file('app/dist/renderer/assets'), { recursive: true });
  fs.writeFileSync(temp.file('app/dist/renderer/index.html'), '<!doctype html><title>Claimtrace</title><div id="root"></div>');
  fs.writeFileSync(temp.file('app/dist/renderer/assets/app.js'), 'console.log("app")');
  // The stand-in's app.getPath(name) answers user-data/<name>; the real folders always exist.
  for (const name of ['temp', 'documents']) fs.mkdirSync(temp.file(`user-data/${name}`), { recursive: true });

  process.env.CLAIMTRACE_HOME = temp.file('home');
  (globalThis as any).__fakeElectron = fake.electron;
  // Loaded as the file it would be on disk, resolving packages from the project's node_modules.
  const mod = new Module(mainFile) as Module & { _compile(code: string, file: string): void };
  mod.filename = mainFile;
  mod.paths = (Module as any)._nodeModulePaths(root);
  mod._compile(bundle.outputFiles[0]!.text, mainFile);
  await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
  await vi.waitFor(() => expect(fake.state.windows[0]!.title).not.toBe(''));

  const appWindow = fake.state.windows[0]!;
  return {
    fake,
    appWindow,
    /** An API call through the IPC channel, from `sender` (the app window's page by default). */
    call(
      method: string,
      args: unknown,
      sender: { contents: unknown; url: string; parent?: unknown } = {
        contents: appWindow.webContents,
        url: 'app://claimtrace/index.html',
      },
    ) {
      const handler = fake.state.ipcHandlers.get('claimtrace:call')!;
      const event = { sender: sender.contents, senderFrame: { url: sender.url, parent: sender.parent ?? null } };
      return handler(event, method, args) as Promise<any>;
    },
    quit() {
      fake.state.appListeners.get('will-quit')?.();
    },
    stop() {
      fake.state.appListeners.get('will-quit')?.();
      if (previousHome === undefined) delete process.env.CLAIMTRACE_HOME;
      else process.env.CLAIMTRACE_HOME = previousHome;
      delete (globalThis as any).__fakeElectron;
    },
  };
}
