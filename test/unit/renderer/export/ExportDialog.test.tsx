import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { WorkbenchInfo } from '../../../../core/domain.js';
import type { Notice } from '../../../../renderer/components/Notifications.js';
import { ExportDialog, type ExportPreferences } from '../../../../renderer/export/ExportDialog.js';
import { type FakeHost, type FakeHostOptions, installFakeBridge, installFakeBrowserHost } from '../support/fake-bridge.js';

const IDLIB = `Erdoğan and Putin agree on Idlib zone

Monday 17 September 2018

Turkish President Recep Tayyip Erdoğan reached an accord with his Russian counterpart Vladimir Putin in Sochi, TASS reported.

The buffer zone will be 15-20 km deep, according to the Russian Defence Ministry.`;

const GRAIN = `Grain talks resume in Istanbul

October 01, 2020

Reuters reported that negotiators met again on Tuesday to discuss the Black Sea corridor.`;

const IDLIB_QUOTES = ['Erdoğan reached an accord with his Russian counterpart', 'The buffer zone will be 15-20 km deep'];
const GRAIN_QUOTE = 'negotiators met again on Tuesday';

let host: FakeHost;

afterEach(() => {
  host.close();
  vi.restoreAllMocks();
});

/** Two documents with claims: Idlib (two) and Grain (one). */
async function seed(kind: 'desktop' | 'browser', options: FakeHostOptions = {}) {
  host = kind === 'desktop' ? installFakeBridge(options) : installFakeBrowserHost(options);
  const claim = async (documentId: string, quote: string) => {
    const { text } = await host.call('documents.get', { id: documentId });
    const start = text.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    return host.call('claims.create', { documentId, start, end: start + quote.length });
  };
  const idlib = await host.importText(IDLIB);
  const grain = await host.importText(GRAIN);
  for (const quote of IDLIB_QUOTES) await claim(idlib, quote);
  await claim(grain, GRAIN_QUOTE);
  return { idlib, grain, info: await host.call('workbench.info') };
}

/** The dialog as the app holds it: preferences kept by the owner, delivered notices passed on. */
function renderDialog(props: { documentId: string | null; info: WorkbenchInfo; selection?: string[] }) {
  const onDelivered = vi.fn<(notice: Notice) => void>();
  const onClose = vi.fn<() => void>();
  function Owner() {
    const [preferences, setPreferences] = useState<ExportPreferences>({ choice: 'html', bom: false });
    return (
      <ExportDialog
        open
        documentId={props.documentId}
        selection={props.selection ?? null}
        info={props.info}
        preferences={preferences}
        onPreferencesChange={setPreferences}
        onDelivered={onDelivered}
        onClose={onClose}
      />
    );
  }
  render(<Owner />);
  return { dialog: within(screen.getByRole('dialog', { name: 'Export' })), onDelivered, onClose };
}

/** The browser's side of a download: the Blob behind the object URL and the link that was clicked. */
function catchDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  const created = vi.fn((blob: Blob) => {
    const url = `blob:http://localhost/${++next}`;
    blobs.set(url, blob);
    return url;
  });
  const revoked = vi.fn((_url: string) => undefined);
  Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
  const clicked: { href: string; download: string; inDocument: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inDocument: this.isConnected });
  });
  return {
    clicked,
    async text(url: string): Promise<string> {
      const blob = blobs.get(url);
      if (!blob) throw new Error(`No Blob behind ${url}`);
      return readBlob(blob);
    },
    typeOf: (url: string) => blobs.get(url)?.type,
  };
}

/** The Blob's bytes as UTF-8, byte-order mark kept (jsdom's Blob has no text(), and readAsText drops the mark). */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

