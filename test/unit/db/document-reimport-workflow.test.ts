import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { Suggestion } from '../../../core/detection/index.js';
import type { Claim, DocumentDetail, ImportOutcome, SearchHit } from '../../../core/domain.js';
import { SEED_SOURCES } from '../../../core/sources/seed-registry.js';
import { GRAIN_ARTICLE, IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const AFP = SEED_SOURCES.find((source) => source.name === 'AFP')!.id;

// The corrected article: a note added under the headline, the Fars paragraph taken out, and a
// word changed in the last sentence.
const EDITED = IDLIB_ARTICLE.replace(
  'Militants refuse to hand over weapons in Idlib\n\n',
  'Militants refuse to hand over weapons in Idlib\n\nThis article was updated on Tuesday with reaction from Ankara.\n\n',
)
  .replace(/\n\nThe US military evacuated[^\n]*/, '')
  .replace('observation posts', 'observation post');

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let h: ServiceHarness;
let documentId: string;
let text: string;

beforeEach(async () => {
  h = openServiceHarness();
  const outcome = await h.call<ImportOutcome>('documents.importFile', { name: 'idlib.txt', dataBase64: base64(IDLIB_ARTICLE) });
  if (outcome.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  text = (await h.call<DocumentDetail>('documents.get', { id: documentId })).text;
});

afterEach(() => h.close());

const create = (words: string, hops: unknown[] = []) => h.call<Claim>('claims.create', { documentId, ...spanOf(text, words), hops });

const reimport = (body: string, id = documentId) =>
  h.call<{ document: DocumentDetail; reanchored: number; orphaned: number }>('documents.reimport', {
    id,
    name: 'idlib-corrected.txt',
    dataBase64: base64(body),
  });

describe('documents.reimport', () => {
  it('moves claims to where their words are now and orphans the claim of a deleted sentence', async () => {
    const rejected = await create('The National Liberation Front rejected the demilitarised zone agreement', [
      { sourceId: AFP, kind: 'paraphrase', cue: spanOf(text, 'quoted') },
    ]);
    const evacuated = await create('The US military evacuated several ISIL commanders');
    const posts = await create('Turkey will keep its twelve observation posts');
    const binned = await create('AFP quoted NLF spokesman Naji Mustafa');
    await h.call('claims.delete', { id: binned.id });
    await h.call('documents.update', { id: documentId, patch: { title: 'NLF rejects the Idlib zone', outlet: 'Alwaght' } });
    h.events.length = 0;

    const result = await reimport(EDITED);
    expect(result).toMatchObject({ reanchored: 2, orphaned: 1 });
    expect(result.document.text).toBe(EDITED);
    expect(result.document).toMatchObject({ title: 'NLF rejects the Idlib zone', outlet: 'Alwaght', sourceFile: 'idlib-corrected.txt' });

    const claims = new Map((await h.call<Claim[]>('claims.list', { documentId })).map((claim) => [claim.id, claim]));
    const moved = claims.get(rejected.id)!;
    expect(moved.start).toBe(EDITED.indexOf('The National Liberation Front'));
    expect(EDITED.slice(moved.start!, moved.end!)).toBe(rejected.quote);
    expect(moved.hops[0]!.cue).toEqual({ ...spanOf(EDITED, 'quoted'), text: 'quoted' });
    expect(claims.get(posts.id)).toMatchObject({ orphaned: false, quote: 'Turkey will keep its twelve observation post' });
    expect(claims.get(evacuated.id)).toMatchObject({
      orphaned: true,
      start: null,
      end: null,
      quote: evacuated.quote,
      prefix: evacuated.prefix,
    });
    // The deleted claim moved too, so restoring it puts it in the right place.
    const restored = await h.call<Claim>('claims.restore', { id: binned.id });
    expect(EDITED.slice(restored.start!, restored.end!)).toBe('AFP quoted NLF spokesman Naji Mustafa');

    const orphanRow = claimHistory(h.workbench, evacuated.id).find((row) => row.action === 'reanchor');
    expect(JSON.parse(orphanRow!.newValue!)).toMatchObject({ orphaned: true });
    const documentRow = h.workbench.db
      .prepare(`SELECT old_value AS oldValue FROM history WHERE entity_id = ? AND action = 'reimport'`)
      .get(documentId) as { oldValue: string };
    expect(documentRow.oldValue).toBe(text);
    expect(h.events).toEqual(
      expect.arrayContaining([
        { type: 'documents.changed', ids: [documentId] },
        expect.objectContaining({ type: 'claims.changed', documentId }),
      ]),
    );
    const hits = await h.call<SearchHit[]>('documents.search', { query: 'Ankara' });
    expect(hits.map((hit) => hit.documentId)).toEqual([documentId]);
  });

  it('finds an orphan again when its words come back', async () => {
    const evacuated = await create('The US military evacuated several ISIL commanders');
    await reimport(EDITED);
    const back = await reimport(IDLIB_ARTICLE);
    expect(back).toMatchObject({ reanchored: 1, orphaned: 0 });
    expect(await h.call<Claim>('claims.get', { id: evacuated.id })).toMatchObject({ orphaned: false, start: evacuated.start });
  });

  it('changes nothing when the file has the same text', async () => {
    await create('The National Liberation Front rejected');
    await h.call('documents.update', { id: documentId, patch: { commentsStart: text.indexOf('Turkey') } });
    const historyBefore = h.workbench.db.prepare('SELECT count(*) AS n FROM history').get();
    const result = await reimport(IDLIB_ARTICLE);
    expect(result).toMatchObject({ reanchored: 1, orphaned: 0 });
    expect(result.document.commentsStart).toBe(text.indexOf('Turkey'));
    expect(h.workbench.db.prepare('SELECT count(*) AS n FROM history').get()).toEqual(historyBefore);
  });

  it('makes suggestions from the old text stale', async () => {
    const suggestions = await h.call<Suggestion[]>('detection.suggest', { documentId });
    await reimport(EDITED);
    const error = await h.failure('detection.accept', { documentId, suggestions });
    expect(error.code).toBe('conflict');
  });

  it('refuses unknown documents, unreadable files and text another document already has', async () => {
    const other = await h.importText(GRAIN_ARTICLE);
    const otherText = (await h.call<DocumentDetail>('documents.get', { id: other })).text;
    const clash = await h.failure('documents.reimport', { id: documentId, name: 'grain.txt', dataBase64: base64(otherText) });
    expect(clash).toMatchObject({ code: 'conflict', message: expect.stringContaining('Grain corridor talks') });
    expect(
      (await h.failure('documents.reimport', { id: '00000000-0000-4000-8000-000000000000', name: 'a.txt', dataBase64: base64(EDITED) }))
        .code,
    ).toBe('not_found');
    expect((await h.failure('documents.reimport', { id: documentId, name: 'empty.txt', dataBase64: '' })).code).toBe('invalid_arguments');
    expect((await h.call<DocumentDetail>('documents.get', { id: documentId })).text).toBe(text);
  });
});
