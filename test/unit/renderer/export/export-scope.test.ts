import { describe, expect, it } from 'vitest';

import { exportScopeSchema } from '../../../../core/api/exports.js';
import type { DocumentSummary, Rating, Source } from '../../../../core/domain.js';
import { exportScopeFor, narrowFilter, queueExport } from '../../../../renderer/export/export-scope.js';
import { NO_FILTERS } from '../../../../renderer/review/queue-filters.js';

const DOC = '3f2b8c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CLAIM = '5a6b7c8d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';
const FALSE = { id: '0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06', label: 'False' } as Rating;
const TASS = { id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b', name: 'TASS' } as Source;
const IDLIB = { id: DOC, title: 'Erdoğan and Putin agree on Idlib zone' } as DocumentSummary;

describe('what the export dialog exports', () => {
  const context = { documentId: DOC, selection: [CLAIM], queue: null };

  it('narrows any place to rated or Done claims', () => {
    expect(exportScopeFor('document', 'all', context)).toEqual({ kind: 'document', documentId: DOC });
    expect(exportScopeFor('document', 'done', context)).toEqual({ kind: 'document', documentId: DOC, filter: { status: ['done'] } });
    expect(exportScopeFor('workbench', 'rated', context)).toEqual({ kind: 'workbench', filter: { rated: true } });
    expect(exportScopeFor('selection', 'done', context)).toEqual({ kind: 'selection', claimIds: [CLAIM], filter: { status: ['done'] } });
  });

  it('has nothing to export for a place that is not there', () => {
    expect(exportScopeFor('document', 'all', { ...context, documentId: null })).toBeNull();
    expect(exportScopeFor('selection', 'all', { ...context, selection: null })).toBeNull();
    expect(exportScopeFor('queue', 'all', context)).toBeNull();
  });

  it('keeps Done only within a queue’s statuses, even when that leaves none', () => {
    expect(narrowFilter({ status: ['in_review', 'done'], tag: 'idlib' }, 'done')).toEqual({ status: ['done'], tag: 'idlib' });
    expect(narrowFilter({ status: ['in_review'] }, 'done')).toEqual({ status: [] });
    expect(narrowFilter({ ratingIds: ['none'] }, 'rated')).toEqual({ ratingIds: ['none'], rated: true });
    expect(narrowFilter(undefined, 'all')).toBeUndefined();
  });

  it('turns the review queue’s filters into a scope the workbench accepts, with words for the dialog', () => {
    const names = { ratings: [FALSE], sources: [TASS], documents: [IDLIB] };
    const queue = queueExport(
      { ...NO_FILTERS, status: 'done', verdict: FALSE.id, sourceId: TASS.id, tag: ' idlib ', reviewer: 'Leila Ahmadi' },
      names,
      12,
    );
    expect(queue).toEqual({
      filter: { status: ['done'], ratingIds: [FALSE.id], sourceId: TASS.id, tag: 'idlib', reviewer: 'Leila Ahmadi' },
      documentId: null,
      label: 'Done · False · from TASS · tagged idlib · assigned to Leila Ahmadi',
      count: 12,
    });
    const scope = exportScopeFor('queue', 'rated', { documentId: null, selection: null, queue });
    expect(exportScopeSchema.parse(scope)).toEqual({ kind: 'workbench', filter: { ...queue.filter, rated: true } });

    expect(queueExport({ ...NO_FILTERS, revised: true, origin: 'single' }, names, 2)).toMatchObject({
      filter: { revised: true, origin: 'single' },
      label: 'changed after publication · single origin',
    });
    const single = queueExport({ ...NO_FILTERS, origin: 'single' }, names, 4);
    expect(single).toMatchObject({ filter: { origin: 'single' }, label: 'single origin' });
    expect(exportScopeSchema.parse(exportScopeFor('queue', 'all', { documentId: null, selection: null, queue: single }))).toEqual({
      kind: 'workbench',
      filter: { origin: 'single' },
    });
    const inDocument = queueExport({ ...NO_FILTERS, documentId: DOC, verdict: 'none', unassigned: true, reviewer: 'ignored' }, names, 3);
    expect(inDocument.label).toBe('no verdict · in Erdoğan and Putin agree on Idlib zone · unassigned');
    expect(exportScopeFor('queue', 'all', { documentId: null, selection: null, queue: inDocument })).toEqual({
      kind: 'document',
      documentId: DOC,
      filter: { ratingIds: ['none'], unassigned: true },
    });
    expect(queueExport(NO_FILTERS, names, 40)).toEqual({ filter: {}, documentId: null, label: '', count: 40 });
    expect(exportScopeFor('queue', 'all', { documentId: null, selection: null, queue: queueExport(NO_FILTERS, names, 40) })).toEqual({
      kind: 'workbench',
    });
  });
});