describe('ExportDialog in the browser', () => {
  it('downloads the open document’s claims as CSV under the title given', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    const downloads = catchDownloads();
    const { dialog, onDelivered, onClose } = renderDialog({ documentId: idlib, info });

    const thisDocument = dialog.getByRole('radio', { name: /^This document/ }) as HTMLInputElement;
    expect(thisDocument.checked).toBe(true);
    await waitFor(() => expect(thisDocument.closest('label')!.textContent).toContain('Erdoğan and Putin agree on Idlib zone · 2 claims'));
    expect(dialog.getByRole('radio', { name: /^Whole workbench/ }).closest('label')!.textContent).toContain('2 documents, 3 claims');

    await user.click(dialog.getByRole('radio', { name: /^CSV/ }));
    await user.click(dialog.getByRole('checkbox', { name: /byte-order mark/ }));
    await user.type(dialog.getByLabelText(/Report title/), 'Idlib week 38');
    await user.click(dialog.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'document', documentId: idlib }, format: 'csv', bom: true, title: 'Idlib week 38', exportId: expect.any(String) },
    ]);
    expect(downloads.clicked).toHaveLength(1);
    const [link] = downloads.clicked;
    expect(link!.download).toMatch(/^claimtrace-claims-idlib-week-38-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(link!.inDocument).toBe(true);
    expect(downloads.typeOf(link!.href)).toBe('text/csv; charset=utf-8');
    const csv = await downloads.text(link!.href);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.Quote).sort()).toEqual([...IDLIB_QUOTES].sort());
    expect(rows.every((row) => row.Document === 'Erdoğan and Putin agree on Idlib zone')).toBe(true);
    expect(onDelivered).toHaveBeenCalledWith({ tone: 'info', title: 'Export downloaded', message: link!.download });
  });

  it('downloads the whole workbench as a JSON bundle', async () => {
    const user = userEvent.setup();
    const { idlib, grain, info } = await seed('browser');
    const downloads = catchDownloads();
    const { dialog, onClose } = renderDialog({ documentId: idlib, info });

    await user.click(dialog.getByRole('radio', { name: /^Whole workbench/ }));
    await user.click(dialog.getByRole('radio', { name: /^JSON bundle/ }));
    await user.click(dialog.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([{ scope: { kind: 'workbench' }, format: 'json', exportId: expect.any(String) }]);
    const [link] = downloads.clicked;
    expect(link!.download).toMatch(/\.json$/);
    const bundle = JSON.parse(await downloads.text(link!.href)) as { documents: { id: string }[]; claims: { quote: string }[] };
    expect(bundle.documents.map((document) => document.id).sort()).toEqual([idlib, grain].sort());
    expect(bundle.claims.map((claim) => claim.quote).sort()).toEqual([...IDLIB_QUOTES, GRAIN_QUOTE].sort());
  });

  it('says so when the browser blocks the report’s tab, and stays open', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    catchDownloads();
    const opened = vi.spyOn(window, 'open').mockReturnValue(null);
    const { dialog, onDelivered, onClose } = renderDialog({ documentId: idlib, info });

    await user.click(dialog.getByRole('button', { name: 'Open report' }));

    const alert = await dialog.findByRole('alert');
    expect(alert.textContent).toContain('The export did not finish.');
    expect(alert.textContent).toContain('The browser blocked the new tab.');
    expect(opened).toHaveBeenCalledWith(expect.stringMatching(/^blob:/), '_blank');
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'document', documentId: idlib }, format: 'html', exportId: expect.any(String) },
    ]);
    expect(onDelivered).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});

describe('ExportDialog in the desktop app', () => {
  it('exports the chosen claims as Markdown and saves them where the desktop host is told', async () => {
    const user = userEvent.setup();
    const saved: { content: string; fileName: string }[] = [];
    const { idlib, info } = await seed('desktop', {
      host: {
        'host.saveFile': async (file) => {
          saved.push(file);
          return { path: `/home/desk/Exports/${file.fileName}` };
        },
      },
    });
    const [first] = await host.call('claims.list', { documentId: idlib });
    const { dialog, onDelivered, onClose } = renderDialog({ documentId: idlib, info, selection: [first!.id] });

    expect((dialog.getByRole('radio', { name: /^Selected claims/ }) as HTMLInputElement).checked).toBe(true);
    await user.click(dialog.getByRole('radio', { name: /^Markdown/ }));
    await user.click(dialog.getByRole('button', { name: 'Save…' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'selection', claimIds: [first!.id] }, format: 'md', exportId: expect.any(String) },
    ]);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.fileName).toMatch(/\.md$/);
    expect(saved[0]!.content).toContain(first!.quote);
    expect(saved[0]!.content).not.toContain(GRAIN_QUOTE);
    expect(onDelivered).toHaveBeenCalledWith({
      tone: 'info',
      title: 'Export saved',
      message: `Saved to /home/desk/Exports/${saved[0]!.fileName}`,
    });
  });

  it('keeps the dialog open when the save dialog is closed without saving', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('desktop', { host: { 'host.saveFile': async () => null } });
    const { dialog, onDelivered, onClose } = renderDialog({ documentId: idlib, info });

    await user.click(dialog.getByRole('radio', { name: /^CSV/ }));
    await user.click(dialog.getByRole('button', { name: 'Save…' }));

    expect((await dialog.findByRole('status')).textContent).toBe('Not saved: the save dialog was closed.');
    expect(host.argsOf('host.saveFile')).toHaveLength(1);
    expect(onDelivered).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog.getByRole('button', { name: 'Save…' }).hasAttribute('disabled')).toBe(false);
  });
});
