// A cue that distances or endorses is named in the report's chain, as the workbench's own chains name it.
import { describe, expect, it } from 'vitest';

import { chainSteps } from '../../../../core/reports/chain.js';
import { renderHtmlReport, renderMarkdown } from '../../../../core/reports/index.js';
import type { ReportModel } from '../../../../core/reports/model.js';
import { buildFixtureModel } from './fixture-model.js';

function withStance(stance: 'distancing' | 'neutral'): ReportModel {
  const model = buildFixtureModel();
  const claim = model.claims.find((c) => c.hops.length > 0)!;
  model.claims = [{ ...claim, hops: claim.hops.map((hop, i) => (i === 0 ? { ...hop, stance } : hop)) }];
  return model;
}

describe('stance in report chains', () => {
  it('carries each hop’s stance into its step, and none for the document', () => {
    const model = withStance('distancing');
    const steps = chainSteps(
      model.claims[0]!,
      model.documents.find((d) => d.id === model.claims[0]!.documentId),
    );
    expect(steps.filter((s) => s.role === 'hop')[0]!.stance).toBe('distancing');
    expect(steps.filter((s) => s.role === 'document').every((s) => s.stance === null)).toBe(true);
  });

  it('names a distancing cue in HTML and Markdown, and says nothing of a neutral one', () => {
    expect(renderHtmlReport(withStance('distancing'))).toContain('<span class="hop-stance">distancing</span>');
    expect(renderMarkdown(withStance('distancing'))).toMatch(/\([^)]*distancing\)/u);
    expect(renderHtmlReport(withStance('neutral'))).not.toContain('<span class="hop-stance">');
    expect(renderMarkdown(withStance('neutral'))).not.toContain('distancing');
  });
});
