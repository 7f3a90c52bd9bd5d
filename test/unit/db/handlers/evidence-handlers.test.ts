import { createHash } from 'node:crypto';

import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createDispatch } from '../../../../core/api/dispatch.js';
import type { EvidenceFileContent } from '../../../../core/api/evidence.js';
import type { ApiResult } from '../../../../core/api/result.js';
import type { Claim, DocumentDetail, Evidence, ImportOutcome } from '../../../../core/domain.js';
import { localCalendarDate } from '../../../../core/review/calendar-date.js';
import { MAX_EVIDENCE_BASE64_CHARS } from '../../../../core/review/evidence-file.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { GRAIN_ARTICLE, IDLIB_ARTICLE, spanOf } from '../support/articles.js';

// These tests close the workbench file and open it again, so they drive their own file rather
// than the shared harness.

const temp = makeTempDir();
let file: string;
let workbench: Workbench;
let dispatch: ReturnType<typeof createDispatch>;
let events: unknown[];

function open(): void {
  workbench = openWorkbench(file, { create: true });
  events = [];
  dispatch = createDispatch(createService(workbench, { emit: (event) => events.push(event) }));
}

function reopen(): void {
  workbench.close();
  open();
}

async function call<T>(method: string, args: unknown = {}): Promise<T> {
  const result = (await dispatch(method, args)) as ApiResult<T>;
  if (!result.ok) throw new Error(`${method} failed (${result.error.code}): ${result.error.message}`);
  return result.value;
}

async function failure(method: string, args: unknown) {
  const result = await dispatch(method, args);
  if (result.ok) throw new Error(`${method} succeeded but was expected to fail`);
  return result.error;
}

async function importText(text: string): Promise<string> {
  const outcome = await call<ImportOutcome>('documents.importText', { text });
  if (outcome.status !== 'imported') throw new Error('import failed');
  return outcome.document.id;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const NLF_CLAIM = 'The National Liberation Front rejected the demilitarised zone agreement on Monday';

// A small but real PNG: signature, IHDR, IDAT and IEND chunks of a 1×1 pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
// Bytes of every value, so any corruption on the way in or out changes the hash.
const BINARY = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 131 + (i >> 8)) % 256));

let documentId: string;
let otherId: string;
let claim: Claim;
let otherText: string;

beforeEach(async () => {
  file = temp.file(`evidence-${Math.random().toString(36).slice(2)}.claimtrace`);
  open();
  documentId = await importText(IDLIB_ARTICLE);
  otherId = await importText(GRAIN_ARTICLE);
  const text = (await call<DocumentDetail>('documents.get', { id: documentId })).text;
  otherText = (await call<DocumentDetail>('documents.get', { id: otherId })).text;
  claim = await call<Claim>('claims.create', { documentId, ...spanOf(text, NLF_CLAIM) });
  events.length = 0;
});

afterEach(() => workbench.close());
afterAll(() => temp.remove());

describe('link evidence', () => {
  it('records the address, title, access date, note and stance, and survives reopening the file', async () => {
    const link = await call<Evidence>('evidence.addUrl', {
      claimId: claim.id,
      url: 'https://www.aljazeera.com/news/2018/10/8/idlib-rebels',
      title: 'Idlib rebels reject deal',
      accessedAt: '2018-10-09',
      note: 'Quotes the same spokesman.',
      stance: 'supporting',
    });
    expect(link).toMatchObject({
      kind: 'url',
      claimId: claim.id,
      url: 'https://www.aljazeera.com/news/2018/10/8/idlib-rebels',
      title: 'Idlib rebels reject deal',
      accessedAt: '2018-10-09',
      note: 'Quotes the same spokesman.',
      stance: 'supporting',
      passage: null,
      file: null,
    });
    expect(events).toContainEqual({ type: 'claims.changed', documentId, ids: [claim.id] });
    reopen();
    expect(await call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([link]);
  });

  it('dates the access today and files it as context unless told otherwise', async () => {
    const link = await call<Evidence>('evidence.addUrl', { claimId: claim.id, url: 'http://example.org/x' });
    expect(link).toMatchObject({ accessedAt: localCalendarDate(new Date()), stance: 'context', title: '', note: '' });
  });

  it('refuses addresses that are not http(s) and dates that do not exist', async () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ftp://example.org/a', 'example.org']) {
      expect((await failure('evidence.addUrl', { claimId: claim.id, url })).code).toBe('invalid_arguments');
    }
    const date = await failure('evidence.addUrl', { claimId: claim.id, url: 'https://example.org', accessedAt: '2018-02-30' });
    expect(date).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/accessedAt: must be a real date/) });
    expect(await call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([]);
  });
});

