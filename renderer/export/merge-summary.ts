// A bundle merge's counts, turned into what the summary dialog shows: one row per kind of record
// the bundle held, and one sentence that says whether anything changed at all.
import { BUNDLE_TABLES, type BundleTable, type MergeSummary } from '../../core/bundle/format.js';
import { countOf } from '../format.js';

const TABLE_LABELS: Record<BundleTable, string> = {
  documents: 'Documents',
  sources: 'Sources',
  ratings: 'Verdict ratings',
  claims: 'Claims',
  tags: 'Tags',
  evidence: 'Evidence',
  files: 'Evidence files',
  appearances: 'Other appearances',
  rejections: 'Rejected suggestions',
  history: 'History entries',
};

export interface MergeRow {
  table: BundleTable;
  label: string;
  added: number;
  updated: number;
  skipped: number;
}

export interface MergeView {
  headline: string;
  /** Only the kinds the bundle held, in the order they were merged. */
  rows: MergeRow[];
  /** True when the workbench is exactly as it was before. */
  nothingNew: boolean;
  /** Rows recognised as rows already here under another ID, as a sentence, or null. */
  matched: string | null;
}

export function describeMerge(summary: MergeSummary): MergeView {
  const rows = BUNDLE_TABLES.map((table) => ({
    table,
    label: TABLE_LABELS[table],
    added: summary.added[table],
    updated: summary.updated[table],
    skipped: summary.skipped[table],
  })).filter((row) => row.added + row.updated + row.skipped > 0);

  const added = sum(rows, 'added');
  const updated = sum(rows, 'updated');
  const nothingNew = added === 0 && updated === 0;
  let headline: string;
  if (rows.length === 0) headline = 'The bundle was empty: nothing was imported.';
  else if (nothingNew) headline = 'Nothing new: the workbench already held everything in this bundle.';
  else {
    const parts = [added > 0 ? `${countOf(added, 'record')} added` : null, updated > 0 ? `${countOf(updated, 'record')} updated` : null];
    headline = `${parts.filter((part) => part !== null).join(', ')}.`;
  }
  return { headline, rows, nothingNew, matched: describeMatched(summary.matched) };
}

function sum(rows: MergeRow[], key: 'added' | 'updated' | 'skipped'): number {
  return rows.reduce((total, row) => total + row[key], 0);
}

function describeMatched(matched: MergeSummary['matched']): string | null {
  const parts = [
    matched.documents > 0 ? countOf(matched.documents, 'document') : null,
    matched.sources > 0 ? countOf(matched.sources, 'source') : null,
    matched.ratings > 0 ? countOf(matched.ratings, 'verdict rating') : null,
    matched.tags > 0 ? countOf(matched.tags, 'tag') : null,
    matched.files > 0 ? countOf(matched.files, 'evidence file') : null,
  ].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  return `Recognised as already here under another ID (same text or name): ${parts.join(', ')}.`;
}
