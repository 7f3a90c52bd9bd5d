import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { Bundle, MergeSummary } from '../../../core/bundle/format.js';
import type { Suggestion } from '../../../core/detection/index.js';
import type { DocumentDetail, ImportOutcome } from '../../../core/domain.js';
import { openServiceHarness, type ServiceHarness } from './support/service-harness.js';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../../fixtures/article-start/${name}`, import.meta.url)), 'utf8');
// A saved page: a glossary box and menus (one definition credits Fars), then the dated article.
const PAGE = fixture('levant-glossary-page.txt');
const MENUS_PAGE = fixture('northern-ledger-menus.txt');
const PLAIN = `Grain talks resume in Istanbul

October 01, 2020

Reuters reported that negotiators met again on Tuesday to discuss the Black Sea corridor.

Ukraine's farmers fear another suspension, a trader told AFP.`;

let h: ServiceHarness;
beforeEach(() => {
  h = openServiceHarness('Desk');
});
afterEach(() => h.close());

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function importPage(name: string, text: string): Promise<DocumentDetail> {
  const outcome = await h.call<ImportOutcome>('documents.importFile', { name, dataBase64: base64(text) });
  if (outcome.status !== 'imported') throw new Error(JSON.stringify(outcome));
  return h.call<DocumentDetail>('documents.get', { id: outcome.document.id });
}

function documentHistory(id: string) {
  return h.workbench.db
    .prepare(
      `SELECT action, field, old_value AS oldValue, new_value AS newValue FROM history
       WHERE entity = 'document' AND entity_id = ? AND action = 'update' ORDER BY at, rowid`,
    )
    .all(id);
}

describe('where the article starts, in the workbench', () => {
  it('is set on import for a saved page with navigation first, and null for an article', async () => {
    const page = await importPage('levant.txt', PAGE);
    expect(page.articleStart).not.toBeNull();
    expect(page.text.slice(page.articleStart!)).toMatch(/^Wednesday 17 October 2018\nGovernment Forces Reopen/);
    expect(page.title).toBe('Government Forces Reopen Damascus-Amman Highway After Six Years');
    const plain = await importPage('grain.txt', PLAIN);
    expect(plain.articleStart).toBeNull();
  });

  it('is reported by the import outcome beside the comment boundary', async () => {
    const outcome = await h.call<ImportOutcome>('documents.importText', { text: MENUS_PAGE });
    expect(outcome.status).toBe('imported');
    if (outcome.status !== 'imported') return;
    expect(outcome.document.articleStart).toBe(MENUS_PAGE.indexOf('Kremlin says no date set'));
  });

  it('can be moved and cleared by the reviewer, each change in the history', async () => {
    const page = await importPage('levant.txt', PAGE);
    const detected = page.articleStart!;
    const moved = page.text.indexOf('Levant Monitor- The highway');
    const afterMove = await h.call<DocumentDetail>('documents.update', { id: page.id, patch: { articleStart: moved } });
    expect(afterMove.articleStart).toBe(moved);
    const cleared = await h.call<DocumentDetail>('documents.update', { id: page.id, patch: { articleStart: null } });
    expect(cleared.articleStart).toBeNull();
    expect((await h.call<DocumentDetail>('documents.get', { id: page.id })).articleStart).toBeNull();
    expect(documentHistory(page.id)).toEqual([
      { action: 'update', field: 'articleStart', oldValue: String(detected), newValue: String(moved) },
      { action: 'update', field: 'articleStart', oldValue: String(moved), newValue: null },
    ]);
    expect(h.events.some((event) => event.type === 'documents.changed')).toBe(true);
  });

  it('must lie within the text and before the reader comments', async () => {
    const page = await importPage('levant.txt', PAGE);
    const body = page.text.indexOf('The United Nations said');
    await h.call('documents.update', { id: page.id, patch: { commentsStart: body } });

    const beyond = await h.failure('documents.update', { id: page.id, patch: { articleStart: page.text.length + 1 } });
    expect(beyond.code).toBe('invalid_arguments');
    const afterComments = await h.failure('documents.update', { id: page.id, patch: { articleStart: body + 5 } });
    expect(afterComments).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/before the reader comments/) });
    // Moving the comments above the article is refused the same way.
    const commentsFirst = await h.failure('documents.update', { id: page.id, patch: { commentsStart: 10 } });
    expect(commentsFirst.code).toBe('invalid_arguments');
    // Both moved together in one consistent patch is fine.
    const both = await h.call<DocumentDetail>('documents.update', { id: page.id, patch: { articleStart: 0, commentsStart: 10 } });
    expect(both).toMatchObject({ articleStart: 0, commentsStart: 10 });
  });

  it('keeps suggestions out of the page furniture, with or without reader comments', async () => {
    const page = await importPage('levant.txt', PAGE);
    for (const includeComments of [false, true]) {
      const suggestions = await h.call<Suggestion[]>('detection.suggest', { documentId: page.id, includeComments });
      expect(suggestions.length).toBeGreaterThan(0);
      expect(suggestions.map((s) => s.source)).not.toContain('Fars');
      expect(suggestions.every((s) => s.claim.start >= page.articleStart!)).toBe(true);
    }
    // Shown whole, the glossary's attribution is proposed like any other.
    await h.call('documents.update', { id: page.id, patch: { articleStart: null } });
    const whole = await h.call<Suggestion[]>('detection.suggest', { documentId: page.id, includeComments: false });
    expect(whole.map((s) => s.source)).toContain('Fars');
  });

  it('is taken from the new version on re-import', async () => {
    const plain = await importPage('grain.txt', PLAIN);
    const result = await h.call<{ document: DocumentDetail }>('documents.reimport', {
      id: plain.id,
      name: 'grain.txt',
      dataBase64: base64(PAGE),
    });
    expect(result.document.text.slice(result.document.articleStart!)).toMatch(/^Wednesday 17 October 2018/);
  });
});

