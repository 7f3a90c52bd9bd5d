import { createHash } from 'node:crypto';
import fs from 'node:fs';

import { afterAll, describe, expect, it } from 'vitest';

import { writeFileAtomic } from '../../../db/atomic-write.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

function leftovers(): string[] {
  return fs.readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'));
}

describe('writing a file atomically', () => {
  it('writes text as UTF-8 and leaves no temporary file behind', async () => {
    const file = temp.file('report.md');
    await writeFileAtomic(file, '# Отчёт\n\nFars said, citing Arab sources…\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('# Отчёт\n\nFars said, citing Arab sources…\n');
    expect(leftovers()).toEqual([]);
  });

  it('clears what a killed earlier write to the same file left, and nothing of other files', async () => {
    const file = temp.file('weekly.html');
    await writeFileAtomic(temp.file('other.html'), 'x');
    // A write killed mid-way: its temporary file, under the key of the file it was writing.
    const key = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 8);
    fs.writeFileSync(temp.file(`.claimtrace-${key('weekly.html')}-0123456789ab.tmp`), '<html><body>half');
    fs.writeFileSync(temp.file(`.claimtrace-${key('monthly.html')}-0123456789ab.tmp`), '<html><body>half');
    await writeFileAtomic(file, '<html></html>');
    expect(leftovers()).toEqual([`.claimtrace-${key('monthly.html')}-0123456789ab.tmp`]);
    fs.rmSync(temp.file(`.claimtrace-${key('monthly.html')}-0123456789ab.tmp`));
  });

  it('writes bytes exactly', async () => {
    const file = temp.file('report.pdf');
    const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    await writeFileAtomic(file, bytes);
    expect(new Uint8Array(fs.readFileSync(file))).toEqual(bytes);
  });

  it('replaces an existing file completely', async () => {
    const file = temp.file('claims.csv');
    fs.writeFileSync(file, 'a much longer older version of the file\n'.repeat(100));
    await writeFileAtomic(file, 'id,statement\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('id,statement\n');
  });

  it('leaves the old file and no temporary file when the write cannot finish', async () => {
    const target = temp.file('taken');
    fs.mkdirSync(target);
    fs.writeFileSync(temp.file('taken/keep.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(fs.readFileSync(temp.file('taken/keep.txt'), 'utf8')).toBe('kept');
    expect(leftovers()).toEqual([]);
    await expect(writeFileAtomic(temp.file('no-such-folder/x.json'), '{}')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
