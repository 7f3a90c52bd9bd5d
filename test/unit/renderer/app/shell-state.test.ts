import { describe, expect, it } from 'vitest';

import type { SearchHit } from '../../../../core/domain.js';
import { INITIAL_SHELL, type ShellAction, shellReducer, type ShellState } from '../../../../renderer/app/shell-state.js';

const run = (...actions: ShellAction[]): ShellState => actions.reduce(shellReducer, INITIAL_SHELL);

function hit(documentId: string, matchStart: number | null, matchEnd: number | null = null): SearchHit {
  return { documentId, matchStart, matchEnd } as SearchHit;
}

describe('moving around the workbench', () => {
  it('opens a document from the library from its top, in the reader', () => {
    const state = run({ type: 'select-source', sourceId: 's1' }, { type: 'open-document', documentId: 'd1' });
    expect(state).toMatchObject({ documentId: 'd1', centre: 'reader', reveal: null, sourceId: 's1' });
  });

  it('opens a search match at its words, and again as a new request when chosen twice', () => {
    const first = run({ type: 'open-match', hit: hit('d2', 40, 52), query: 'harbour' });
    expect(first.reveal).toEqual({ documentId: 'd2', start: 40, end: 52, query: 'harbour' });
    const again = shellReducer(first, { type: 'open-match', hit: hit('d2', 40, 52), query: 'harbour' });
    expect(again.reveal).toEqual(first.reveal);
    expect(again.reveal).not.toBe(first.reveal);
  });

  it('opens a title match (no position) at the top, and a match without an end as a point', () => {
    expect(run({ type: 'open-match', hit: hit('d3', null), query: 'x' }).reveal).toBeNull();
    expect(run({ type: 'open-match', hit: hit('d3', 7), query: 'x' }).reveal).toMatchObject({ start: 7, end: 7 });
  });

  it('leaves the review workspace for what another view asks to show', () => {
    const reviewing = run({ type: 'toggle-review' });
    expect(reviewing.reviewOpen).toBe(true);
    expect(shellReducer(reviewing, { type: 'show-document', documentId: 'd1' })).toMatchObject({ reviewOpen: false, documentId: 'd1' });
    expect(shellReducer(reviewing, { type: 'open-passage', passage: { documentId: 'd4', start: 3, end: 9 } })).toMatchObject({
      reviewOpen: false,
      documentId: 'd4',
      centre: 'reader',
      reveal: { documentId: 'd4', start: 3, end: 9, query: '' },
    });
    expect(shellReducer(reviewing, { type: 'show-source', sourceId: 's9' })).toMatchObject({
      reviewOpen: false,
      view: 'sources',
      sourceTab: 'trace',
      centre: 'source',
      sourceId: 's9',
    });
  });

  it('keeps the review workspace open when an import opens its new document behind it', () => {
    expect(run({ type: 'toggle-review' }, { type: 'open-document', documentId: 'd1' }).reviewOpen).toBe(true);
  });

  it('brings the reader back when the open source is discarded, and keeps the Sources tab', () => {
    const state = run({ type: 'show-source', sourceId: 's1' }, { type: 'close-source' });
    expect(state).toMatchObject({ sourceId: null, centre: 'reader', view: 'sources' });
  });

  it('forgets the old workbench’s selection when another is opened, but not the tab or the review', () => {
    const state = run(
      { type: 'set-view', view: 'sources' },
      { type: 'open-document', documentId: 'd1' },
      { type: 'show-source', sourceId: 's1' },
      { type: 'workbench-opened' },
    );
    expect(state).toMatchObject({ documentId: null, sourceId: null, centre: 'reader', view: 'sources', reveal: null });
  });

  it('closes a deleted document without touching the source shown', () => {
    const state = run({ type: 'open-document', documentId: 'd1' }, { type: 'select-source', sourceId: 's1' }, { type: 'document-closed' });
    expect(state).toMatchObject({ documentId: null, sourceId: 's1' });
  });

  it('opens Settings at once when they are loaded, and once they load when asked before', () => {
    expect(run({ type: 'request-settings', settingsLoaded: true }).settings).toBe('open');
    const waiting = run({ type: 'request-settings', settingsLoaded: false });
    expect(waiting.settings).toBe('wanted');
    expect(shellReducer(waiting, { type: 'settings-loaded' }).settings).toBe('open');
    // Settings loading again later (a reload) does not open the dialog nobody asked for.
    expect(run({ type: 'settings-loaded' }).settings).toBe('closed');
    expect(run({ type: 'request-settings', settingsLoaded: true }, { type: 'close-settings' }).settings).toBe('closed');
  });

  it('returns the same state for a change that changes nothing, so nothing re-renders', () => {
    expect(shellReducer(INITIAL_SHELL, { type: 'set-view', view: 'documents' })).toBe(INITIAL_SHELL);
    expect(shellReducer(INITIAL_SHELL, { type: 'close-review' })).toBe(INITIAL_SHELL);
  });
});
