import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDispatch } from '../../../../core/api/dispatch.js';
import type { AppEvent } from '../../../../core/api/index.js';
import { type ImportOutcome, SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../../core/domain.js';
import { createService } from '../../../../db/service.js';
import { openWorkbench, type Workbench } from '../../../../db/workbench.js';
import { GRAIN_TALKS, IDLIB_ZONE } from '../../../support/short-articles.js';
import { makeTempDir } from '../../../support/temp-dir.js';

const temp = makeTempDir();
let workbench: Workbench;
let call: (method: string, args?: unknown) => Promise<any>;
const events: AppEvent[] = [];

const ERDOGAN = IDLIB_ZONE;
const GRAIN = GRAIN_TALKS;

function toBase64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

async function importText(name: string, text: string): Promise<ImportOutcome> {
  return call('documents.importFile', { name, dataBase64: toBase64(text) });
}

beforeAll(() => {
  workbench = openWorkbench(temp.file('docs.claimtrace'), { create: true });
  const dispatch = createDispatch(createService(workbench, { emit: (e) => events.push(e) }));
  call = async (method, args = {}) => {
    const result = await dispatch(method, args);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value;
  };
});

afterAll(() => {
  workbench.close();
  temp.remove();
});

describe('documents through the API', () => {
  let erdoganId: string;
  let grainId: string;

  it('imports files and announces the change', async () => {
    const first = await importText('erdogan.txt', ERDOGAN);
    const second = await importText('grain.md', GRAIN);
    expect(first.status).toBe('imported');
    expect(second.status).toBe('imported');
    if (first.status !== 'imported' || second.status !== 'imported') return;
    erdoganId = first.document.id;
    grainId = second.document.id;
    expect(first.document.publishedAt).toBe('2018-09-17');
    expect(second.document.publishedAt).toBe('2020-10-01');
    expect(events.filter((e) => e.type === 'documents.changed')).toHaveLength(2);
  });

  it('recognises the same article pasted again as a duplicate', async () => {
    const again = await call('documents.importText', { text: `  ${ERDOGAN.replace(/\n/g, '\r\n')}  ` });
    expect(again).toMatchObject({ status: 'duplicate', existingId: erdoganId });
  });

  it('reports an unreadable file as a failed outcome, not an error', async () => {
    const outcome = await call('documents.importFile', { name: 'scan.pdf', dataBase64: toBase64('%PDF-1.7 truncated') });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toContain('scan.pdf');
    const list = await call('documents.list');
    expect(list.total).toBe(2);
  });

  it('finds text regardless of diacritics, with a marked snippet and the match offset', async () => {
    const hits = await call('documents.search', { query: 'erdogan sochi' });
    expect(hits).toHaveLength(1);
    expect(hits[0].documentId).toBe(erdoganId);
    expect(hits[0].snippet).toContain(`${SNIPPET_MARK_START}Sochi${SNIPPET_MARK_END}`);
    const doc = await call('documents.get', { id: erdoganId });
    expect(doc.text.slice(hits[0].matchStart, hits[0].matchEnd)).toBe('Erdoğan');
  });

  it('treats search operators as plain words', async () => {
    await expect(call('documents.search', { query: 'NEAR( "unbalanced' })).resolves.toEqual([]);
    await expect(call('documents.search', { query: '   ' })).rejects.toMatchObject({ code: 'invalid_arguments' });
  });

  it('filters by outlet, date and progress and sorts', async () => {
    const byDate = await call('documents.list', { sort: 'publishedAt', descending: false });
    expect(byDate.items.map((d: { id: string }) => d.id)).toEqual([erdoganId, grainId]);
    const recent = await call('documents.list', { publishedFrom: '2019-01-01' });
    expect(recent.items.map((d: { id: string }) => d.id)).toEqual([grainId]);
    const noClaims = await call('documents.list', { progress: 'no_claims' });
    expect(noClaims.total).toBe(2);
    expect((await call('documents.list', { progress: 'done' })).total).toBe(0);
    await expect(call('documents.list', { publishedFrom: '17/09/2018' })).rejects.toMatchObject({ code: 'invalid_arguments' });
  });

  it('saves corrected metadata and moves the comment boundary, recording history', async () => {
    const updated = await call('documents.update', {
      id: grainId,
      patch: { outlet: 'Reuters', author: 'Jane Doe', commentsStart: 40, direction: 'ltr' },
    });
    expect(updated).toMatchObject({ outlet: 'Reuters', author: 'Jane Doe', commentsStart: 40 });
    const outlets = await call('documents.outlets');
    expect(outlets).toContainEqual({ outlet: 'Reuters', count: 1 });
    const history = workbench.db
      .prepare("SELECT field, new_value AS newValue FROM history WHERE entity = 'document' AND entity_id = ? AND action = 'update'")
      .all(grainId);
    expect(history).toEqual(
      expect.arrayContaining([
        { field: 'outlet', newValue: 'Reuters' },
        { field: 'commentsStart', newValue: '40' },
      ]),
    );
  });

  it('refuses a comment boundary beyond the text and bad metadata', async () => {
    await expect(call('documents.update', { id: grainId, patch: { commentsStart: 10_000_000 } })).rejects.toMatchObject({
      code: 'invalid_arguments',
    });
    await expect(call('documents.update', { id: grainId, patch: { url: 'javascript:alert(1)' } })).rejects.toMatchObject({
      code: 'invalid_arguments',
    });
    await expect(call('documents.update', { id: grainId, patch: { title: '  ' } })).rejects.toMatchObject({
      code: 'invalid_arguments',
    });
    const unchanged = await call('documents.get', { id: grainId });
    expect(unchanged.commentsStart).toBe(40);
  });

  it('deletes to the bin and restores', async () => {
    await call('documents.delete', { id: erdoganId });
    expect((await call('documents.list')).total).toBe(1);
    expect(await call('documents.search', { query: 'Sochi' })).toEqual([]);
    await expect(call('documents.get', { id: erdoganId })).rejects.toMatchObject({ code: 'not_found' });
    const restored = await call('documents.restore', { id: erdoganId });
    expect(restored.id).toBe(erdoganId);
    expect((await call('documents.list')).total).toBe(2);
  });

  it('brings back a deleted document when it is imported again', async () => {
    await call('documents.delete', { id: grainId });
    const outcome = await importText('grain-again.md', GRAIN);
    expect(outcome).toMatchObject({ status: 'imported', document: { id: grainId } });
  });

  it('answers not_found for an unknown document', async () => {
    await expect(call('documents.get', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
