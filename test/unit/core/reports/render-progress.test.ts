import { describe, expect, it } from 'vitest';

import {
  renderClaimReviewJson,
  renderCsv,
  renderHtmlReport,
  renderMarkdown,
  type RenderOptions,
  renderWebAnnotationsJson,
  type ReportModel,
} from '../../../../core/reports/index.js';
import { buildFixtureModel } from './fixture-model.js';

const RENDERERS: Record<string, (model: ReportModel, options?: RenderOptions) => string> = {
  html: renderHtmlReport,
  markdown: renderMarkdown,
  csv: renderCsv,
  claimreview: renderClaimReviewJson,
  webannotation: renderWebAnnotationsJson,
};

describe('progress while a report renders', () => {
  const model = buildFixtureModel();

  it.each(Object.keys(RENDERERS))('%s counts every claim once, in order, and renders the same text', (format) => {
    const render = RENDERERS[format]!;
    const heard: number[] = [];
    const text = render(model, { onProgress: (done) => heard.push(done) });
    expect(heard).toEqual(model.claims.map((_, i) => i + 1));
    expect(text).toBe(render(model));
  });
});
