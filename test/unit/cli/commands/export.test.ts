import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { parse as parseCsv } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { findChromium } from '../../../../cli/pdf/find-chromium.js';
import type { Bundle } from '../../../../core/bundle/format.js';
import type { ClaimReviewLd } from '../../../../core/reports/claim-review.js';
import type { AnnotationCollection } from '../../../../core/reports/web-annotations.js';
import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { buildExportFixture, type ExportFixture } from '../../db/export-fixture.js';
import { openServiceHarness, type ServiceHarness } from '../../db/support/service-harness.js';
import { run } from '../support/run-captured.js';

const temp = makeTempDir();
let h: ServiceHarness;
let f: ExportFixture;
let workbenchFile: string;

beforeAll(async () => {
  h = openServiceHarness('Desk');
  f = await buildExportFixture(h);
  workbenchFile = h.workbench.path;
  // The command opens the file itself, as it would from a shell.
  h.workbench.close();
});
afterAll(() => {
  h.close();
  temp.remove();
});

const liveIds = () => [f.claims.nlf.id, f.claims.isil.id, f.claims.posts.id, f.claims.talks.id].sort();

describe('claimtrace export', () => {
  it('writes the HTML report of the whole workbench', async () => {
    const out = temp.file('report.html');
    const result = await run(['export', '--workbench', workbenchFile, '--format', 'html', '--out', out]);
    expect(result).toMatchObject({ code: 0, out: `Wrote ${out}` });
    const dom = new JSDOM(fs.readFileSync(out, 'utf8'));
    const ids = [...dom.window.document.querySelectorAll('article.claim')].map((a) => a.getAttribute('data-claim-id'));
    expect(ids.sort()).toEqual(liveIds());
    dom.window.close();
  });

  it('replaces an earlier export only once the new one is complete, leaving no temporary file', async () => {
    fs.mkdirSync(temp.file('atomic'), { recursive: true });
    const out = path.join(temp.file('atomic'), 'report.html');
    fs.writeFileSync(out, 'the report of last week');
    // Killed at different moments, the command leaves either last week's file or a whole new one.
    for (const delay of [150, 400, 700, 1000]) {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.resolve(__dirname, '../../../../cli/main.ts'),
          'export',
          '--workbench',
          workbenchFile,
          '--format',
          'html',
          '--out',
          out,
        ],
        { stdio: 'ignore' },
      );
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const text = fs.readFileSync(out, 'utf8');
      expect(text === 'the report of last week' || text.trimEnd().endsWith('</html>')).toBe(true);
    }
    const result = await run(['export', '--workbench', workbenchFile, '--format', 'html', '--out', out]);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8').trimEnd().endsWith('</html>')).toBe(true);
    expect(fs.readdirSync(path.dirname(out)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('writes the CSV of one document with a byte-order mark', async () => {
    const out = temp.file('grain.csv');
    const result = await run([
      'export',
      '--workbench',
      workbenchFile,
      '--format',
      'csv',
      '--document',
      f.documents.grain,
      '--bom',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Claim ID'])).toEqual([f.claims.talks.id]);
    expect(rows[0]!['Verdict']).toBe('Unverifiable');
  });

  it('writes ClaimReview, Web Annotations and Markdown for chosen claims', async () => {
    const claimArgs = ['--claim', f.claims.nlf.id, '--claim', `${f.claims.isil.id},${f.claims.posts.id}`];
    const reviews = temp.file('reviews.jsonld');
    const reviewed = await run(['export', '--workbench', workbenchFile, '--format', 'claimreview', ...claimArgs, '--out', reviews]);
    expect(reviewed).toEqual({
      code: 0,
      out: `Wrote ${reviews}`,
      // Told on stderr, so a script reading stdout still gets one line.
      err: '2 of 3 claims were left out of ClaimReview (2 not Done yet): only claims that are Done with a verdict and a rationale are published.',
    });
    const parsed = JSON.parse(fs.readFileSync(reviews, 'utf8')) as ClaimReviewLd[];
    expect(parsed.map((r) => r.reviewRating.alternateName)).toEqual(['True']);

    const annotations = temp.file('annotations.jsonld');
    expect(
      (await run(['export', '--workbench', workbenchFile, '--format', 'webannotation', ...claimArgs, '--out', annotations])).code,
    ).toBe(0);
    const collection = JSON.parse(fs.readFileSync(annotations, 'utf8')) as AnnotationCollection;
    expect(collection.total).toBe(3);

    const markdown = temp.file('claims.md');
    expect(
      (await run(['export', '--workbench', workbenchFile, '--format', 'md', ...claimArgs, '--title', 'Three claims', '--out', markdown]))
        .code,
    ).toBe(0);
    expect(fs.readFileSync(markdown, 'utf8').startsWith('# Three claims\n')).toBe(true);
  });

  it('narrows the export to Done or rated claims, and adds the audit history only when asked', async () => {
    const done = temp.file('done.html');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'html', '--status', 'done', '--out', done])).code).toBe(0);
    const doneDom = new JSDOM(fs.readFileSync(done, 'utf8'));
    expect([...doneDom.window.document.querySelectorAll('article.claim')].map((a) => a.getAttribute('data-claim-id'))).toEqual([
      f.claims.nlf.id,
    ]);
    expect(doneDom.window.document.querySelectorAll('.history-part')).toHaveLength(0);
    doneDom.window.close();

    const rated = temp.file('rated.md');
    const args = ['export', '--workbench', workbenchFile, '--format', 'md', '--rated', '--status', 'done,In review', '--history'];
    expect((await run([...args, '--document', f.documents.idlib, '--out', rated])).code).toBe(0);
    const markdown = fs.readFileSync(rated, 'utf8');
    expect(markdown).toContain('Done or In review claims with a verdict');
    expect(markdown).toContain('**History**');
    expect(markdown.match(/^#### \d+\. /gmu)).toHaveLength(1);
  });

  it('narrows the export to claims resting on a single origin', async () => {
    // The NLF claim is also carried by the reprint, which names no source: two documents, never one origin.
    const single = temp.file('single.html');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'html', '--origin', 'single', '--out', single])).code).toBe(0);
    const dom = new JSDOM(fs.readFileSync(single, 'utf8'));
    expect(dom.window.document.querySelectorAll('article.claim')).toHaveLength(0);
    dom.window.close();
    const all = temp.file('all.html');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'html', '--out', all])).code).toBe(0);
    expect(fs.readFileSync(all, 'utf8')).toContain(
      '<dt>Origins</dt><dd class="origins">2 documents · 1 independent origin · 1 document with no source given: Naji Mustafa</dd>',
    );
  });

  it('writes ClaimReview as ready script blocks', async () => {
    const out = temp.file('claimreview.html');
    const result = await run(['export', '--workbench', workbenchFile, '--format', 'claimreview-script', '--status', 'done', '--out', out]);
    expect(result).toEqual({ code: 0, out: `Wrote ${out}`, err: '' });
    const dom = new JSDOM(fs.readFileSync(out, 'utf8'));
    const [script, ...others] = [...dom.window.document.querySelectorAll('script')];
    expect(others).toEqual([]);
    expect(script!.type).toBe('application/ld+json');
    expect((JSON.parse(script!.textContent!) as ClaimReviewLd).url).toBe(`https://factcheck.example.org/checks/${f.claims.nlf.id}`);
    dom.window.close();
  });

  it('refuses bad narrowing and options with a clear message', async () => {
    const base = ['export', '--workbench', workbenchFile, '--out', temp.file('never.html')];
    expect(await run([...base, '--format', 'html', '--status', 'finished'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown status "finished"; choose one of unreviewed, in_progress, in_review, done.'),
    });
    expect(await run([...base, '--format', 'html', '--origin', 'one'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Unknown origin filter "one"; choose one of single, single-unnamed.'),
    });
    expect(await run([...base, '--format', 'csv', '--history'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--history applies to --format html, pdf and md only.'),
    });
    // Nothing Done in the grain story: no file, and the reason.
    const nothing = await run([...base, '--format', 'claimreview', '--document', f.documents.grain]);
    expect(nothing).toMatchObject({
      code: 1,
      err: expect.stringContaining('No ClaimReview was exported: the claim in this scope is not Done with a verdict and a rationale'),
    });
    expect(fs.existsSync(temp.file('never.html'))).toBe(false);
  });

  it('names the file after the report when no --out is given', async () => {
    const cwd = process.cwd();
    process.chdir(temp.dir);
    try {
      const result = await run(['export', '--workbench', workbenchFile, '--format', 'md', '--document', f.documents.idlib]);
      expect(result.code).toBe(0);
      const written = result.out.replace(/^Wrote /u, '');
      expect(written).toMatch(/claimtrace-report-militants-refuse-to-hand-over-weapons-in-idlib-\d{4}-\d{2}-\d{2}\.md$/);
      expect(fs.existsSync(written)).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it.skipIf(!findChromium() && !process.env.CI)(
    'prints the report to a PDF whose text holds every claim',
    async () => {
      const out = temp.file('report.pdf');
      const result = await run(['export', '--workbench', workbenchFile, '--format', 'pdf', '--out', out]);
      expect(result).toMatchObject({ code: 0, err: '' });
      const bytes = new Uint8Array(fs.readFileSync(out));
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(bytes);
      for (const claim of [f.claims.nlf, f.claims.isil, f.claims.posts, f.claims.talks]) {
        expect(text).toContain(claim.statement.split(' ').slice(0, 5).join(' '));
      }
      expect(text).toContain('Frontline Fact Check');
      expect(text).not.toContain('Officials said the crossing would reopen');
    },
    120_000,
  );

  it('explains how to get a PDF when no Chromium can be found', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = temp.file('no-such-browser');
    try {
      const out = temp.file('none.pdf');
      const result = await run(['export', '--workbench', workbenchFile, '--format', 'pdf', '--out', out]);
      expect(result.code).toBe(1);
      expect(result.err).toContain('CHROMIUM_PATH');
      expect(fs.existsSync(out)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('refuses bad arguments with the usage and a non-zero exit', async () => {
    const noFormat = await run(['export', '--workbench', workbenchFile]);
    expect(noFormat.code).toBe(2);
    expect(noFormat.err).toContain('--format');
    const unknown = await run(['export', '--workbench', workbenchFile, '--format', 'docx']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('Unknown format "docx"');
    const binned = await run([
      'export',
      '--workbench',
      workbenchFile,
      '--format',
      'html',
      '--document',
      f.documents.binned,
      '--out',
      temp.file('x.html'),
    ]);
    expect(binned.code).toBe(1);
    expect(binned.err).toContain(`There is no document with the ID ${f.documents.binned}`);
    const missing = await run(['export', '--workbench', temp.file('missing.claimtrace'), '--format', 'html']);
    expect(missing.code).toBe(1);
  });
});

describe('claimtrace import-bundle', () => {
  it('merges a bundle into another workbench and prints what it did', async () => {
    const bundleFile = temp.file('desk.json');
    expect((await run(['export', '--workbench', workbenchFile, '--format', 'json', '--out', bundleFile])).code).toBe(0);
    const copy = temp.file('copy.claimtrace');
    openWorkbench(copy, { create: true }).close();

    const history = (JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as Bundle).history.length;
    const first = await run(['import-bundle', '--workbench', copy, bundleFile]);
    expect(first.code).toBe(0);
    expect(first.out).toContain(
      `Added    4 documents, 2 sources, 6 claims, 2 tags, 3 pieces of evidence, 1 file, 1 appearance, ${history} history entries`,
    );
    expect(first.out).toContain('Updated  nothing');
    const again = await run(['import-bundle', '--workbench', copy, '--json', bundleFile]);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out) as { added: Record<string, number> };
    expect(Object.values(summary.added).every((n) => n === 0)).toBe(true);

    const reexport = temp.file('copy.json');
    expect((await run(['export', '--workbench', copy, '--format', 'json', '--out', reexport])).code).toBe(0);
    const claims = (JSON.parse(fs.readFileSync(reexport, 'utf8')) as Bundle).claims.map((c) => c.id);
    expect(claims).toContain(f.claims.nlf.id);
  });

  it('refuses a bundle from a newer app and leaves the workbench alone', async () => {
    const bundleFile = temp.file('newer.json');
    const bundle = JSON.parse(fs.readFileSync(temp.file('desk.json'), 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(bundleFile, JSON.stringify({ ...bundle, version: 9 }));
    const target = temp.file('untouched.claimtrace');
    openWorkbench(target, { create: true }).close();
    const result = await run(['import-bundle', '--workbench', target, bundleFile]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('newer version of Claimtrace');
    const check = openWorkbench(target, { readonly: true });
    try {
      expect((check.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(0);
    } finally {
      check.close();
    }
    expect((await run(['import-bundle', '--workbench', target, temp.file('absent.json')])).err).toContain('There is no file');
  });
});

describe('finding a browser to print with', () => {
  const executables =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);

  it('uses CHROMIUM_PATH when it is set, and only it', () => {
    const isExecutable = executables('/opt/chromium/chrome', '/usr/bin/chromium');
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chromium/chrome', PATH: '/usr/bin' }, isExecutable })).toBe('/opt/chromium/chrome');
    expect(findChromium({ env: { CHROMIUM_PATH: '/opt/typo/chrome', PATH: '/usr/bin' }, isExecutable })).toBeNull();
  });

  it('looks for the usual names on PATH, then in the usual places', () => {
    expect(findChromium({ env: { PATH: '/opt/bin:/usr/local/bin' }, isExecutable: executables('/usr/local/bin/google-chrome') })).toBe(
      '/usr/local/bin/google-chrome',
    );
    expect(findChromium({ env: { PATH: '/opt/bin' }, isExecutable: executables('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(findChromium({ env: { PATH: '/opt/bin' }, isExecutable: executables() })).toBeNull();
  });
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  // Lines are separate items; one space between words whatever the layout.
  return pages.join(' ').replace(/\s+/gu, ' ');
}
