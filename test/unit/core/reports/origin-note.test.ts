// Every report states a claim's independent origins beside its verdict, and flags a claim whose
// documents all rest on one origin.
import { describe, expect, it } from 'vitest';

import { CSV_COLUMNS, renderCsv, renderHtmlReport, renderMarkdown } from '../../../../core/reports/index.js';
import type { ReportModel, ReportOrigins } from '../../../../core/reports/model.js';
import { originFlagLabel, originLine } from '../../../../core/reports/origin-note.js';
import { buildFixtureModel } from './fixture-model.js';

const SINGLE: ReportOrigins = { documents: 3, independent: 1, untraced: 0, flag: 'single-origin', names: ['TASS'] };
const SEVERAL: ReportOrigins = {
  documents: 2,
  independent: 2,
  untraced: 0,
  flag: null,
  names: ['TASS', 'a source in the ministry (unnamed)'],
};

function modelWith(origins: ReportOrigins | undefined): ReportModel {
  const model = buildFixtureModel();
  model.claims = model.claims.slice(0, 1).map((claim) => ({ ...claim, origins }));
  return model;
}

describe('origins in reports', () => {
  it('name the count and each origin in one line, and the flag apart', () => {
    expect(originLine(SINGLE)).toBe('3 documents · 1 independent origin: TASS');
    expect(originLine(SEVERAL)).toBe('2 documents · 2 independent origins: TASS; a source in the ministry (unnamed)');
    expect(originFlagLabel(SINGLE)).toBe('Single origin');
    expect(originFlagLabel(SEVERAL)).toBeNull();
    expect([originLine(undefined), originFlagLabel(undefined)]).toEqual([null, null]);
  });

  it('flag a single-origin claim beside its verdict in HTML and Markdown', () => {
    const html = renderHtmlReport(modelWith(SINGLE));
    expect(html).toMatch(/<span class="verdict[^"]*"[^>]*>[^<]*<\/span> <span class="origin-flag">Single origin<\/span>/u);
    expect(html).toContain('<dt>Origins</dt><dd class="origins">3 documents · 1 independent origin: TASS</dd>');
    const markdown = renderMarkdown(modelWith(SINGLE));
    expect(markdown).toMatch(/- \*\*Verdict:\*\* [^\n]+ · \*\*Single origin\*\*/u);
    expect(markdown).toContain('- **Origins:** 3 documents · 1 independent origin: TASS');
  });

  it('say nothing of a flag when the claim has several origins, and nothing at all without origins', () => {
    expect(renderHtmlReport(modelWith(SEVERAL))).not.toContain('class="origin-flag"');
    const plain = renderHtmlReport(modelWith(undefined));
    expect(plain).not.toContain('<dt>Origins</dt>');
    expect(renderMarkdown(modelWith(undefined))).not.toContain('**Origins:**');
  });

  it('give CSV a column of its own', () => {
    const rows = renderCsv(modelWith(SINGLE)).split('\r\n');
    expect(rows[0]!.split(',').at(-1)).toBe('Independent origins');
    expect(CSV_COLUMNS.at(-1)).toBe('Independent origins');
    expect(rows[1]).toContain('Single origin: 3 documents · 1 independent origin: TASS');
  });
});
