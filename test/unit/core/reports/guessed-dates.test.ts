// A publication date found only mentioned in an article's text is printed as a guess and never
// published as the article's date.
import { describe, expect, it } from 'vitest';

import { renderClaimReview } from '../../../../core/reports/claim-review.js';
import { renderHtmlReport } from '../../../../core/reports/html-report.js';
import { renderMarkdown } from '../../../../core/reports/markdown-report.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { buildFixtureModel } from './fixture-model.js';

function withDateFrom(model: ReportModel, origin: 'body' | 'date-line', confirmed = false): ReportModel {
  return { ...model, documents: model.documents.map((d) => ({ ...d, provenance: { publishedAt: { origin, confirmed } } })) };
}

describe('a guessed publication date in reports', () => {
  it('is marked as guessed in HTML and Markdown, and not when printed with the article or confirmed', () => {
    const guessed = withDateFrom(buildFixtureModel(), 'body');
    expect(renderHtmlReport(guessed)).toContain('9 October 2018 (date guessed)');
    expect(renderMarkdown(guessed)).toContain('9 October 2018 (date guessed)');
    for (const model of [withDateFrom(buildFixtureModel(), 'date-line'), withDateFrom(buildFixtureModel(), 'body', true)]) {
      expect(renderHtmlReport(model)).toContain('9 October 2018');
      expect(renderHtmlReport(model)).not.toContain('date guessed');
    }
  });

  it('is left out of the ClaimReview of the article', () => {
    const dated = (model: ReportModel) =>
      renderClaimReview(model)
        .flatMap((review) => review.itemReviewed.appearance ?? [])
        .map((work) => work.datePublished);
    expect(dated(withDateFrom(buildFixtureModel(), 'date-line'))).toContain('2018-10-09');
    expect(dated(withDateFrom(buildFixtureModel(), 'body'))).not.toContain('2018-10-09');
  });
});
