import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const ARTICLE = `Idlib Monitor | News from the frontline

Militants reject patrols near Idlib buffer zone

Monday 1 October 2018

Idlib Monitor- The National Liberation Front told Agence France-Presse late Sunday that it had raised objections to the deal.

"We discussed the issue, and the front took a clear position rejecting this matter," AFP quoted spokesman Naji Mustafa as saying.

The deal provides for a buffer zone around Idlib that would be free of heavy weapons.

Comments
Name :
Email :
* Text :
Send

Abu Karim

This deal will not last, mark my words.

Lena P

Reuters said the same thing last week.
`;

function writeTree(): string {
  const root = temp.file('articles');
  fs.mkdirSync(path.join(root, 'october', 'deep'), { recursive: true });
  fs.writeFileSync(path.join(root, 'idlib.txt'), ARTICLE);
  // The same article saved twice with different line endings is a duplicate, not a second document.
  fs.writeFileSync(path.join(root, 'october', 'idlib-copy.txt'), ARTICLE.replace(/\n/g, '\r\n'));
  fs.writeFileSync(
    path.join(root, 'october', 'deep', 'page.html'),
    '<html><head><title>Turkey says partners pay HTS</title><script>globalThis.ran = true</script></head>' +
      '<body><article><h1>Turkey says partners pay HTS</h1><p>Foreign Minister Mevlut Cavusoglu told the Hurriyet newspaper that some coalition members support HTS.</p>' +
      '<p>He said the payments were meant to undermine the demilitarized zone agreement around Idlib.</p><img src="https://tracker.example/pixel.gif"></article></body></html>',
  );
  fs.writeFileSync(path.join(root, 'october', 'empty.txt'), '');
  fs.writeFileSync(path.join(root, 'october', 'junk.txt'), crypto.randomBytes(2048));
  fs.writeFileSync(path.join(root, 'october', 'photo.jpg'), crypto.randomBytes(128));
  fs.writeFileSync(path.join(root, '.hidden.txt'), 'not imported');
  return root;
}

describe('claimtrace import', () => {
  it('imports a folder recursively and reports every file as JSON', async () => {
    const root = writeTree();
    const workbench = temp.file('import.claimtrace');
    const result = await run(['import', '--workbench', workbench, '--json', root]);
    const report = JSON.parse(result.out);

    expect(report.imported).toHaveLength(2);
    const article = report.imported.find((d: { file: string }) => d.file.endsWith('idlib.txt'));
    expect(article).toMatchObject({
      title: 'Militants reject patrols near Idlib buffer zone',
      publishedAt: '2018-10-01',
      language: 'en',
      direction: 'ltr',
    });
    expect(Object.keys(article).sort()).toEqual(
      ['articleStart', 'author', 'commentsStart', 'direction', 'file', 'id', 'language', 'length', 'outlet', 'publishedAt', 'title'].sort(),
    );
    expect(article.commentsStart).toBeGreaterThan(0);
    // One masthead line above the headline is too little to fold away.
    expect(article.articleStart).toBeNull();

    expect(report.duplicates).toHaveLength(1);
    expect(report.duplicates[0].file).toContain('idlib-copy.txt');
    const failedFiles = report.failed.map((f: { file: string }) => path.basename(f.file)).sort();
    expect(failedFiles).toEqual(['empty.txt', 'junk.txt']);
    for (const failure of report.failed) expect(failure.error).toContain(path.basename(failure.file));
    expect(result.code).toBe(1);

    // Nothing half-imported: exactly the two good documents are in the workbench.
    const wb = openWorkbench(workbench);
    try {
      const rows = wb.db.prepare('SELECT title, text, comments_start AS commentsStart FROM documents').all() as {
        title: string;
        text: string;
        commentsStart: number | null;
      }[];
      expect(rows).toHaveLength(2);
      const stored = rows.find((r) => r.title.startsWith('Militants'))!;
      expect(stored.text.slice(stored.commentsStart!)).toMatch(/^Comments/);
      expect(stored.text.slice(0, stored.commentsStart!)).toContain('free of heavy weapons');
      const html = rows.find((r) => r.title.startsWith('Turkey'))!;
      expect(html.text).not.toMatch(/<script|globalThis|tracker\.example/);
    } finally {
      wb.close();
    }
  });

  it('does not import the same files twice on a second run', async () => {
    const root = temp.file('articles');
    const workbench = temp.file('import.claimtrace');
    const result = await run(['import', '--workbench', workbench, '--json', path.join(root, 'idlib.txt')]);
    const report = JSON.parse(result.out);
    expect(report.imported).toHaveLength(0);
    expect(report.duplicates).toHaveLength(1);
    expect(result.code).toBe(0);
  });

  it('prints a readable summary without --json', async () => {
    const file = temp.file('plain.txt');
    fs.writeFileSync(file, 'A headline about grain talks\n\nReuters reported that talks resumed in Istanbul on Tuesday.\n');
    const result = await run(['import', '--workbench', temp.file('plain.claimtrace'), file]);
    expect(result.out).toContain('Imported 1, duplicates skipped 0, failed 0.');
    expect(result.code).toBe(0);
  });

  it('names a path that does not exist and still imports the rest', async () => {
    const file = temp.file('other.txt');
    fs.writeFileSync(file, 'Another headline\n\nTASS said the convoy crossed the border at dawn.\n');
    const result = await run(['import', '--workbench', temp.file('mixed.claimtrace'), '--json', temp.file('nope'), file]);
    const report = JSON.parse(result.out);
    expect(report.imported).toHaveLength(1);
    expect(report.failed[0].error).toContain('nope');
  });

  it('asks for paths and a workbench', async () => {
    expect((await run(['import', '--workbench', temp.file('x.claimtrace')])).code).toBe(2);
    expect((await run(['import', temp.file('plain.txt')])).err).toContain('--workbench');
  });
});
