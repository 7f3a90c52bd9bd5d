import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { BrowserWindow, type Session, session } from 'electron';

import { ApiError } from '../core/api/result.js';
import {
  isAllowedPrintRequest,
  PDF_OPTIONS,
  PRINT_PARTITION,
  PRINT_TIMEOUT_MS,
  printDocumentKey,
  printWindowOptions,
  withPrintPolicy,
} from './print-policy.js';

/** The report files being printed right now: the only files the print session may load. */
const printing = new Set<string>();
let preparedSession: Session | null = null;

/** The print partition refuses every request, permission and download but the reports themselves. */
function preparePrintSession(): void {
  const printSession = session.fromPartition(PRINT_PARTITION);
  if (preparedSession === printSession) return;
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedPrintRequest(details.url, printing) });
  });
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printSession.setPermissionCheckHandler(() => false);
  printSession.on('will-download', (event) => event.preventDefault());
  preparedSession = printSession;
}

/**
 * Lays the report out in a hidden, script-less window and prints it to PDF. The HTML goes through
 * a temporary file rather than a data: URL because a large report would exceed what Chromium
 * accepts in a URL; the file and the window are gone when this returns, whatever happened.
 */
export async function printHtmlToPdf(html: string, tempRoot: string): Promise<Uint8Array> {
  const folder = await fs.mkdtemp(path.join(tempRoot, 'claimtrace-print-'));
  const file = path.join(folder, 'report.html');
  const key = printDocumentKey(file);
  let window: BrowserWindow | null = null;
  try {
    await fs.writeFile(file, withPrintPolicy(html), { encoding: 'utf8', mode: 0o600 });
    preparePrintSession();
    printing.add(key);
    window = new BrowserWindow(printWindowOptions());
    await within(window.loadURL(pathToFileURL(file).href), 'The report took too long to lay out for printing.');
    return await within(window.webContents.printToPDF(PDF_OPTIONS), 'Printing the report to PDF took too long.');
  } finally {
    printing.delete(key);
    if (window && !window.isDestroyed()) window.destroy();
    await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

function within<T>(work: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new ApiError('internal', message)), PRINT_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
