import { describe, expect, it } from 'vitest';

import { fileError } from '../../../electron/file-error.js';

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: something low-level, open '/x'`), { code });
}

describe('file errors shown to the user', () => {
  it('names the file and says why in plain words', () => {
    const error = fileError('save', '/media/usb/report.pdf', systemError('EROFS'));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('Claimtrace could not save "/media/usb/report.pdf": the disk is read-only.');
    expect(fileError('save', 'C:\\r.pdf', systemError('EBUSY')).message).toContain('open in another program');
    expect(fileError('save', '/full/r.csv', systemError('ENOSPC')).message).toContain('the disk is full');
    expect(fileError('save', '/root/r.csv', systemError('EACCES')).message).toContain('permission was denied');
  });

  it('falls back to the first line of an unfamiliar error', () => {
    const error = fileError('save', '/x.md', new Error('Something odd happened.\n    at stack frame'));
    expect(error.message).toBe('Claimtrace could not save "/x.md": Something odd happened.');
  });
});
