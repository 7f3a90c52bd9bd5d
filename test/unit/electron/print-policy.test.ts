import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import {
  isAllowedPrintRequest,
  PDF_OPTIONS,
  PRINT_CSP,
  printDocumentKey,
  printWindowOptions,
  withPrintPolicy,
} from '../../../electron/print-policy.js';

const REPORT = path.resolve('/tmp/claimtrace-print-x1y2z3/report.html');

describe('printing a report to PDF', () => {
  it('uses a hidden window with no script, no Node and a session of its own', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      partition: 'claimtrace-print',
    });
    expect(options.webPreferences?.preload).toBeUndefined();
    expect(options.webPreferences?.partition?.startsWith('persist:')).toBe(false);
  });

  it('prints A4 with backgrounds, letting the report’s own page size win', () => {
    expect(PDF_OPTIONS).toEqual({ printBackground: true, preferCSSPageSize: true, pageSize: 'A4' });
  });

  it('lets the report load itself and inline data, and nothing else', () => {
    const printing = new Set([printDocumentKey(REPORT)]);
    expect(isAllowedPrintRequest(pathToFileURL(REPORT).href, printing)).toBe(true);
    expect(isAllowedPrintRequest('data:image/png;base64,iVBORw0KGgo=', printing)).toBe(true);
    expect(isAllowedPrintRequest('https://tass.com/tracker.gif', printing)).toBe(false);
    expect(isAllowedPrintRequest('http://127.0.0.1:8080/', printing)).toBe(false);
    expect(isAllowedPrintRequest(pathToFileURL('/home/ana/.ssh/id_rsa').href, printing)).toBe(false);
    expect(isAllowedPrintRequest(pathToFileURL(path.join(path.dirname(REPORT), '..', 'other.html')).href, printing)).toBe(false);
    expect(isAllowedPrintRequest('file://fileserver/share/report.html', printing)).toBe(false);
    expect(isAllowedPrintRequest('not a url', printing)).toBe(false);
    expect(isAllowedPrintRequest(pathToFileURL(REPORT).href, new Set())).toBe(false);
  });

  it('recognises a Windows report file whatever case Chromium writes the drive letter in', () => {
    expect(printDocumentKey('C:\\Temp\\report.html', 'win32')).toBe(printDocumentKey('c:\\temp\\REPORT.html', 'win32'));
    expect(printDocumentKey('/tmp/Report.html', 'linux')).not.toBe(printDocumentKey('/tmp/report.html', 'linux'));
  });

  it('puts its Content-Security-Policy in the head of the report, in standards mode, keeping the report intact', () => {
    const report =
      '<!DOCTYPE html>\n<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>گزارش</title></head><body><p>Fars said</p></body></html>';
    const printed = withPrintPolicy(report);
    const { document } = new JSDOM(printed).window;
    expect(document.compatMode).toBe('CSS1Compat');
    const first = document.head.firstElementChild!;
    expect(first.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first.getAttribute('content')).toBe(PRINT_CSP);
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.title).toBe('گزارش');
    expect(document.body.textContent).toBe('Fars said');
  });

  it('adds the policy to a fragment with no doctype too', () => {
    const { document } = new JSDOM(withPrintPolicy('<p>Hello</p>')).window;
    expect(document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')).not.toBeNull();
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).not.toMatch(/script-src|https?:/);
  });
});
