import type { NamespaceHandlers } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';

/** The workbench alone cannot reach the operating system; the desktop host replaces these. */
export function hostHandlers(): NamespaceHandlers<'host'> {
  const unsupported = (): never => {
    throw new ApiError('unsupported', 'This needs the desktop app; in the browser the file is downloaded instead.');
  };
  return {
    // Nothing here prints PDFs; the browser host says otherwise when it has a Chromium to print with.
    'host.capabilities': () => ({ pdfDownload: false }),
    'host.printPdf': () => {
      throw new ApiError(
        'unsupported',
        'This host has no Chromium to print PDFs with: export the HTML report and print it from your browser (Save as PDF).',
      );
    },
    'host.savePdf': unsupported,
    'host.saveFile': unsupported,
    'host.openEvidenceFile': unsupported,
  };
}
