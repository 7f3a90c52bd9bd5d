// PDFs for the browser host. A browser can only print a report through its own print dialog; when
// the machine serving the workbench has a Chromium, the host prints the report itself, exactly as
// `claimtrace export --format pdf` does, and the window downloads the file. The report forbids
// every outside request in its Content-Security-Policy and the browser runs with its own network
// traffic switched off, so printing reaches nothing beyond this machine.
import { findChromium } from '../cli/pdf/find-chromium.js';
import { PdfPrintError, printHtmlToPdfBytes } from '../cli/pdf/print-html-to-pdf.js';
import type { Handlers } from '../core/api/index.js';
import { ApiError } from '../core/api/result.js';

export interface PdfPrinter {
  /** Whether there is a Chromium to print with, looked up again on every call (it may be installed later). */
  available(): boolean;
  print(html: string): Promise<Uint8Array>;
}

/** The Chromium on this machine (CHROMIUM_PATH, PATH, the usual places), as the command line finds it. */
export const chromiumPrinter: PdfPrinter = {
  available: () => findChromium() !== null,
  print: (html) => printHtmlToPdfBytes(html),
};

export type PdfDownloadHandlers = Pick<Handlers, 'host.capabilities' | 'host.printPdf'>;

/**
 * host.capabilities and host.printPdf as the browser host answers them: the HTML report rendered by
 * the workbench service (with its progress events and cancel), then printed here. One report is
 * printed at a time, so a desk sharing the host cannot start a Chromium per reviewer at once.
 */
export function pdfDownloadHandlers(service: Pick<Handlers, 'exports.render'>, printer: PdfPrinter): PdfDownloadHandlers {
  let printing: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = printing.then(work, work);
    printing = turn.catch(() => undefined);
    return turn;
  };

  return {
    'host.capabilities': () => ({ pdfDownload: printer.available() }),
    'host.printPdf': async (args) => {
      if (!printer.available()) {
        throw new ApiError(
          'unsupported',
          'This host has no Chromium to print PDFs with: export the HTML report and print it from your browser (Save as PDF).',
        );
      }
      const report = await service['exports.render']({ ...args, format: 'html' });
      let pdf: Uint8Array;
      try {
        pdf = await oneAtATime(() => printer.print(report.content));
      } catch (error) {
        if (error instanceof PdfPrintError) throw new ApiError('internal', error.message.split('\n')[0]!);
        throw error;
      }
      return {
        fileName: report.fileName.replace(/\.html?$/iu, '') + '.pdf',
        mediaType: 'application/pdf',
        dataBase64: Buffer.from(pdf).toString('base64'),
      };
    },
  };
}
