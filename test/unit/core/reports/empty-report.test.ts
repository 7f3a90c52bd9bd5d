import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

import { ClaimReviewSetupError, renderClaimReview } from '../../../../core/reports/claim-review.js';
import { CSV_COLUMNS, renderCsv } from '../../../../core/reports/csv-report.js';
import { renderHtmlReport } from '../../../../core/reports/html-report.js';
import { renderMarkdown } from '../../../../core/reports/markdown-report.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { reportScale } from '../../../../core/reports/model.js';
import { renderWebAnnotations } from '../../../../core/reports/web-annotations.js';
import { DOCUMENTS, RATINGS } from './fixture-model.js';

// A document exported before anyone highlighted a claim, by a workbench with no settings filled in.
const empty: ReportModel = {
  id: '4f0c1e2d-3b4a-4c5d-8e6f-7a8b9c0d1e2f',
  title: 'Untitled report',
  scope: { kind: 'document', label: DOCUMENTS.english.title },
  generatedAt: '2024-05-01T12:00:00Z',
  organization: { name: '', url: '' },
  scale: reportScale(Object.values(RATINGS)),
  documents: [DOCUMENTS.english],
  claims: [],
  sources: [],
};

describe('a report with no claims', () => {
  it('still renders every format, saying there is nothing to report', () => {
    const doc = new JSDOM(renderHtmlReport(empty)).window.document;
    expect(doc.querySelector('.claims')?.textContent).toContain('This report contains no claims.');
    expect(doc.querySelectorAll('svg.verdict-bar rect.segment')).toHaveLength(0);
    expect(doc.querySelector('.masthead .org')).toBeNull();
    expect(renderMarkdown(empty)).toContain('*This report contains no claims.*');
    expect(parse(renderCsv(empty))).toEqual([[...CSV_COLUMNS]]);
    // Without an organisation and a review URL pattern there is no ClaimReview to make, claims or not.
    expect(() => renderClaimReview(empty)).toThrow(ClaimReviewSetupError);
    expect(
      renderClaimReview({ ...empty, organization: { name: 'Desk', url: '', reviewUrlPattern: 'https://desk.example/c/{claim}' } }),
    ).toEqual([]);
    const collection = renderWebAnnotations(empty);
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
  });
});
