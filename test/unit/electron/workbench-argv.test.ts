import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { withWorkbenchExtension, workbenchPathFromArgv } from '../../../electron/workbench-argv.js';

describe('workbenchPathFromArgv', () => {
  it('finds the file after the app path in development', () => {
    expect(workbenchPathFromArgv(['/repo/node_modules/electron/dist/electron', '.', 'cases/idlib.claimtrace'], false)).toBe(
      'cases/idlib.claimtrace',
    );
    expect(workbenchPathFromArgv(['/repo/node_modules/electron/dist/electron', '/repo'], false)).toBeNull();
  });

  it('finds the file right after the executable when packaged', () => {
    expect(workbenchPathFromArgv(['/opt/Claimtrace/claimtrace', '/home/ana/idlib.claimtrace'], true)).toBe('/home/ana/idlib.claimtrace');
    expect(workbenchPathFromArgv(['C:\\Program Files\\Claimtrace\\Claimtrace.exe', 'D:\\cases\\Idlib.CLAIMTRACE'], true)).toBe(
      'D:\\cases\\Idlib.CLAIMTRACE',
    );
    expect(workbenchPathFromArgv(['/opt/Claimtrace/claimtrace'], true)).toBeNull();
  });

  it('does not mistake the development app path for a workbench', () => {
    expect(workbenchPathFromArgv(['electron', 'weird.claimtrace'], false)).toBeNull();
    expect(workbenchPathFromArgv(['Claimtrace', 'weird.claimtrace'], true)).toBe('weird.claimtrace');
  });

  it('skips switches that Chromium, macOS or the user put anywhere', () => {
    const argv = [
      '/Applications/Claimtrace.app/Contents/MacOS/Claimtrace',
      '-psn_0_123456',
      '--allow-file-access-from-files',
      '--original-process-start-time=13345',
      '/Users/ana/case.claimtrace',
    ];
    expect(workbenchPathFromArgv(argv, true)).toBe('/Users/ana/case.claimtrace');
    expect(workbenchPathFromArgv(['electron', '--inspect=9229', '.', '--enable-logging', 'a.claimtrace'], false)).toBe('a.claimtrace');
  });

  it('takes a file that starts with a dash only after "--"', () => {
    expect(workbenchPathFromArgv(['Claimtrace', '-odd.claimtrace'], true)).toBeNull();
    expect(workbenchPathFromArgv(['Claimtrace', '--', '-odd.claimtrace'], true)).toBe('-odd.claimtrace');
  });

  it('ignores files that are not workbenches', () => {
    expect(workbenchPathFromArgv(['Claimtrace', 'article.txt', 'notes.claimtrace.bak', '.claimtrace'], true)).toBeNull();
    expect(workbenchPathFromArgv(['Claimtrace', 'article.txt', 'b.claimtrace'], true)).toBe('b.claimtrace');
  });

  it('resolves a relative path against the launching directory', () => {
    expect(workbenchPathFromArgv(['Claimtrace', 'cases/a.claimtrace'], true, '/home/ana')).toBe(
      path.resolve('/home/ana', 'cases/a.claimtrace'),
    );
    expect(workbenchPathFromArgv(['Claimtrace', '/abs/b.claimtrace'], true, '/home/ana')).toBe(path.resolve('/abs/b.claimtrace'));
  });
});

describe('withWorkbenchExtension', () => {
  it('adds the extension a save dialog left off, once', () => {
    expect(withWorkbenchExtension('/home/ana/Idlib')).toBe('/home/ana/Idlib.claimtrace');
    expect(withWorkbenchExtension('/home/ana/Idlib.claimtrace')).toBe('/home/ana/Idlib.claimtrace');
    expect(withWorkbenchExtension('/home/ana/Idlib.Claimtrace')).toBe('/home/ana/Idlib.Claimtrace');
    expect(withWorkbenchExtension('/home/ana/notes.txt')).toBe('/home/ana/notes.txt.claimtrace');
  });
});
