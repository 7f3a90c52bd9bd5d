import { describe, expect, it } from 'vitest';

import { evidenceFileName, extensionForMediaType, isSafeToOpen } from '../../../electron/evidence-open-policy.js';

describe('which evidence files open in the system viewer', () => {
  it('opens the documents, images and pages evidence usually is', () => {
    expect(isSafeToOpen('MFA statement.pdf', 'application/pdf')).toBe(true);
    expect(isSafeToOpen('screenshot.png', 'image/png')).toBe(true);
    expect(isSafeToOpen('photo.JPG', 'image/jpeg')).toBe(true);
    expect(isSafeToOpen('letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true);
    expect(isSafeToOpen('saved-article.html', 'text/html')).toBe(true);
    expect(isSafeToOpen('transcript.txt', 'text/plain; charset=utf-8')).toBe(true);
    expect(isSafeToOpen('interview.mp3', 'audio/mpeg')).toBe(true);
  });

  it('refuses programs, scripts, installers and shortcuts on every platform', () => {
    const runnable = [
      'setup.exe',
      'run.bat',
      'run.cmd',
      'tool.com',
      'screensaver.scr',
      'installer.msi',
      'Preview.app',
      'install.sh',
      'dropper.js',
      'macro.vbs',
      'payload.ps1',
      'viewer.jar',
      'launcher.desktop',
      'Viewer.AppImage',
      'shortcut.lnk',
      'page.hta',
      'fix.reg',
      'disk.iso',
      'Installer.dmg',
      'package.deb',
      'script.py',
      'Open Me.command',
    ];
    for (const name of runnable) expect(isSafeToOpen(name, 'application/octet-stream'), name).toBe(false);
  });

  it('refuses Office files whose macros run when they open, but not their plain counterparts', () => {
    expect(isSafeToOpen('budget.xlsm', 'application/zip')).toBe(false);
    expect(isSafeToOpen('report.docm', 'application/zip')).toBe(false);
    expect(isSafeToOpen('budget.xlsx', 'application/zip')).toBe(true);
  });

  it('is not fooled by case, trailing dots, double extensions or a hidden direction override', () => {
    expect(isSafeToOpen('SETUP.EXE', 'application/octet-stream')).toBe(false);
    expect(isSafeToOpen('invoice.pdf.exe', 'application/pdf')).toBe(false);
    expect(isSafeToOpen('invoice.exe. .', 'application/pdf')).toBe(false);
    expect(isSafeToOpen('invoice\u202efdp.exe', 'application/pdf')).toBe(false);
    expect(isSafeToOpen('invoice.exe\u200b', 'application/pdf')).toBe(false);
  });

  it('refuses executable and script types even under a harmless-looking name', () => {
    expect(isSafeToOpen('photo.jpg', 'application/x-msdownload')).toBe(false);
    expect(isSafeToOpen('notes.txt', 'application/x-sh')).toBe(false);
    expect(isSafeToOpen('notes.txt', 'text/javascript')).toBe(false);
    expect(isSafeToOpen('notes.txt', 'application/x-shellscript')).toBe(false);
    expect(isSafeToOpen('data.bin.txt', 'application/x-executable')).toBe(false);
  });

  it('refuses a file whose kind nobody can tell, since the system could only guess', () => {
    expect(isSafeToOpen('dump', 'application/octet-stream')).toBe(false);
    expect(isSafeToOpen('scan', 'application/pdf')).toBe(true);
  });
});

describe('the name an evidence copy is written under', () => {
  it('keeps a safe name and its extension', () => {
    expect(evidenceFileName('Ministry statement 2026-03-01.pdf', 'application/pdf')).toBe('Ministry statement 2026-03-01.pdf');
  });

  it('derives the extension from the type when the upload had none', () => {
    expect(evidenceFileName('scan', 'application/pdf')).toBe('scan.pdf');
    expect(evidenceFileName('pasted image', 'image/jpeg')).toBe('pasted image.jpg');
    expect(evidenceFileName('notes', 'text/plain; charset=utf-8')).toBe('notes.txt');
    expect(evidenceFileName('blob', 'application/octet-stream')).toBe('blob');
  });

  it('strips folders and unsafe characters from the stored name', () => {
    expect(evidenceFileName('../../evil/scan.pdf', 'application/pdf')).toBe('evil-scan.pdf');
    expect(evidenceFileName('', 'image/png')).toBe('evidence.png');
  });

  it('knows the extensions of common evidence types', () => {
    expect(extensionForMediaType('IMAGE/PNG')).toBe('.png');
    expect(extensionForMediaType('text/html; charset=utf-8')).toBe('.html');
    expect(extensionForMediaType('application/x-unknown')).toBe('');
  });
});
