import { describe, expect, it } from 'vitest';

import { ensureExtension, extensionOf, pdfFileName, sanitiseFileName, withDefaultExtension } from '../../../electron/file-names.js';

describe('sanitiseFileName', () => {
  it('keeps an ordinary export name exactly as it is', () => {
    expect(sanitiseFileName('claimtrace-report-idlib-2026-11-22.html')).toBe('claimtrace-report-idlib-2026-11-22.html');
    expect(sanitiseFileName('Заявление МИД (TASS).pdf')).toBe('Заявление МИД (TASS).pdf');
  });

  it('never lets a name reach into another folder', () => {
    for (const name of ['../../.bashrc', '..\\..\\Windows\\system.ini', '/etc/passwd', 'C:\\Users\\ana\\x.txt']) {
      const safe = sanitiseFileName(name);
      expect(safe).not.toMatch(/[/\\]/);
      expect(safe).not.toMatch(/^[.-]/);
    }
    expect(sanitiseFileName('../../.bashrc')).toBe('bashrc');
    expect(sanitiseFileName('..')).toBe('untitled');
    expect(sanitiseFileName('. . .', 'evidence')).toBe('evidence');
  });

  it('removes control and invisible characters, including direction overrides that disguise an extension', () => {
    expect(sanitiseFileName('line\nbreak\ttab\u0000.txt')).toBe('linebreaktab.txt');
    // Shown as "invoiceexe.pdf" by a right-to-left override; the real name ends in .exe.
    expect(sanitiseFileName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitiseFileName('re\u200bport.pdf')).toBe('report.pdf');
  });

  it('replaces the characters Windows refuses in a name', () => {
    expect(sanitiseFileName('Who said it? "Fars": yes|no <draft>*.md')).toBe('Who said it- -Fars- yes-no -draft-.md');
  });

  it('drops trailing dots and spaces, which Windows would drop and so change the extension', () => {
    expect(sanitiseFileName('payload.exe. . ')).toBe('payload.exe');
    expect(sanitiseFileName('  notes.md  ')).toBe('notes.md');
  });

  it('renames reserved Windows device names, with or without an extension', () => {
    expect(sanitiseFileName('CON')).toBe('_CON');
    expect(sanitiseFileName('nul.txt')).toBe('_nul.txt');
    expect(sanitiseFileName('com1.tar.gz')).toBe('_com1.tar.gz');
    expect(sanitiseFileName('Lpt9.csv')).toBe('_Lpt9.csv');
    expect(sanitiseFileName('console.txt')).toBe('console.txt');
  });

  it('shortens a very long name to fit any file system, keeping its extension and whole characters', () => {
    const long = `${'Сирия '.repeat(80)}report.html`;
    const safe = sanitiseFileName(long);
    expect(Buffer.byteLength(safe, 'utf8')).toBeLessThanOrEqual(200);
    expect(safe.endsWith('.html')).toBe(true);
    expect(safe).not.toContain('\ufffd');
    expect(long.startsWith(safe.slice(0, -'.html'.length))).toBe(true);
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitiseFileName('', 'export.txt')).toBe('export.txt');
    expect(sanitiseFileName('\u202e\u0007', 'evidence')).toBe('evidence');
  });
});

describe('extensions', () => {
  it('reads the last extension, lower-cased, and ignores dots that do not start one', () => {
    expect(extensionOf('Report.HTML')).toBe('.html');
    expect(extensionOf('archive.tar.gz')).toBe('.gz');
    expect(extensionOf('/home/ana/.bashrc')).toBe('');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('Mr. Smith said so')).toBe('');
    expect(extensionOf('/cases/v1.2/notes')).toBe('');
  });

  it('gives a PDF the .pdf extension whatever was typed', () => {
    expect(ensureExtension('/home/ana/report', '.pdf')).toBe('/home/ana/report.pdf');
    expect(ensureExtension('/home/ana/report.PDF', '.pdf')).toBe('/home/ana/report.PDF');
    expect(ensureExtension('/home/ana/report.html', '.pdf')).toBe('/home/ana/report.html.pdf');
  });

  it('adds the suggested extension only when the user typed none', () => {
    expect(withDefaultExtension('/home/ana/claims', '.csv')).toBe('/home/ana/claims.csv');
    expect(withDefaultExtension('/home/ana/claims.txt', '.csv')).toBe('/home/ana/claims.txt');
    expect(withDefaultExtension('/home/ana/claims', '')).toBe('/home/ana/claims');
  });

  it('suggests a PDF name from the report name', () => {
    expect(pdfFileName('claimtrace-report-idlib-2026-11-22.html')).toBe('claimtrace-report-idlib-2026-11-22.pdf');
    expect(pdfFileName('summary.pdf')).toBe('summary.pdf');
    expect(pdfFileName('Fars report')).toBe('Fars report.pdf');
    expect(pdfFileName('..')).toBe('report.pdf');
  });
});