describe('the article start in bundles', () => {
  async function exportBundle(harness: ServiceHarness): Promise<Bundle> {
    const file = await harness.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' });
    return JSON.parse(file.content) as Bundle;
  }

  it('travels with the document to another workbench', async () => {
    const page = await importPage('levant.txt', PAGE);
    const moved = page.text.indexOf('Levant Monitor- The highway');
    await h.call('documents.update', { id: page.id, patch: { articleStart: moved } });
    const bundle = await exportBundle(h);
    expect(bundle.documents[0]!.articleStart).toBe(moved);

    const other = openServiceHarness('Other');
    try {
      await other.call<MergeSummary>('bundles.import', { json: JSON.stringify(bundle) });
      expect((await other.call<DocumentDetail>('documents.get', { id: page.id })).articleStart).toBe(moved);
    } finally {
      other.close();
    }
  });

  it('reads as null from a bundle written without it, and an updated copy takes it', async () => {
    const page = await importPage('levant.txt', PAGE);
    const bundle = await exportBundle(h);
    const { articleStart: _dropped, ...older } = bundle.documents[0]!;

    const other = openServiceHarness('Other');
    try {
      await other.call('bundles.import', { json: JSON.stringify({ ...bundle, documents: [older] }) });
      expect((await other.call<DocumentDetail>('documents.get', { id: page.id })).articleStart).toBeNull();
      // A later edit on the first desk carries the start over to the copy.
      await h.call('documents.update', { id: page.id, patch: { title: 'Damascus-Amman highway reopens' } });
      await other.call('bundles.import', { json: JSON.stringify(await exportBundle(h)) });
      expect((await other.call<DocumentDetail>('documents.get', { id: page.id })).articleStart).toBe(page.articleStart);
    } finally {
      other.close();
    }
  });

  it('refuses a bundle whose article start lies beyond its text', async () => {
    await importPage('levant.txt', PAGE);
    const bundle = await exportBundle(h);
    const broken = { ...bundle, documents: [{ ...bundle.documents[0]!, articleStart: bundle.documents[0]!.text.length + 1 }] };
    const other = openServiceHarness('Other');
    try {
      const failure = await other.failure('bundles.import', { json: JSON.stringify(broken) });
      expect(failure.message).toMatch(/article start/);
      expect((await other.call<{ total: number }>('documents.list', {})).total).toBe(0);
    } finally {
      other.close();
    }
  });
});
