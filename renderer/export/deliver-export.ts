// Getting a finished export to the reviewer. The desktop app asks where to save it (and prints PDFs
// itself); in a browser the file is downloaded, and a PDF is downloaded too when the host printed
// it, or comes from the browser's print dialog when the host has no Chromium to print with.
import type { ExportFile } from '../../core/api/exports.js';
import type { PrintedPdf } from '../../core/api/host.js';
import { call } from '../api-client.js';
import { pdfFileName } from './export-formats.js';

/**
 * Chromium and Firefox read a Blob URL asynchronously after the click that starts a download, so
 * revoking it at once can cut the download short. A minute is far longer than any local read.
 */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** The saved file's path, or null when the reviewer closed the save dialog without saving. */
export async function saveInDesktop(file: ExportFile, asPdf: boolean): Promise<string | null> {
  const saved = asPdf
    ? await call('host.savePdf', { html: file.content, fileName: pdfFileName(file.fileName) })
    : await call('host.saveFile', { content: file.content, fileName: file.fileName });
  return saved?.path ?? null;
}

export function downloadInBrowser(file: ExportFile): void {
  downloadBlob(new Blob([file.content], { type: file.mediaType }), file.fileName);
}

/** A PDF the host printed, downloaded under its name. */
export function downloadPdfInBrowser(pdf: PrintedPdf): void {
  const binary = atob(pdf.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  downloadBlob(new Blob([bytes], { type: pdf.mediaType }), pdf.fileName);
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

export class BlockedWindowError extends Error {
  override readonly name = 'BlockedWindowError';
}

/**
 * Shows an HTML report in a new tab. The report is self-contained and runs no script; its URL is
 * kept for as long as this window lives (the browser drops it then), so the tab can still be
 * reloaded or saved.
 */
export function openReportInBrowser(html: string): void {
  const url = reportUrl(html);
  // Opened with a handle rather than noopener, because only the handle tells a blocked pop-up apart.
  const opened = window.open(url, '_blank');
  if (!opened) {
    URL.revokeObjectURL(url);
    throw new BlockedWindowError(
      'The browser blocked the new tab. Allow pop-ups for this address and try again, or download the report instead.',
    );
  }
  opened.opener = null;
}

/**
 * Opens the report in a new same-origin window and starts printing once it has loaded; the
 * reviewer picks "Save as PDF" as the printer. Throws when the browser blocks the window.
 */
export function printInBrowser(html: string): void {
  const url = reportUrl(html);
  const printed = window.open(url, '_blank');
  if (!printed) {
    URL.revokeObjectURL(url);
    throw new BlockedWindowError(
      'The browser blocked the print window. Allow pop-ups for this address and try again, or export an HTML report and print it from there.',
    );
  }
  // The new window first holds an empty page; print only once the report itself has loaded.
  const onLoad = () => {
    if (printed.location.href !== url) return;
    printed.removeEventListener('load', onLoad);
    printed.focus();
    printed.print();
  };
  printed.addEventListener('load', onLoad);
}

function reportUrl(html: string): string {
  return URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
}
