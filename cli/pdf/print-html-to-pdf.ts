import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { CliError } from '../io.js';
import { type ChromiumSearch, findChromium } from './find-chromium.js';

/** A report of thousands of claims takes Chromium a while to lay out; a hung browser does not get forever. */
const PRINT_TIMEOUT_MS = 10 * 60 * 1000;

/** Why a report could not be printed, in words for the person who asked. */
export class PdfPrintError extends Error {
  override readonly name = 'PdfPrintError';
}

/**
 * Prints an HTML report to a PDF file for the command line, which reports a failure as a CliError
 * (exit code 1).
 */
export async function printHtmlToPdf(html: string, outFile: string, search: ChromiumSearch = {}): Promise<void> {
  try {
    await printHtmlToPdfFile(html, outFile, search);
  } catch (error) {
    if (error instanceof PdfPrintError) throw new CliError(error.message, 1);
    throw error;
  }
}

/**
 * The PDF's bytes, printed into a temporary folder that is gone when this returns: for the browser
 * host, which hands the file to the window as a download.
 */
export async function printHtmlToPdfBytes(html: string, search: ChromiumSearch = {}): Promise<Buffer> {
  const folder = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'claimtrace-pdf-out-'));
  try {
    const out = path.join(folder, 'report.pdf');
    await printHtmlToPdfFile(html, out, search);
    return await fs.promises.readFile(out);
  } finally {
    await fs.promises.rm(folder, { recursive: true, force: true });
  }
}

/**
 * Prints an HTML report to a PDF file with a headless Chromium: the same engine the desktop app
 * prints with, so the PDF looks the same. The browser runs with a throw-away profile and without
 * any of its own network traffic; the report itself forbids every outside request in its
 * Content-Security-Policy, so nothing leaves the machine.
 */
export async function printHtmlToPdfFile(html: string, outFile: string, search: ChromiumSearch = {}): Promise<void> {
  const chromium = findChromium(search);
  if (!chromium) {
    const configured = (search.env ?? process.env).CHROMIUM_PATH?.trim();
    throw new PdfPrintError(
      configured
        ? `CHROMIUM_PATH is set to "${configured}", which is not a program this user can run. Point it at a Chromium or Chrome binary, or export --format html and print that from a browser.`
        : 'A PDF needs Chromium (or Google Chrome) to print the report, and none was found. Install Chromium (for example `apt install chromium`), set CHROMIUM_PATH to the browser, or use Export in the desktop app.',
    );
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-pdf-'));
  // Printed beside the final file, then renamed over it: an earlier PDF of the same name stays
  // whole until the new one is complete, and a failed print leaves no partial file behind.
  const final = path.resolve(outFile);
  const target = path.join(path.dirname(final), `.claimtrace-${randomBytes(6).toString('hex')}.pdf.tmp`);
  try {
    const page = path.join(work, 'report.html');
    fs.writeFileSync(page, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      '--no-pings',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${path.join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${target}`,
      pathToFileURL(page).href,
    ];
    await run(chromium, args);
    if (!fs.existsSync(target) || fs.statSync(target).size === 0) {
      throw new PdfPrintError(`Chromium (${chromium}) finished without writing ${final}.`);
    }
    fs.renameSync(target, final);
  } finally {
    fs.rmSync(target, { force: true });
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, windowsHide: true }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      // Chromium logs harmless complaints (no D-Bus, no GPU) on every run; show the end only on failure.
      const tail = String(stderr).trim().split('\n').slice(-5).join('\n');
      const reason = error.killed ? `it did not finish within ${PRINT_TIMEOUT_MS / 60000} minutes` : error.message.split('\n')[0];
      reject(new PdfPrintError(`Chromium (${file}) could not print the report: ${reason}${tail ? `\n${tail}` : ''}`));
    });
  });
}
