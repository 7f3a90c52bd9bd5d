// How a report is turned into a PDF: in a hidden window that can load the one report file and
// inline data, and nothing else. The report names claims and sources taken from hostile articles,
// so even a report that somehow carried a remote image or a script must stay inert and offline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

/** In memory only (no "persist:" prefix): nothing a report loads outlives the print. */
export const PRINT_PARTITION = 'claimtrace-print';

export const PDF_OPTIONS: PrintToPDFOptions = { printBackground: true, preferCSSPageSize: true, pageSize: 'A4' };

/** Stops a report that never finishes loading from holding the save forever. */
export const PRINT_TIMEOUT_MS = 120_000;

/**
 * Matches the report's own policy, and is added again in front of it because the HTML comes from
 * the page: two policies both apply, so this one can only ever narrow what the report allows.
 */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline' data:; img-src data:; font-src data:";

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      // Reports carry no script, so none may run whatever the HTML holds.
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}

/** The HTML with the print policy placed first in its head (after the doctype, to keep standards mode). */
export function withPrintPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;
  const doctype = /^\ufeff?\s*<!doctype[^>]*>/iu.exec(html);
  if (!doctype) return `${meta}${html}`;
  return `${doctype[0]}${meta}${html.slice(doctype[0].length)}`;
}

/**
 * How a report file is recognised in a request: Chromium may write a Windows drive letter in
 * another case than the path it was given.
 */
export function printDocumentKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(file);
  return platform === 'win32' ? resolved.toLowerCase() : resolved;
}

/**
 * Inline data, and the report files being printed right now (as `printDocumentKey`s); every
 * other request is cancelled.
 */
export function isAllowedPrintRequest(raw: string, documents: ReadonlySet<string>): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:') return true;
  if (url.protocol !== 'file:' || url.host !== '') return false;
  try {
    return documents.has(printDocumentKey(fileURLToPath(url)));
  } catch {
    return false;
  }
}
