// The desktop answers to host.* over a real workbench, with the Electron parts (dialog, PDF
// renderer, system viewer) replaced by stand-ins that record what they were asked.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { createDispatch, type Dispatch } from '../../../core/api/dispatch.js';
import type { ApiResult } from '../../../core/api/result.js';
import type { Claim, Evidence, ImportOutcome } from '../../../core/domain.js';
import { createService } from '../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../db/workbench.js';
import { createHostHandlers, type DesktopHostPorts, type SaveDialogRequest, withHostHandlers } from '../../../electron/desktop-host.js';
import { createEvidenceCopies } from '../../../electron/evidence-copies.js';
import { makeTempDir } from '../../support/temp-dir.js';

const temp = makeTempDir();
const documents = temp.file('Documents');
let workbench: Workbench;
let claimId: string;

const ARTICLE = 'MOSCOW, March 3 (TASS) - The National Liberation Front rejected the agreement, according to Fars.';
const REPORT_HTML = '<!DOCTYPE html><html><head><title>Idlib</title></head><body><h1>Verification report</h1></body></html>';

beforeAll(async () => {
  fs.mkdirSync(documents);
  workbench = openWorkbench(temp.file('host.claimtrace'), { create: true });
  const dispatch = createDispatch(createService(workbench));
  const outcome = await value<ImportOutcome>(dispatch, 'documents.importText', { text: ARTICLE });
  if (outcome.status !== 'imported') throw new Error('the article was not imported');
  const start = ARTICLE.indexOf('The National');
  const end = ARTICLE.indexOf(', according');
  const claim = await value<Claim>(dispatch, 'claims.create', { documentId: outcome.document.id, start, end });
  claimId = claim.id;
});

afterAll(() => {
  workbench.close();
  temp.remove();
});

