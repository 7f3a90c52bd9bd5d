import { describe, expect, it } from 'vitest';

import { emptyCounts, type MergeSummary } from '../../../../core/bundle/format.js';
import { describeMerge } from '../../../../renderer/export/merge-summary.js';

function summary(patch: (s: MergeSummary) => void): MergeSummary {
  const s: MergeSummary = {
    added: emptyCounts(),
    updated: emptyCounts(),
    skipped: emptyCounts(),
    matched: { documents: 0, sources: 0, ratings: 0, tags: 0, files: 0 },
    notes: [],
  };
  patch(s);
  return s;
}

describe('describeMerge', () => {
  it('says nothing was new when every record was already here, and lists what was skipped', () => {
    const view = describeMerge(
      summary((s) => {
        s.skipped.documents = 1;
        s.skipped.claims = 3;
        s.skipped.history = 9;
      }),
    );
    expect(view.nothingNew).toBe(true);
    expect(view.headline).toBe('Nothing new: the workbench already held everything in this bundle.');
    expect(view.rows.map((row) => [row.label, row.added, row.updated, row.skipped])).toEqual([
      ['Documents', 0, 0, 1],
      ['Claims', 0, 0, 3],
      ['History entries', 0, 0, 9],
    ]);
  });

  it('counts what was added and updated across kinds', () => {
    const view = describeMerge(
      summary((s) => {
        s.added.claims = 2;
        s.added.evidence = 1;
        s.updated.claims = 1;
        s.skipped.sources = 57;
      }),
    );
    expect(view.nothingNew).toBe(false);
    expect(view.headline).toBe('3 records added, 1 record updated.');
    expect(view.rows.map((row) => row.table)).toEqual(['sources', 'claims', 'evidence']);
  });

  it('tells an empty bundle apart from one that held only known records', () => {
    const view = describeMerge(summary(() => undefined));
    expect(view.rows).toEqual([]);
    expect(view.headline).toBe('The bundle was empty: nothing was imported.');
  });

  it('mentions records recognised under another ID', () => {
    expect(describeMerge(summary(() => undefined)).matched).toBeNull();
    const view = describeMerge(
      summary((s) => {
        s.added.documents = 1;
        s.matched.sources = 2;
        s.matched.documents = 1;
      }),
    );
    expect(view.matched).toBe('Recognised as already here under another ID (same text or name): 1 document, 2 sources.');
  });
});
