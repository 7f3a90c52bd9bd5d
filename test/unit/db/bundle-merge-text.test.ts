import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ExportFile } from '../../../core/api/exports.js';
import type { MergeSummary } from '../../../core/bundle/format.js';
import type { Claim, DocumentDetail, ImportOutcome } from '../../../core/domain.js';
import { IDLIB_ARTICLE, spanOf } from './support/articles.js';
import { claimHistory, openServiceHarness, type ServiceHarness } from './support/service-harness.js';

// B replaces an article with a corrected version of its file while A keeps marking claims in the
// old text. When B's work is merged into A, A takes the newer text and A's own claims move to
// where their words now are, as a re-import in A would have moved them.

const CORRECTED = IDLIB_ARTICLE.replace(
  'Militants refuse to hand over weapons in Idlib\n\n',
  'Militants refuse to hand over weapons in Idlib\n\nThis article was updated on Tuesday with reaction from Ankara.\n\n',
);
const TURKEY = 'Turkey will keep its twelve observation posts';
const NLF = 'The National Liberation Front rejected the demilitarised zone agreement';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

let a: ServiceHarness;
let b: ServiceHarness;
let documentId: string;
let claimInA: Claim;
let claimInB: Claim;
let summary: MergeSummary;

const exportJson = async (h: ServiceHarness) =>
  (await h.call<ExportFile>('exports.render', { scope: { kind: 'workbench' }, format: 'json' })).content;

beforeAll(async () => {
  a = openServiceHarness('Desk');
  const outcome = await a.call<ImportOutcome>('documents.importFile', { name: 'idlib.txt', dataBase64: base64(IDLIB_ARTICLE) });
  if (outcome.status !== 'imported') throw new Error('import failed');
  documentId = outcome.document.id;
  b = openServiceHarness('Desk');
  await b.call('bundles.import', { json: await exportJson(a) });

  await b.call('documents.reimport', { id: documentId, name: 'idlib-corrected.txt', dataBase64: base64(CORRECTED) });
  const newText = (await b.call<DocumentDetail>('documents.get', { id: documentId })).text;
  claimInB = await b.call<Claim>('claims.create', { documentId, ...spanOf(newText, NLF) });
  await tick();
  const oldText = (await a.call<DocumentDetail>('documents.get', { id: documentId })).text;
  claimInA = await a.call<Claim>('claims.create', { documentId, ...spanOf(oldText, TURKEY) });

  summary = await a.call<MergeSummary>('bundles.import', { json: await exportJson(b) });
});
afterAll(() => {
  a.close();
  b.close();
});

describe('merging a newer text of a document', () => {
  it('takes the newer text and moves the workbench’s own claims with it', async () => {
    const document = await a.call<DocumentDetail>('documents.get', { id: documentId });
    expect(document.text).toBe(CORRECTED);
    expect(document.sourceFile).toBe('idlib-corrected.txt');
    expect(summary.updated.documents).toBe(1);

    const moved = await a.call<Claim>('claims.get', { id: claimInA.id });
    expect(moved.orphaned).toBe(false);
    expect(document.text.slice(moved.start!, moved.end!)).toBe(TURKEY);
    expect(moved.start).toBeGreaterThan(claimInA.start!);

    const fromB = await a.call<Claim>('claims.get', { id: claimInB.id });
    expect(document.text.slice(fromB.start!, fromB.end!)).toBe(NLF);
  });

  it('keeps the old text in the history', () => {
    const rows = a.workbench.db
      .prepare(`SELECT action, old_value AS oldValue FROM history WHERE entity = 'document' AND entity_id = ? AND field = 'text'`)
      .all(documentId) as { action: string; oldValue: string }[];
    expect(rows.some((row) => row.action === 'reimport' && row.oldValue === IDLIB_ARTICLE.trimEnd())).toBe(true);
    expect(claimHistory(a.workbench, claimInA.id).some((row) => row.action === 'reanchor')).toBe(true);
  });
});
