import { z } from 'zod';

import { defineMethod, type NamespaceMethods } from './define.js';
import { exportOptionsShape } from './exports.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

// A PDF is the HTML report printed: every option of the report but CSV's byte-order mark.
const { bom: _bom, ...pdfOptionsShape } = exportOptionsShape;

/** What the host the window talks to can do beyond the workbench itself. */
export interface HostCapabilities {
  /**
   * The host prints reports to PDF itself and answers host.printPdf with the file (the browser host
   * with a local Chromium). False elsewhere: the desktop app saves PDFs with host.savePdf, and a
   * browser host without Chromium leaves printing to the browser's print dialog.
   */
  pdfDownload: boolean;
}

/** A PDF printed by the host, for the window to hand to the reviewer as a download. */
export interface PrintedPdf {
  fileName: string;
  mediaType: 'application/pdf';
  /** The PDF's bytes, base64-encoded so they travel as JSON. */
  dataBase64: string;
}

/**
 * Things that need the machine the host runs on rather than the workbench: print a report to PDF
 * and save it where the user chooses, save an export, open an attached evidence file in the system
 * viewer (the desktop app only: scope 'local', which the browser host refuses), and print a report
 * to a PDF the window downloads (the browser host, with a local Chromium). The workbench service
 * answers `unsupported`; each host puts in the handlers it can serve.
 */
export const hostMethods = {
  'host.capabilities': defineMethod<HostCapabilities>()(z.object({}).strict(), 'What this host can do beyond the workbench.'),
  'host.printPdf': defineMethod<PrintedPdf>()(
    z.object(pdfOptionsShape).strict(),
    'Render the HTML report for the scope and print it to PDF on the host with a local Chromium (no network), answering the file. Available when host.capabilities says pdfDownload. Emits export.progress events while the report is rendered.',
  ),
  'host.savePdf': defineMethod<{ path: string } | null>()(
    z
      .object({
        html: z
          .string()
          .min(1)
          .max(200 * 1024 * 1024),
        fileName: typedLine().min(1).max(255),
      })
      .strict(),
    'Print a self-contained HTML report to PDF and save it where the user chooses (null when they cancel).',
    'local',
  ),
  'host.saveFile': defineMethod<{ path: string } | null>()(
    z
      .object({
        content: z.string().max(500 * 1024 * 1024),
        fileName: typedLine().min(1).max(255),
      })
      .strict(),
    'Save exported text where the user chooses (null when they cancel).',
    'local',
  ),
  'host.openEvidenceFile': defineMethod<{ opened: boolean }>()(
    z.object({ evidenceId: id }).strict(),
    'Open an evidence file stored in the workbench with the system viewer.',
    'local',
  ),
} satisfies NamespaceMethods<'host'>;
