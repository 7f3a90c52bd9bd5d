import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { WorkbenchInfo } from '../../../../core/domain.js';
import { useCommand } from '../../../../renderer/commands/app-commands.js';
import type { Notice } from '../../../../renderer/components/Notifications.js';
import { DEFAULT_EXPORT_PREFERENCES } from '../../../../renderer/export/export-preferences.js';
import type { QueueExport } from '../../../../renderer/export/export-scope.js';
import { ExportDialog, type ExportPreferences } from '../../../../renderer/export/ExportDialog.js';
import { GRAIN_TALKS, IDLIB_ZONE } from '../../../support/short-articles.js';
import { type FakeHost, type FakeHostOptions, installFakeBridge, installFakeBrowserHost } from '../support/fake-bridge.js';

const IDLIB = IDLIB_ZONE;
const GRAIN = GRAIN_TALKS;

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
function renderDialog(props: {
  documentId: string | null;
  info: WorkbenchInfo;
  selection?: string[];
  queue?: QueueExport;
  preferences?: Partial<ExportPreferences>;
}) {
  const onDelivered = vi.fn<(notice: Notice) => void>();
  const onClose = vi.fn<() => void>();
  const openSettings = vi.fn();
  const remembered: ExportPreferences[] = [];
  function Owner() {
    const [preferences, setPreferences] = useState<ExportPreferences>({ ...DEFAULT_EXPORT_PREFERENCES, ...props.preferences });
    useCommand('open-settings', openSettings);
    return (
      <ExportDialog
        open
        documentId={props.documentId}
        selection={props.selection ?? null}
        queue={props.queue ?? null}
        info={props.info}
        preferences={preferences}
        onPreferencesChange={(next) => {
          remembered.push(next);
          setPreferences(next);
        }}
        onDelivered={onDelivered}
        onClose={onClose}
      />
    );
  }
  render(<Owner />);
  return { dialog: within(screen.getByRole('dialog', { name: 'Export' })), onDelivered, onClose, openSettings, remembered };
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

const FALSE_RATING = '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06';

/** Takes a claim through review to Done, with a verdict and a rationale when given one. */
async function finishReview(claimId: string, verdict?: { ratingId: string; rationale: string }) {
  if (verdict) {
    await host.call('claims.setRationale', { id: claimId, rationaleJson: null, rationaleText: verdict.rationale });
    await host.call('claims.setVerdict', { id: claimId, ratingId: verdict.ratingId });
  }
  for (const status of ['in_progress', 'in_review', 'done'] as const) await host.call('claims.setStatus', { id: claimId, status });
}

describe('ExportDialog: what is published', () => {
  it('exports only the Done claims of the document, without the audit history unless asked, and remembers the choice', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    const [first] = await host.call('claims.list', { documentId: idlib });
    await finishReview(first!.id);
    const downloads = catchDownloads();
    const { dialog, onClose, remembered } = renderDialog({ documentId: idlib, info });

    expect(await dialog.findByText('2 claims from 1 document')).toBeDefined();
    await user.click(dialog.getByRole('radio', { name: 'Done only' }));
    expect(await dialog.findByText('1 claim from 1 document')).toBeDefined();
    const history = dialog.getByRole('checkbox', { name: /Include the audit history/ }) as HTMLInputElement;
    expect(history.checked).toBe(false);
    await user.click(dialog.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'document', documentId: idlib, filter: { status: ['done'] } }, format: 'html', exportId: expect.any(String) },
    ]);
    const html = await downloads.text(downloads.clicked[0]!.href);
    expect(html).toContain(first!.quote);
    expect(html).not.toContain(IDLIB_QUOTES.find((quote) => quote !== first!.quote));
    expect(html).not.toContain('class="claim-part history-part"');
    expect(remembered.at(-1)).toMatchObject({ scope: 'document', narrowing: 'done', choice: 'html', history: false });
  });

  it('notes claims changed after publication unless the box is cleared, and remembers it', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    catchDownloads();
    const { dialog, onClose, remembered } = renderDialog({ documentId: idlib, info });

    const notes = (await dialog.findByRole('checkbox', { name: /Note claims changed after publication/ })) as HTMLInputElement;
    expect(notes.checked).toBe(true);
    await user.click(notes);
    // Formats that cannot carry the note do not offer it.
    await user.click(dialog.getByRole('radio', { name: /^Web Annotations/ }));
    expect(dialog.queryByRole('checkbox', { name: /Note claims changed/ })).toBeNull();
    await user.click(dialog.getByRole('radio', { name: /^CSV/ }));
    await user.click(dialog.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'document', documentId: idlib }, format: 'csv', bom: false, revisionNotes: false, exportId: expect.any(String) },
    ]);
    expect(remembered.at(-1)).toMatchObject({ choice: 'csv', revisionNotes: false });
  });

  it('asks for the organisation and the review URL pattern before a ClaimReview, then says what it leaves out', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    const downloads = catchDownloads();
    const { dialog, onDelivered, openSettings } = renderDialog({ documentId: null, info });

    await user.click(dialog.getByRole('radio', { name: /^ClaimReview for web pages/ }));
    const missing = await dialog.findByRole('alert');
    expect(missing.textContent).toContain('Set the organisation name in Settings');
    expect(missing.textContent).toContain(
      'Set the fact-check page address in Settings (for example https://desk.example.org/checks/{claim})',
    );
    const download = dialog.getByRole('button', { name: 'Download' });
    expect(download.hasAttribute('disabled')).toBe(true);
    await user.click(within(missing).getByRole('button', { name: 'Open Settings' }));
    expect(openSettings).toHaveBeenCalledTimes(1);

    // Saved in Settings (here by the test): the dialog hears of it and counts what would be published.
    await host.call('settings.update', { organizationName: 'Idlib Desk', reviewUrlPattern: 'https://desk.example.org/checks/{claim}' });
    await waitFor(() => expect(dialog.getByRole('alert').textContent).toMatch(/Nothing to publish here: none of 3 claims is Done/u));
    expect(download.hasAttribute('disabled')).toBe(true);

    const [first] = await host.call('claims.list', { documentId: idlib });
    await finishReview(first!.id, { ratingId: FALSE_RATING, rationale: 'The ministry gave no such figure.' });
    await waitFor(() =>
      expect(dialog.getByText(/will be published/u).textContent).toBe(
        '1 fact-check will be published. 2 claims left out (2 not Done yet): only claims that are Done with a verdict and a rationale are published.',
      ),
    );
    await user.click(download);

    await waitFor(() => expect(onDelivered).toHaveBeenCalledTimes(1));
    const [link] = downloads.clicked;
    expect(link!.download).toMatch(/^claimtrace-claimreview-script-desk-\d{4}-\d{2}-\d{2}\.html$/u);
    const page = new DOMParser().parseFromString(await downloads.text(link!.href), 'text/html');
    const scripts = [...page.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.map((script) => (JSON.parse(script.textContent!) as { url: string }).url)).toEqual([
      `https://desk.example.org/checks/${first!.id}`,
    ]);
    expect(onDelivered).toHaveBeenCalledWith({
      tone: 'info',
      title: 'Export downloaded',
      message: `${link!.download} 2 of 3 claims were left out of ClaimReview (2 not Done yet): only claims that are Done with a verdict and a rationale are published.`,
    });
  });

  it('exports every claim the review queue’s filters match, narrowed further when asked', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    const claims = await host.call('claims.list', { documentId: idlib });
    for (const claim of claims) {
      for (const status of ['in_progress', 'in_review'] as const) await host.call('claims.setStatus', { id: claim.id, status });
    }
    catchDownloads();
    const queue: QueueExport = { filter: { status: ['in_review'] }, documentId: null, label: 'In review', count: 2 };
    const { dialog, onClose } = renderDialog({ documentId: idlib, info, queue });

    const fromQueue = dialog.getByRole('radio', { name: /^Claims in the review queue/ }) as HTMLInputElement;
    expect(fromQueue.checked).toBe(true);
    expect(fromQueue.closest('label')!.textContent).toContain('In review · 2 claims');
    expect(await dialog.findByText('2 claims from 1 document')).toBeDefined();
    // Done only within a queue of claims in review is nothing at all, and says so.
    await user.click(dialog.getByRole('radio', { name: 'Done only' }));
    expect(await dialog.findByText('No Done claims here yet.')).toBeDefined();
    await user.click(dialog.getByRole('radio', { name: 'All claims' }));
    await user.click(dialog.getByRole('radio', { name: /^Markdown/ }));
    await user.click(dialog.getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(host.argsOf('exports.render')).toEqual([
      { scope: { kind: 'workbench', filter: { status: ['in_review'] } }, format: 'md', exportId: expect.any(String) },
    ]);
  });

  it('opens on the place exported last time, when it is there', async () => {
    const { idlib, info } = await seed('browser');
    const { dialog } = renderDialog({ documentId: idlib, info, preferences: { scope: 'workbench', narrowing: 'rated', title: 'Week 38' } });
    expect((dialog.getByRole('radio', { name: /^Whole workbench/ }) as HTMLInputElement).checked).toBe(true);
    expect((dialog.getByRole('radio', { name: 'Rated only' }) as HTMLInputElement).checked).toBe(true);
    expect((dialog.getByLabelText(/Report title/) as HTMLInputElement).value).toBe('Week 38');
  });
});

