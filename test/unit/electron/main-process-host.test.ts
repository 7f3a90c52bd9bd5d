// The host.* methods through the real main process: the window's call crosses IPC, the native
// save dialog answers, and the files land where a user would look for them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir } from '../../support/temp-dir.js';
import { type MainProcess, startMainProcess } from './main-process-harness.js';

const temp = makeTempDir();
let main: MainProcess;
let claimId: string;

const ARTICLE = 'TEHRAN (Fars) - The militants refused to hand over their heavy weapons, Fars News Agency said, citing Arab sources.';
const REPORT_HTML =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Idlib</title></head><body><h1>Verification report</h1><img src="https://tracker.example/p.gif"></body></html>';

beforeAll(async () => {
  main = await startMainProcess(temp);
  const imported = await value('documents.importText', { text: ARTICLE });
  const start = ARTICLE.indexOf('The militants');
  const claim = await value('claims.create', { documentId: imported.document.id, start, end: ARTICLE.indexOf(', Fars News') });
  claimId = claim.id;
});

afterAll(() => {
  main.stop();
  temp.remove();
});

async function value(method: string, args: unknown): Promise<any> {
  const result = await main.call(method, args);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

const documents = () => temp.file('user-data/documents');
const tempFolder = () => temp.file('user-data/temp');

describe('saving from the desktop window', () => {
  it('saves an export where the user chose in the dialog', async () => {
    const target = path.join(documents(), 'claims.csv');
    main.fake.state.saveAnswers.push(target);
    const result = await main.call('host.saveFile', { content: 'id,statement\n', fileName: 'claimtrace-claims-idlib.csv' });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe('id,statement\n');
    expect(main.fake.state.saveRequests.at(-1)).toMatchObject({
      defaultPath: path.join(documents(), 'claimtrace-claims-idlib.csv'),
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
  });

  it('answers null when the dialog is cancelled', async () => {
    main.fake.state.saveAnswers.push(null);
    expect(await main.call('host.saveFile', { content: 'x', fileName: 'report.md' })).toEqual({ ok: true, value: null });
  });

  it('prints a report to PDF in a hidden, script-less window that is gone afterwards', async () => {
    const target = path.join(documents(), 'idlib.pdf');
    main.fake.state.saveAnswers.push(target);
    const windowsBefore = main.fake.state.windows.length;
    const result = await main.call('host.savePdf', { html: REPORT_HTML, fileName: 'claimtrace-report-idlib.html' });
    expect(result).toEqual({ ok: true, value: { path: target } });

    const printer = main.fake.state.windows[windowsBefore]!;
    expect(printer.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, partition: 'claimtrace-print' },
    });
    expect(printer.destroyed).toBe(true);
    expect(printer.webContents.printed).toHaveLength(1);
    expect(printer.webContents.printed[0]!.options).toEqual({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });

    const pdf = fs.readFileSync(target, 'utf8');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf).toContain('<h1>Verification report</h1>');
    expect(pdf).toContain('Content-Security-Policy');

    // The report was loaded from a temporary file, which is deleted with the window.
    const loaded = fileURLToPath(printer.loadedUrl!);
    expect(loaded.startsWith(tempFolder())).toBe(true);
    expect(fs.existsSync(loaded)).toBe(false);
    expect(fs.readdirSync(tempFolder()).filter((name) => name.startsWith('claimtrace-print-'))).toEqual([]);
  });

  it('keeps the print window offline and unable to send anyone to a web page', async () => {
    const printSession = main.fake.state.partitions.get('claimtrace-print')!;
    expect(printSession.allows('https://tracker.example/p.gif')).toBe(false);
    expect(printSession.allows('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(printSession.allows('file:///etc/passwd')).toBe(false);
    let permission: boolean | undefined;
    printSession.permissionRequest!({}, 'media', (granted: boolean) => (permission = granted));
    expect(permission).toBe(false);

    const printer = main.fake.state.windows.find((window) => window.options?.webPreferences?.partition === 'claimtrace-print')!;
    const opened = [...main.fake.state.openedExternally];
    const prevented: string[] = [];
    printer.webContents.listeners.get('will-navigate')!({ preventDefault: () => prevented.push('x') }, 'https://tass.com/');
    expect(printer.webContents.windowOpenHandler!({ url: 'https://tass.com/' })).toEqual({ action: 'deny' });
    expect(prevented).toHaveLength(1);
    expect(main.fake.state.openedExternally).toEqual(opened);
  });

  it('refuses to print a report for a window that is not the app', async () => {
    const result = await main.call(
      'host.savePdf',
      { html: REPORT_HTML, fileName: 'r.html' },
      { contents: main.appWindow.webContents, url: 'file:///tmp/evil.html' },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('opening evidence from the desktop window', () => {
  it('opens an attached file with the system viewer', async () => {
    const pdf = Buffer.from('%PDF-1.4\nStatement of the Ministry of Defence\n%%EOF\n');
    const evidence = await value('evidence.addFile', { claimId, name: 'MoD statement.pdf', dataBase64: pdf.toString('base64') });
    expect(await main.call('host.openEvidenceFile', { evidenceId: evidence.id })).toEqual({ ok: true, value: { opened: true } });
    const opened = main.fake.state.openedPaths.at(-1)!;
    expect(path.basename(opened)).toBe('MoD statement.pdf');
    expect(opened.startsWith(path.join(tempFolder(), 'claimtrace-evidence'))).toBe(true);
    expect(fs.readFileSync(opened)).toEqual(pdf);
  });

  it('refuses to open a program', async () => {
    const evidence = await value('evidence.addFile', {
      claimId,
      name: 'update.sh',
      dataBase64: Buffer.from('#!/bin/sh\nrm -rf ~\n').toString('base64'),
    });
    const before = main.fake.state.openedPaths.length;
    const result = await main.call('host.openEvidenceFile', { evidenceId: evidence.id });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'For safety, update.sh is not opened directly: it could run a program or reach the network. Save it and inspect it first.',
      },
    });
    expect(main.fake.state.openedPaths).toHaveLength(before);
  });

  it('forwards Edit → Undo Claim Change and Redo Claim Change to the page, keeping native undo for text', () => {
    const edit = main.fake.state.menu!.find((item) => item.label?.replace('&', '') === 'Edit')!;
    const items = edit.submenu as MenuItemConstructorOptions[];
    expect(items.slice(0, 2).map((item) => item.role)).toEqual(['undo', 'redo']);
    for (const [label, command] of [
      ['Undo Claim Change', 'undo'],
      ['Redo Claim Change', 'redo'],
    ] as const) {
      (items.find((item) => item.label === label)!.click as () => void)();
      expect(main.appWindow.webContents.sent.at(-1)).toEqual({ channel: 'claimtrace:event', payload: { type: 'menu.command', command } });
    }
  });

  it('removes the temporary copies when the app quits', () => {
    const opened = main.fake.state.openedPaths.at(-1)!;
    expect(fs.existsSync(opened)).toBe(true);
    main.quit();
    expect(fs.existsSync(opened)).toBe(false);
  });
});
