// Test paths mirror source paths, so the tests of a file are found beside where it would be: a
// test sits in a folder that exists in the source tree, and a test named after a source file sits
// in that file's folder. A misplaced test fails here, naming where it belongs.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const unitRoot = path.join(root, 'test/unit');
const SOURCE_FOLDERS = ['core', 'db', 'ingest', 'workers', 'electron', 'server', 'cli', 'renderer'];
/** Tests of the layout itself have no source folder to mirror. */
const OWN_FOLDERS = ['architecture'];

function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, keep));
    else if (keep(entry.name)) found.push(full);
  }
  return found;
}

const isTest = (name: string) => /\.test\.tsx?$/.test(name);
const testBase = (file: string) => path.basename(file).replace(/\.test\.tsx?$/, '');
const sourceBase = (file: string) => path.basename(file).replace(/\.tsx?$/, '');

const tests = filesUnder(unitRoot, isTest).map((file) => path.relative(unitRoot, file));
const sources = SOURCE_FOLDERS.flatMap((folder) =>
  filesUnder(path.join(root, folder), (name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts')),
).map((file) => path.relative(root, file));

describe('test layout', () => {
  it('finds the tests and the sources it compares', () => {
    expect(tests.length).toBeGreaterThan(100);
    expect(sources.length).toBeGreaterThan(300);
  });

  it('puts every test in a folder the source tree has', () => {
    const misplaced = tests.filter((test) => {
      const folder = path.dirname(test);
      if (OWN_FOLDERS.includes(folder.split(path.sep)[0]!)) return false;
      return !fs.existsSync(path.join(root, folder));
    });
    expect(misplaced).toEqual([]);
  });

  it('puts a test named after a source file beside that file', () => {
    const byBase = new Map<string, string[]>();
    for (const source of sources) byBase.set(sourceBase(source), [...(byBase.get(sourceBase(source)) ?? []), source]);
    const misplaced: string[] = [];
    for (const test of tests) {
      const namesakes = byBase.get(testBase(test)) ?? [];
      if (namesakes.length === 0) continue;
      if (!namesakes.some((source) => path.dirname(source) === path.dirname(test))) {
        misplaced.push(`${test} → beside ${namesakes.join(' or ')}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
