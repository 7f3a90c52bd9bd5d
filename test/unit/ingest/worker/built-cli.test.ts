// The worker as users run it: from the esbuild bundles, started by the real `claimtrace` command.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeTempDir } from '../../../support/temp-dir.js';
import { buildDocx } from '../build-docx.js';
import { buildPdf } from '../build-pdf.js';

const root = path.resolve(__dirname, '../../../..');
const temp = makeTempDir();
afterAll(() => temp.remove());

beforeAll(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stderr}`);
}, 200_000);

/** Runs the command and kills it if it has not exited by `limitMs`, so a hang fails instead of stalling. */
function runCli(args: string[], limitMs: number): Promise<{ code: number | null; stdout: string; ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'claimtrace.cjs'), ...args], { cwd: temp.dir });
    let stdout = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, ms: performance.now() - started, killed });
    });
  });
}

describe('the built command line', () => {
  it('ships every worker beside the Node and Electron bundles that start it', () => {
    for (const folder of ['node', 'electron']) {
      for (const script of ['extract-worker', 'store-worker', 'render-worker', 'detect-worker']) {
        const worker = path.join(root, 'dist', folder, `${script}.cjs`);
        expect(fs.existsSync(worker), worker).toBe(true);
      }
    }
  });

  it('imports every kind of file through the bundled worker and exits as soon as it is done', async () => {
    const folder = temp.file('articles');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'grain.txt'),
      'Grain talks resume in Istanbul\n\nReuters reported that negotiators met again on Tuesday.\n',
    );
    fs.writeFileSync(
      path.join(folder, 'hts.html'),
      '<html><head><title>Turkey says partners pay HTS</title></head><body><article><h1>Turkey says partners pay HTS</h1>' +
        '<p>Foreign Minister Mevlut Cavusoglu told the Hurriyet newspaper that some coalition members support HTS.</p></article></body></html>',
    );
    fs.writeFileSync(
      path.join(folder, 'deal.docx'),
      await buildDocx({
        heading: 'Militants Refuse the Deal',
        paragraphs: ['A spokesman told Agence France-Presse the front rejected it.'],
      }),
    );
    fs.writeFileSync(
      path.join(folder, 'convoy.pdf'),
      await buildPdf([
        { text: 'Convoy Crosses the Border', size: 18 },
        { text: 'TASS reported that the convoy crossed the border at dawn, officials said.', size: 11 },
      ]),
    );
    fs.writeFileSync(path.join(folder, 'empty.txt'), '');
    // Over a million characters: written by the bundled store worker, not on the command's thread.
    fs.writeFileSync(
      path.join(folder, 'wire.txt'),
      `Wire copy for the week\n\n${'Reuters reported that the convoy waited at the crossing. '.repeat(20_000)}`,
    );

    const result = await runCli(['import', '--workbench', temp.file('cli.claimtrace'), '--json', folder], 20_000);
    expect(result.killed, 'the command was still running after 20 s').toBe(false);
    const report = JSON.parse(result.stdout) as { imported: { title: string; file: string }[]; failed: { file: string; error: string }[] };
    expect(report.imported.map((doc) => path.basename(doc.file)).sort()).toEqual([
      'convoy.pdf',
      'deal.docx',
      'grain.txt',
      'hts.html',
      'wire.txt',
    ]);
    expect(report.failed).toEqual([{ file: path.join(folder, 'empty.txt'), error: 'empty.txt is empty.' }]);
    expect(result.code).toBe(1);
    // Starting Node, loading the readers, four small files and one large: a few seconds at most, even on a
    // busy machine. An idle worker that held the process open would run into the kill above.
    expect(result.ms).toBeLessThan(10_000);
  });
});