describe('ExportDialog: PDF in the browser', () => {
  it('downloads the PDF the host printed when the host has a Chromium', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser', {
      host: {
        'host.capabilities': async () => ({ pdfDownload: true }),
        'host.printPdf': async () => ({
          fileName: 'claimtrace-report-idlib-2026-01-01.pdf',
          mediaType: 'application/pdf',
          dataBase64: btoa('%PDF-1.7 printed'),
        }),
      },
    });
    const downloads = catchDownloads();
    const opened = vi.spyOn(window, 'open');
    const { dialog, onDelivered } = renderDialog({ documentId: idlib, info, preferences: { history: true } });

    await user.click(dialog.getByRole('radio', { name: /^PDF report/ }));
    await waitFor(() => expect(dialog.getByRole('button', { name: 'Download PDF' })).toBeDefined());
    expect(dialog.getByText(/printed to PDF on the computer serving this workbench/u)).toBeDefined();
    await user.click(dialog.getByRole('button', { name: 'Download PDF' }));

    await waitFor(() =>
      expect(onDelivered).toHaveBeenCalledWith({
        tone: 'info',
        title: 'PDF downloaded',
        message: 'claimtrace-report-idlib-2026-01-01.pdf',
      }),
    );
    expect(host.argsOf('host.printPdf')).toEqual([
      { scope: { kind: 'document', documentId: idlib }, history: true, exportId: expect.any(String) },
    ]);
    expect(host.argsOf('exports.render')).toEqual([]);
    const [link] = downloads.clicked;
    expect(link!.download).toBe('claimtrace-report-idlib-2026-01-01.pdf');
    expect(downloads.typeOf(link!.href)).toBe('application/pdf');
    expect(await downloads.text(link!.href)).toBe('%PDF-1.7 printed');
    expect(opened).not.toHaveBeenCalled();
  });

  it('falls back to the print dialog when the host cannot print', async () => {
    const user = userEvent.setup();
    const { idlib, info } = await seed('browser');
    const { dialog } = renderDialog({ documentId: idlib, info });
    await user.click(dialog.getByRole('radio', { name: /^PDF report/ }));
    expect(await dialog.findByRole('button', { name: 'Print to PDF…' })).toBeDefined();
    expect(dialog.getByText('Your browser’s print dialog opens; choose Save as PDF.')).toBeDefined();
    await waitFor(() => expect(host.argsOf('host.capabilities')).toHaveLength(1));
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
