import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder per test file, removed afterwards; tests always work on real files. */
export function makeTempDir(prefix = 'claimtrace-test-'): { dir: string; file(name: string): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    file: (name) => path.join(dir, name),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