async function value<T>(dispatch: Dispatch, method: string, args: unknown): Promise<T> {
  const result = (await dispatch(method, args)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

interface Desk {
  dispatch: Dispatch;
  dialogs: SaveDialogRequest[];
  printed: string[];
  opened: string[];
  copies: ReturnType<typeof createEvidenceCopies>;
}

const desks: Desk[] = [];
afterEach(() => {
  for (const desk of desks.splice(0)) desk.copies.remove();
});

function desk(options: { answers?: Array<string | null>; printFails?: string; openFails?: string } = {}): Desk {
  const answers = [...(options.answers ?? [])];
  const dialogs: SaveDialogRequest[] = [];
  const printed: string[] = [];
  const opened: string[] = [];
  const copies = createEvidenceCopies({ tempRoot: temp.file('tmp'), markAsDownloaded: false });
  fs.mkdirSync(temp.file('tmp'), { recursive: true });
  const ports: DesktopHostPorts = {
    documentsDir: () => documents,
    chooseSavePath: async (request) => {
      dialogs.push(request);
      return answers.shift() ?? null;
    },
    printToPdf: async (html) => {
      printed.push(html);
      if (options.printFails) throw new Error(options.printFails);
      return Buffer.from(`%PDF-1.7 ${html.length} characters of report`);
    },
    openPath: async (file) => {
      opened.push(file);
      return options.openFails ?? '';
    },
    evidenceCopies: copies,
  };
  const service = createService(workbench);
  const created: Desk = {
    dispatch: createDispatch(withHostHandlers(service, createHostHandlers(service, ports))),
    dialogs,
    printed,
    opened,
    copies,
  };
  desks.push(created);
  return created;
}

async function addFile(name: string, data: Buffer, mediaType?: string): Promise<Evidence> {
  const dispatch = createDispatch(createService(workbench));
  return value<Evidence>(dispatch, 'evidence.addFile', { claimId, name, dataBase64: data.toString('base64'), mediaType });
}

describe('the desktop host methods', () => {
  it('replace the service’s "unsupported" answers and leave every other method alone', async () => {
    const service = createService(workbench);
    const plain = await createDispatch(service)('host.saveFile', { content: 'x', fileName: 'x.md' });
    expect(plain).toMatchObject({ ok: false, error: { code: 'unsupported' } });

    const host = createHostHandlers(service, {} as DesktopHostPorts);
    const handlers = withHostHandlers(service, host);
    expect(handlers['host.saveFile']).toBe(host['host.saveFile']);
    expect(handlers['host.savePdf']).toBe(host['host.savePdf']);
    expect(handlers['host.openEvidenceFile']).toBe(host['host.openEvidenceFile']);
    expect(handlers['workbench.info']).toBe(service['workbench.info']);
    expect(handlers['evidence.file']).toBe(service['evidence.file']);
  });
});

describe('saving an export', () => {
  it('asks where, starting in Documents with a safe name and the format’s filter, then writes the text', async () => {
    const target = path.join(documents, 'claims.csv');
    const { dispatch, dialogs } = desk({ answers: [target] });
    const content = '\ufeffid,statement\n1,"Фарс сообщил"\n';
    const result = await dispatch('host.saveFile', { content, fileName: '../claims: Idlib?.csv' });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(fs.readFileSync(target, 'utf8')).toBe(content);
    expect(dialogs[0]).toMatchObject({ defaultPath: path.join(documents, 'claims- Idlib-.csv') });
    expect(dialogs[0]!.filters[0]).toEqual({ name: 'CSV Spreadsheet', extensions: ['csv'] });
  });

  it('answers null and writes nothing when the user cancels', async () => {
    const { dispatch } = desk({ answers: [null] });
    const before = fs.readdirSync(documents);
    expect(await dispatch('host.saveFile', { content: '# Report', fileName: 'report.md' })).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(documents)).toEqual(before);
  });

  it('adds the extension when the name was typed without one, and replaces an older file of that name', async () => {
    const typed = path.join(documents, 'annotations');
    fs.writeFileSync(`${typed}.jsonld`, 'older export');
    const { dispatch } = desk({ answers: [typed] });
    const result = await dispatch('host.saveFile', {
      content: '{"@context":"http://www.w3.org/ns/anno.jsonld"}',
      fileName: 'annotations.jsonld',
    });
    expect(result).toEqual({ ok: true, value: { path: `${typed}.jsonld` } });
    expect(fs.readFileSync(`${typed}.jsonld`, 'utf8')).toContain('anno.jsonld');
  });

  it('says plainly why a file could not be saved', async () => {
    const missing = path.join(documents, 'gone', 'report.md');
    const { dispatch } = desk({ answers: [missing] });
    const result = await dispatch('host.saveFile', { content: '# Report', fileName: 'report.md' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: `Claimtrace could not save "${missing}": the folder no longer exists.` },
    });
  });
});

