// The installer configuration can only be exercised where Electron downloads, so it is checked
// here against electron-builder's own schema and against what the app needs at run time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): any };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util/out/DebugLogger.js');

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('starts the bundled main script the build produces', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(packageJson.main).toBe(config.extraMetadata.main);
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', 'package.json']));
  });

  it('makes double-clicking a .claimtrace file open Claimtrace', () => {
    expect(config.appId).toBe('org.claimtrace.app');
    expect(config.productName).toBe('Claimtrace');
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'claimtrace', name: 'Claimtrace Workbench', role: 'Editor', mimeType: 'application/x-claimtrace' }),
    ]);
  });

  it('ships better-sqlite3 rebuilt for Electron and outside the asar archive', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack.some((pattern: string) => pattern.includes('better-sqlite3') && pattern.endsWith('.node'))).toBe(true);
  });

  it('flips the Electron fuses that would let anyone run code through the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds the installers of each platform into release/', () => {
    expect(config.directories.output).toBe('release');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });
});