describe('passage evidence', () => {
  it('anchors a span of another document so the reader can open it there', async () => {
    const span = spanOf(otherText, 'Negotiators met again on Tuesday');
    const passage = await call<Evidence>('evidence.addPassage', { claimId: claim.id, documentId: otherId, ...span, stance: 'refuting' });
    expect(passage.passage).toEqual({
      documentId: otherId,
      documentTitle: 'Grain corridor talks resume in Istanbul',
      quote: 'Negotiators met again on Tuesday',
      ...span,
    });
    const stored = workbench.db.prepare('SELECT prefix, suffix FROM evidence WHERE id = ?').get(passage.id);
    expect(stored).toEqual({
      prefix: otherText.slice(Math.max(0, span.start - 32), span.start),
      suffix: otherText.slice(span.end, span.end + 32),
    });
    reopen();
    expect(await call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([passage]);
  });

  it('may quote the claim’s own document', async () => {
    const text = (await call<DocumentDetail>('documents.get', { id: documentId })).text;
    const passage = await call<Evidence>('evidence.addPassage', {
      claimId: claim.id,
      documentId,
      ...spanOf(text, 'AFP quoted NLF spokesman Naji Mustafa'),
    });
    expect(passage.passage?.quote).toBe('AFP quoted NLF spokesman Naji Mustafa');
  });

  it('refuses spans outside the text and documents that are not there', async () => {
    const outside = await failure('evidence.addPassage', { claimId: claim.id, documentId: otherId, start: 5, end: otherText.length + 10 });
    expect(outside).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/outside the document text/) });
    const empty = await failure('evidence.addPassage', { claimId: claim.id, documentId: otherId, start: 5, end: 5 });
    expect(empty.code).toBe('invalid_arguments');
    await call('documents.delete', { id: otherId });
    const binned = await failure('evidence.addPassage', { claimId: claim.id, documentId: otherId, start: 0, end: 5 });
    expect(binned.code).toBe('not_found');
    expect(await call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([]);
  });
});

describe('file evidence', () => {
  it('keeps the file inside the workbench, byte for byte, after reopening', async () => {
    const added = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'C:\\Users\\leila\\Downloads\\satellite.png',
      dataBase64: PNG.toString('base64'),
      note: 'Maxar image, 9 October',
      stance: 'refuting',
    });
    expect(added).toMatchObject({ kind: 'file', title: 'satellite.png', stance: 'refuting' });
    expect(added.file).toMatchObject({ name: 'satellite.png', mediaType: 'image/png', size: PNG.length, sha256: sha256(PNG) });
    const binary = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'capture.bin',
      dataBase64: BINARY.toString('base64'),
    });
    expect(binary.file?.mediaType).toBe('application/octet-stream');

    reopen();
    for (const [evidence, bytes, type] of [
      [added, PNG, 'image/png'],
      [binary, BINARY, 'application/octet-stream'],
    ] as const) {
      const content = await call<EvidenceFileContent>('evidence.file', { id: evidence.id });
      const back = Buffer.from(content.dataBase64, 'base64');
      expect(sha256(back)).toBe(sha256(bytes));
      expect(content).toMatchObject({ mediaType: type, size: bytes.length, sha256: sha256(bytes) });
    }
  });

  it('takes the sender’s word for a text format, but not for bytes that say otherwise', async () => {
    const csv = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'casualties.csv',
      mediaType: 'text/csv',
      dataBase64: Buffer.from('date,killed\n2018-10-08,3\n').toString('base64'),
    });
    expect(csv.file?.mediaType).toBe('text/csv');
    const disguised = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'photo.pdf',
      mediaType: 'application/pdf',
      dataBase64: PNG.toString('base64'),
    });
    expect(disguised.file?.mediaType).toBe('image/png');
  });

  it('stores identical content once, however often it is attached', async () => {
    const first = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'statement.pdf',
      dataBase64: Buffer.from('%PDF-1.4\n1 0 obj\n').toString('base64'),
    });
    const again = await call<Evidence>('evidence.addFile', {
      claimId: claim.id,
      name: 'copy of statement.pdf',
      dataBase64: Buffer.from('%PDF-1.4\n1 0 obj\n').toString('base64'),
    });
    expect(again.file?.id).toBe(first.file?.id);
    expect(again.title).toBe('copy of statement.pdf');
    expect(first.file?.mediaType).toBe('application/pdf');
    expect(workbench.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 1 });
    // Removing one piece of evidence leaves the other's file readable.
    await call('evidence.delete', { id: first.id });
    const content = await call<EvidenceFileContent>('evidence.file', { id: again.id });
    expect(Buffer.from(content.dataBase64, 'base64').toString()).toBe('%PDF-1.4\n1 0 obj\n');
  });

  it('refuses a file over the limit before reading it, saving nothing', async () => {
    const huge = 'A'.repeat(MAX_EVIDENCE_BASE64_CHARS + 4);
    const error = await failure('evidence.addFile', { claimId: claim.id, name: 'video.mp4', dataBase64: huge });
    expect(error).toEqual({ code: 'too_large', message: 'The file is about 50 MB; evidence files can be at most 50 MB.' });
    expect(workbench.db.prepare('SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM evidence) AS n').get()).toEqual({ n: 0 });
  });

  it('refuses empty files and data that is not base64', async () => {
    const empty = await failure('evidence.addFile', { claimId: claim.id, name: 'empty.txt', dataBase64: '' });
    expect(empty).toEqual({ code: 'invalid_arguments', message: 'The file is empty; there is nothing to keep as evidence.' });
    const garbled = await failure('evidence.addFile', { claimId: claim.id, name: 'scan.pdf', dataBase64: 'JVBERi0x%%%' });
    expect(garbled).toEqual({ code: 'invalid_arguments', message: 'The file could not be read: its data is not valid base64.' });
    expect(workbench.db.prepare('SELECT count(*) AS n FROM files').get()).toEqual({ n: 0 });
  });

  it('answers evidence.file only for files', async () => {
    const link = await call<Evidence>('evidence.addUrl', { claimId: claim.id, url: 'https://example.org' });
    expect(await failure('evidence.file', { id: link.id })).toEqual({ code: 'not_found', message: 'This evidence is not a file.' });
  });
});