describe('saving a report as PDF', () => {
  it('asks where with a .pdf name, prints the report and writes the PDF', async () => {
    const target = path.join(documents, 'idlib.pdf');
    const { dispatch, dialogs, printed } = desk({ answers: [target] });
    const result = await dispatch('host.savePdf', { html: REPORT_HTML, fileName: 'claimtrace-report-idlib-2026-11-22.html' });
    expect(result).toEqual({ ok: true, value: { path: target } });
    expect(dialogs[0]).toEqual({
      title: 'Save as PDF',
      defaultPath: path.join(documents, 'claimtrace-report-idlib-2026-11-22.pdf'),
      filters: [{ name: 'PDF Document', extensions: ['pdf'] }],
    });
    expect(printed).toEqual([REPORT_HTML]);
    expect(fs.readFileSync(target, 'utf8')).toBe(`%PDF-1.7 ${REPORT_HTML.length} characters of report`);
  });

  it('always saves a PDF under a .pdf name', async () => {
    const typed = path.join(documents, 'for the editor');
    const { dispatch } = desk({ answers: [typed] });
    expect(await dispatch('host.savePdf', { html: REPORT_HTML, fileName: 'report.html' })).toEqual({
      ok: true,
      value: { path: `${typed}.pdf` },
    });
    expect(fs.readFileSync(`${typed}.pdf`, 'utf8').startsWith('%PDF')).toBe(true);
  });

  it('does not print at all when the user cancels', async () => {
    const { dispatch, printed } = desk({ answers: [null] });
    expect(await dispatch('host.savePdf', { html: REPORT_HTML, fileName: 'report.html' })).toEqual({ ok: true, value: null });
    expect(printed).toEqual([]);
  });

  it('reports a failed print clearly and leaves no file behind', async () => {
    const target = path.join(documents, 'broken.pdf');
    const { dispatch } = desk({ answers: [target], printFails: 'ERR_FAILED (-2) loading the report.\n  at internals' });
    const result = await dispatch('host.savePdf', { html: REPORT_HTML, fileName: 'report.html' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The report could not be printed to PDF: ERR_FAILED (-2) loading the report.' },
    });
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe('opening an evidence file', () => {
  it('hands a copy of the stored file to the system viewer', async () => {
    const pdf = Buffer.from('%PDF-1.4\nMinistry of Defence statement, 3 March\n%%EOF\n');
    const evidence = await addFile('MoD statement.pdf', pdf);
    const { dispatch, opened } = desk();
    expect(await dispatch('host.openEvidenceFile', { evidenceId: evidence.id })).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toHaveLength(1);
    expect(path.basename(opened[0]!)).toBe('MoD statement.pdf');
    expect(opened[0]!.startsWith(path.join(temp.file('tmp'), 'claimtrace-evidence'))).toBe(true);
    expect(fs.readFileSync(opened[0]!)).toEqual(pdf);
  });

  it('gives a file stored without an extension the one its type calls for', async () => {
    const evidence = await addFile('pasted screenshot', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const { dispatch, opened } = desk();
    expect(await dispatch('host.openEvidenceFile', { evidenceId: evidence.id })).toMatchObject({ ok: true });
    expect(path.basename(opened[0]!)).toBe('pasted screenshot.png');
  });

  it('refuses a program, and neither copies nor opens it', async () => {
    const evidence = await addFile('invoice.pdf.exe', Buffer.from('MZ\x90\x00 not really a program'));
    const { dispatch, opened } = desk();
    const result = await dispatch('host.openEvidenceFile', { evidenceId: evidence.id });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'For safety, invoice.pdf.exe is not opened directly: it could run a program or reach the network. Save it and inspect it first.',
      },
    });
    expect(opened).toEqual([]);
    const written = fs.readdirSync(temp.file('tmp'), { recursive: true }).map(String);
    expect(written.filter((name) => name.includes('invoice'))).toEqual([]);
  });

  it('opens saved web pages, SVG and XML as their text, never in a browser', async () => {
    const page = Buffer.from('<html><script>fetch("https://tracker.example")</script><p>Leaked memo</p></html>');
    for (const [name, type] of [
      ['memo.html', 'text/html'],
      ['chart.svg', 'image/svg+xml'],
      ['archive.mht', 'multipart/related'],
      ['feed', 'application/rss+xml'],
    ] as const) {
      const evidence = await addFile(name, page, type);
      const { dispatch, opened } = desk();
      expect(await dispatch('host.openEvidenceFile', { evidenceId: evidence.id })).toMatchObject({ ok: true });
      expect(path.basename(opened[0]!).endsWith('.txt')).toBe(true);
      expect(fs.readFileSync(opened[0]!)).toEqual(page);
    }
  });

  it('refuses OneNote pages, web queries, SYLK sheets and pinned-site files', async () => {
    for (const name of ['notes.one', 'prices.iqy', 'sheet.slk', 'portal.website']) {
      const evidence = await addFile(name, Buffer.from('data'));
      const result = await desk().dispatch('host.openEvidenceFile', { evidenceId: evidence.id });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('passes on the service’s answer for evidence that is not a file', async () => {
    const dispatch = createDispatch(createService(workbench));
    const link = await value<Evidence>(dispatch, 'evidence.addUrl', { claimId, url: 'https://tass.com/politics/1' });
    const result = await desk().dispatch('host.openEvidenceFile', { evidenceId: link.id });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'This evidence is not a file.' } });
  });

  it('says so when the system has nothing to open the file with', async () => {
    const evidence = await addFile('recording.ogg', Buffer.from('OggS\x00\x02 audio'), 'audio/ogg');
    const result = await desk({ openFails: 'No application is associated with the specified file.' }).dispatch('host.openEvidenceFile', {
      evidenceId: evidence.id,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message: 'The system could not open recording.ogg: No application is associated with the specified file.',
      },
    });
  });
});
