import { describe, expect, it } from 'vitest';

import { createDispatch } from '../../../../core/api/dispatch.js';
import { exportScopeSchema } from '../../../../core/api/exports.js';
import type { Handlers } from '../../../../core/api/index.js';

const DOC = '3f2b8c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const RATING = '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06';

describe('export scopes', () => {
  it('narrows a document, a selection or the whole workbench by the claims’ status, verdict and the queue’s filters', () => {
    for (const scope of [
      { kind: 'workbench', filter: { status: ['done'] } },
      { kind: 'workbench', filter: { rated: true } },
      { kind: 'document', documentId: DOC, filter: { status: ['in_review', 'done'], ratingIds: [RATING, 'none'] } },
      { kind: 'selection', claimIds: [DOC], filter: { status: ['done'] } },
      { kind: 'workbench', filter: { sourceId: DOC, tag: 'idlib', reviewer: 'Leila Ahmadi' } },
      { kind: 'workbench', filter: { unassigned: true } },
      { kind: 'workbench', filter: {} },
      { kind: 'workbench' },
    ]) {
      expect(exportScopeSchema.safeParse(scope).success, JSON.stringify(scope)).toBe(true);
    }
  });

  it('refuses anything it does not know, so a typo never silently widens a published report', () => {
    for (const scope of [
      { kind: 'workbench', filter: { status: ['finished'] } },
      { kind: 'workbench', filter: { rated: false } },
      { kind: 'workbench', filter: { done: true } },
      { kind: 'workbench', filter: { ratingIds: [] } },
      { kind: 'workbench', filter: { ratingIds: ['false'] } },
      { kind: 'workbench', filter: { reviewer: 'Leila', unassigned: true } },
      { kind: 'workbench', filter: { tag: '  ' } },
      { kind: 'document', documentId: 'not-an-id' },
      { kind: 'selection', claimIds: [] },
      { kind: 'queue', filter: {} },
      { kind: 'workbench', documentId: DOC },
    ]) {
      expect(exportScopeSchema.safeParse(scope).success, JSON.stringify(scope)).toBe(false);
    }
  });
});

describe('exports.render arguments', () => {
  const dispatch = createDispatch({
    'exports.render': async () => ({ fileName: 'x', mediaType: 'text/plain', content: '' }),
  } as unknown as Handlers);

  it('takes the audit history for HTML and Markdown reports only, and says so otherwise', async () => {
    expect((await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'html', history: true })).ok).toBe(true);
    expect((await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'md', history: false })).ok).toBe(true);
    expect(await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'claimreview', history: true })).toEqual({
      ok: false,
      error: {
        code: 'invalid_arguments',
        message: 'Invalid arguments for "exports.render": history: the audit history goes into HTML and Markdown reports only',
      },
    });
  });

  it('knows the ready <script> block as a format of its own', async () => {
    expect((await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'claimreview-script' })).ok).toBe(true);
    expect((await dispatch('exports.render', { scope: { kind: 'workbench' }, format: 'jsonld-script' })).ok).toBe(false);
  });
});