describe('evidence.update and evidence.delete', () => {
  it('edits the fields given and records each change', async () => {
    const link = await call<Evidence>('evidence.addUrl', { claimId: claim.id, url: 'https://example.org/a', accessedAt: '2018-10-09' });
    const edited = await call<Evidence>('evidence.update', {
      id: link.id,
      patch: { title: 'Ministry statement', note: 'Archived copy', stance: 'refuting', url: 'https://example.org/b', accessedAt: null },
    });
    expect(edited).toMatchObject({
      title: 'Ministry statement',
      note: 'Archived copy',
      stance: 'refuting',
      url: 'https://example.org/b',
      accessedAt: null,
    });
    const fields = workbench.db
      .prepare(`SELECT field FROM history WHERE entity = 'evidence' AND action = 'update' ORDER BY rowid`)
      .all()
      .map((row) => (row as { field: string }).field);
    expect(fields).toEqual(['title', 'note', 'stance', 'url', 'accessedAt']);
  });

  it('refuses giving an address to evidence that is not a link', async () => {
    const passage = await call<Evidence>('evidence.addPassage', { claimId: claim.id, documentId: otherId, start: 0, end: 10 });
    const error = await failure('evidence.update', { id: passage.id, patch: { url: 'https://example.org', note: 'x' } });
    expect(error.code).toBe('invalid_arguments');
    expect((await call<Evidence[]>('evidence.list', { claimId: claim.id }))[0]!.note).toBe('');
  });

  it('removes evidence, keeping the whole record in the history', async () => {
    const link = await call<Evidence>('evidence.addUrl', { claimId: claim.id, url: 'https://example.org/a', note: 'keep me' });
    await call('evidence.delete', { id: link.id });
    expect(await call<Evidence[]>('evidence.list', { claimId: claim.id })).toEqual([]);
    const row = workbench.db
      .prepare(`SELECT old_value AS oldValue FROM history WHERE entity_id = ? AND action = 'delete'`)
      .get(link.id) as {
      oldValue: string;
    };
    expect(JSON.parse(row.oldValue)).toMatchObject({ url: 'https://example.org/a', note: 'keep me', claimId: claim.id });
    expect((await failure('evidence.delete', { id: link.id })).code).toBe('not_found');
  });

  it('refuses evidence for claims that are not there', async () => {
    await call('claims.delete', { id: claim.id });
    expect((await failure('evidence.addUrl', { claimId: claim.id, url: 'https://example.org' })).code).toBe('not_found');
    expect((await failure('evidence.list', { claimId: claim.id })).code).toBe('not_found');
  });
});
