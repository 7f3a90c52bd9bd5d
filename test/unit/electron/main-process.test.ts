// Boots the real bundled main process against a stand-in for Electron (whose runtime cannot be
// downloaded everywhere) and checks what a user would depend on: the default workbench opens,
// the page is served with its CSP, only the app window reaches the API, and nothing leaves the app.
import fs from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir } from '../../support/temp-dir.js';
import { type MainProcess, startMainProcess } from './main-process-harness.js';

const temp = makeTempDir();
let main: MainProcess;
let fake: MainProcess['fake'];

beforeAll(async () => {
  fs.writeFileSync(temp.file('secret.txt'), 'outside the renderer folder');
  main = await startMainProcess(temp);
  fake = main.fake;
});

afterAll(() => {
  main.stop();
  temp.remove();
});

function ipcCall(method: string, args: unknown, sender: { contents: unknown; url: string; parent?: unknown }) {
  return main.call(method, args, sender);
}

describe('the desktop main process', () => {
  it('opens, on first launch, a newly created default workbench in a sandboxed window', () => {
    const window = fake.state.windows[0]!;
    expect(fs.existsSync(temp.file('home/workbench.claimtrace'))).toBe(true);
    expect(window.loadedUrl).toBe('app://claimtrace/index.html');
    expect(window.title).toBe('workbench — Claimtrace');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window.options.webPreferences.preload).toBe(temp.file('app/dist/electron/preload.cjs'));
    expect(fake.state.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
  });

  it('answers the window’s API calls from that workbench', async () => {
    const window = fake.state.windows[0]!;
    const result = await ipcCall('workbench.info', {}, { contents: window.webContents, url: 'app://claimtrace/index.html' });
    expect(result).toMatchObject({ ok: true, value: { path: temp.file('home/workbench.claimtrace') } });
    const invalid = await ipcCall('documents.list', { limit: 'all' }, { contents: window.webContents, url: 'app://claimtrace/' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_arguments' } });
  });

  it('refuses API calls from any other page or frame', async () => {
    const window = fake.state.windows[0]!;
    const fromWeb = await ipcCall('workbench.info', {}, { contents: window.webContents, url: 'https://evil.example/' });
    const fromFrame = await ipcCall('workbench.info', {}, { contents: window.webContents, url: 'app://claimtrace/', parent: {} });
    const fromOther = await ipcCall('workbench.info', {}, { contents: { id: 999 }, url: 'app://claimtrace/index.html' });
    for (const result of [fromWeb, fromFrame, fromOther]) expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('serves the built page with its Content-Security-Policy and nothing outside it', async () => {
    const handler = fake.state.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://claimtrace/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await handler(new Request('app://claimtrace/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    expect((await handler(new Request('app://claimtrace/assets/missing.js'))).status).toBe(404);
    const escape = await handler(new Request('app://claimtrace/..%2f..%2f..%2fsecret.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside the renderer folder');
    expect((await handler(new Request('app://claimtrace/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('cancels network requests and keeps the window on the app', () => {
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      fake.state.beforeRequest!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('https://tracker.example/pixel.gif')).toBe(true);
    expect(decide('app://claimtrace/assets/app.js')).toBe(false);

    const contents = fake.state.windows[0]!.webContents;
    const prevented: string[] = [];
    const navigate = (url: string) => contents.listeners.get('will-navigate')!({ preventDefault: () => prevented.push(url) }, url);
    navigate('app://claimtrace/index.html#/documents');
    navigate('https://www.reuters.com/article');
    navigate('file:///etc/passwd');
    expect(prevented).toEqual(['https://www.reuters.com/article', 'file:///etc/passwd']);
    expect(contents.windowOpenHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://tass.com/politics/1' })).toEqual({ action: 'deny' });
    expect(fake.state.openedExternally).toEqual(['https://www.reuters.com/article', 'https://tass.com/politics/1']);
  });

  it('denies permission requests other than clipboard writes from the app', () => {
    const answers: boolean[] = [];
    fake.state.permissionRequest!({}, 'media', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://claimtrace/' });
    fake.state.permissionRequest!({}, 'geolocation', (granted: boolean) => answers.push(granted), { requestingUrl: 'app://claimtrace/' });
    expect(answers).toEqual([false, false]);
  });

  it('remembers the workbench in Open Recent and forwards Import to the page', () => {
    const file = fake.state.menu!.find((item) => item.label === '&File' || item.label === 'File')!;
    const items = file.submenu as Array<{ label?: string; submenu?: Array<{ label?: string }>; click?: () => void }>;
    const recent = items.find((item) => item.label === 'Open Recent')!.submenu!;
    expect(recent[0]!.label).toBe(temp.file('home/workbench.claimtrace'));
    expect(JSON.parse(fs.readFileSync(temp.file('user-data/recent-workbenches.json'), 'utf8')).paths).toEqual([
      temp.file('home/workbench.claimtrace'),
    ]);
    items.find((item) => item.label === 'Import…')!.click!();
    expect(fake.state.windows[0]!.webContents.sent.at(-1)).toEqual({
      channel: 'claimtrace:event',
      payload: { type: 'menu.command', command: 'import' },
    });
  });
});
