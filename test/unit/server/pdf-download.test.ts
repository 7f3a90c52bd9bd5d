import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findChromium } from '../../../cli/pdf/find-chromium.js';
import { PdfPrintError } from '../../../cli/pdf/print-html-to-pdf.js';
import { createDispatch, type Dispatch } from '../../../core/api/dispatch.js';
import type { ExportFile } from '../../../core/api/exports.js';
import type { PrintedPdf } from '../../../core/api/host.js';
import type { AppEvent } from '../../../core/api/index.js';
import { createService } from '../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../db/workbench.js';
import { chromiumPrinter, pdfDownloadHandlers, type PdfPrinter } from '../../../server/pdf-download.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
let workbench: Workbench;
let documentId: string;
const events: AppEvent[] = [];

beforeAll(async () => {
  workbench = openWorkbench(temp.file('pdf.claimtrace'), { create: true });
  const service = createService(workbench, { emit: (event) => events.push(event) });
  const outcome = await service['documents.importText']({ text: 'Border crossing reopens\n\nThe ministry said the crossing reopened.' });
  if (outcome.status !== 'imported') throw new Error('the article was not imported');
  documentId = outcome.document.id;
});
afterAll(() => {
  workbench.close();
  temp.remove();
});

/** The browser host's dispatch (remote), with its PDF handlers over the given printer. */
function browserHost(printer: PdfPrinter): Dispatch {
  const service = createService(workbench, { emit: (event) => events.push(event) });
  return createDispatch({ ...service, ...pdfDownloadHandlers(service, printer) }, { remote: true });
}

/** A printer that records what it was given and answers fixed bytes, one print at a time or not. */
function fakePrinter(available = true) {
  const printed: string[] = [];
  let running = 0;
  let overlapped = false;
  const printer: PdfPrinter = {
    available: () => available,
    print: async (html) => {
      running += 1;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      printed.push(html);
      running -= 1;
      return new TextEncoder().encode('%PDF-1.7 fake');
    },
  };
  return { printer, printed, overlapped: () => overlapped };
}

describe('PDF downloads from the browser host', () => {
  it('says whether it can print, as the window needs to know before it offers a download', async () => {
    expect(await browserHost(fakePrinter(true).printer)('host.capabilities', {})).toEqual({ ok: true, value: { pdfDownload: true } });
    expect(await browserHost(fakePrinter(false).printer)('host.capabilities', {})).toEqual({ ok: true, value: { pdfDownload: false } });
    // The bare service prints nothing.
    expect(await createDispatch(createService(workbench))('host.capabilities', {})).toEqual({ ok: true, value: { pdfDownload: false } });
  });

  it('prints the HTML report of the scope and answers the PDF under the report’s name', async () => {
    const fake = fakePrinter();
    const exportId = '6c1e0b3a-4a51-4d0c-9a7e-1f2b3c4d5e6f';
    events.length = 0;
    const result = await browserHost(fake.printer)('host.printPdf', {
      scope: { kind: 'document', documentId, filter: { status: ['done'] } },
      title: 'Crossings, week 12',
      exportId,
    });
    expect(result.ok).toBe(true);
    const pdf = (result as { value: PrintedPdf }).value;
    expect(pdf.fileName).toMatch(/^claimtrace-report-crossings-week-12-\d{4}-\d{2}-\d{2}\.pdf$/u);
    expect(pdf.mediaType).toBe('application/pdf');
    expect(Buffer.from(pdf.dataBase64, 'base64').toString('latin1')).toBe('%PDF-1.7 fake');
    expect(fake.printed).toHaveLength(1);
    expect(fake.printed[0]).toMatch(/^<!DOCTYPE html>/u);
    expect(fake.printed[0]).toContain('Crossings, week 12');
    expect(fake.printed[0]).toContain('Done claims');
    // The window follows the report's progress under the export's own ID.
    expect(events.filter((e) => e.type === 'export.progress').every((e) => e.type === 'export.progress' && e.exportId === exportId)).toBe(
      true,
    );
  });

  it('prints one report at a time, so a shared host never runs a browser per reviewer at once', async () => {
    const fake = fakePrinter();
    const dispatch = browserHost(fake.printer);
    const results = await Promise.all([1, 2, 3].map(() => dispatch('host.printPdf', { scope: { kind: 'workbench' } })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(fake.printed).toHaveLength(3);
    expect(fake.overlapped()).toBe(false);
  });

  it('refuses clearly without a Chromium, or when printing fails, and takes no CSV options', async () => {
    expect(await browserHost(fakePrinter(false).printer)('host.printPdf', { scope: { kind: 'workbench' } })).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message: 'This host has no Chromium to print PDFs with: export the HTML report and print it from your browser (Save as PDF).',
      },
    });
    const failing: PdfPrinter = {
      available: () => true,
      print: () => Promise.reject(new PdfPrintError('Chromium (/usr/bin/chromium) could not print the report: it crashed\nstderr tail')),
    };
    expect(await browserHost(failing)('host.printPdf', { scope: { kind: 'workbench' } })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Chromium (/usr/bin/chromium) could not print the report: it crashed' },
    });
    const bom = await browserHost(fakePrinter().printer)('host.printPdf', { scope: { kind: 'workbench' }, bom: true });
    expect(bom.ok).toBe(false);
  });

  it.skipIf(!findChromium())(
    'prints a real PDF with the local Chromium',
    async () => {
      const result = await browserHost(chromiumPrinter)('host.printPdf', { scope: { kind: 'workbench' } });
      expect(result.ok).toBe(true);
      const bytes = Buffer.from((result as { value: PrintedPdf }).value.dataBase64, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // The same report as exports.render gives, printed: the HTML is the one the service renders.
      const html = await createDispatch(createService(workbench))('exports.render', { scope: { kind: 'workbench' }, format: 'html' });
      expect((html as { value: ExportFile }).value.fileName.replace(/\.html$/u, '.pdf')).toBe(
        (result as { value: PrintedPdf }).value.fileName,
      );
    },
    60_000,
  );
});
